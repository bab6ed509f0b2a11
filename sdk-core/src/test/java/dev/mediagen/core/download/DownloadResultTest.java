package dev.mediagen.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DownloadResultTest {

    @Test
    void exposesItsValues() {
        DownloadResult result = DownloadResult.of(Path.of("a.mp4"), 3, "video/mp4", "abc", Duration.ofMillis(5));

        assertThat(result.path()).contains(Path.of("a.mp4"));
        assertThat(result.bytes()).isEqualTo(3);
        assertThat(result.contentType()).contains("video/mp4");
        assertThat(result.sha256()).isEqualTo("abc");
        assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(5));
        assertThat(result).hasToString(
                "DownloadResult{path=a.mp4, bytes=3, contentType=video/mp4, sha256=abc, elapsed=PT0.005S}");
    }

    @Test
    void pathAndContentTypeAreOptional() {
        DownloadResult result = DownloadResult.of(null, 0, null, "e3", Duration.ZERO);

        assertThat(result.path()).isEmpty();
        assertThat(result.contentType()).isEmpty();
    }

    @Test
    void equalityIsByValue() {
        assertThat(DownloadResult.of(null, 1, "x", "h", Duration.ZERO))
                .isEqualTo(DownloadResult.of(null, 1, "x", "h", Duration.ZERO))
                .hasSameHashCodeAs(DownloadResult.of(null, 1, "x", "h", Duration.ZERO))
                .isNotEqualTo(DownloadResult.of(null, 2, "x", "h", Duration.ZERO));
    }

    @Test
    void rejectsNegativeSizeAndMissingDigest() {
        assertThatThrownBy(() -> DownloadResult.of(null, -1, null, "h", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DownloadResult.of(null, 0, null, null, Duration.ZERO))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void noneListenerIgnoresProgress() {
        DownloadListener.NONE.onProgress(1, OptionalLong.empty());
    }
}
