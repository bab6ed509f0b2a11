package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.videogen.model.FileSearchRequest;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.StorageFile;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.UploadOptions;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, hydration and downloads against the simulator, including an upload feeding a tool. */
class VideoGenFileScenarioTest {
    @TempDir
    Path dir;

    private SimulatedVideoGen sim;

    @BeforeEach
    void setUp() {
        sim = SimulatedVideoGen.automatic();
    }

    @AfterEach
    void tearDown() {
        sim.close();
    }

    @Test
    void uploadThenUpscaleThenDownloadTheResult() throws Exception {
        Path original = dir.resolve("product.png");
        Files.write(original, MediaFiles.png(64, 36, 7));

        StorageFile uploaded = sim.client.files().upload(original);
        ToolExecution upscaled = sim.client.tools().runAndWait(UpscaleImageRequest.of(uploaded.fileId()))
                .get(10, TimeUnit.SECONDS);
        Path target = dir.resolve("product-upscaled.png");
        DownloadResult result = sim.client.files().download(upscaled.resultFileIds().get(0), target);

        assertThat(uploaded.type()).contains(FileType.IMAGE);
        assertThat(uploaded.displayName()).contains("product.png");
        assertThat(uploaded.downloadSource().orElseThrow().url()).isPresent();
        assertThat(sim.simulator.requestCount("PUT", "/storage/upload/" + uploaded.fileId())).isEqualTo(1);
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(128);
        assertThat(image.getHeight()).isEqualTo(72);
        assertThat(result.contentType()).contains("image/png");
    }

    @Test
    void aToolRejectsAFileThatIsStillProcessing() throws Exception {
        sim.simulator.uploadProcessingTime(Duration.ofHours(1));
        Path original = dir.resolve("slow.png");
        Files.write(original, MediaFiles.png(8, 8, 1));
        UploadOptions impatient = UploadOptions.builder().waitOptions(
                dev.mediagen.core.wait.WaitOptions.builder().timeout(Duration.ofSeconds(10)).build()).build();

        assertThatThrownBy(() -> sim.client.files().upload(original, impatient))
                .isInstanceOf(dev.mediagen.core.WaitTimeoutException.class);
        String fileId = sim.client.files().list().items().get(0).fileId();
        assertThatThrownBy(() -> sim.client.tools().upscaleImage(UpscaleImageRequest.of(fileId)))
                .isInstanceOf(dev.mediagen.core.ValidationException.class)
                .hasMessageContaining("is not ready yet");
    }

    @Test
    void anUploadThatCannotBeProcessedFailsTheWait() throws Exception {
        Path empty = dir.resolve("empty.png");
        Files.write(empty, new byte[0]);

        assertThatThrownBy(() -> sim.client.files().upload(empty)).isInstanceOf(JobFailedException.class)
                .hasMessageContaining("processing of file");
    }

    @Test
    void expiredSignedUrlsAreRefusedAndHydratedRefreshesThem() throws Exception {
        sim.simulator.signedUrlTtl(Duration.ofMinutes(2));
        String fileId = sim.simulator.seedFile("fox.png", "IMAGE", MediaFiles.png(16, 16, 3));

        StorageFile first = sim.client.files().hydrated(fileId);
        String oldUrl = first.downloadSource().orElseThrow().url().orElseThrow();
        sim.passTime(Duration.ofMinutes(3));

        assertThatThrownBy(() -> sim.client.downloads().toPath(oldUrl, dir.resolve("old.png")).join())
                .hasCauseInstanceOf(ApiException.class);
        StorageFile refreshed = sim.client.files().hydrated(fileId);
        assertThat(refreshed.downloadSource().orElseThrow().url().orElseThrow()).isNotEqualTo(oldUrl);
        sim.client.files().download(fileId, dir.resolve("fresh.png"));
        assertThat(ImageIO.read(dir.resolve("fresh.png").toFile()).getWidth()).isEqualTo(16);
        assertThat(sim.simulator.requestCount("POST", "/v1/files/" + fileId + "/hydrate")).isEqualTo(2);
    }

    @Test
    void searchFindsAnalysedFilesByName() throws Exception {
        sim.simulator.seedFile("sunset over mountains.png", "IMAGE", MediaFiles.png(8, 8, 1));
        sim.simulator.seedFile("city at night.png", "IMAGE", MediaFiles.png(8, 8, 2));

        var results = sim.client.files().search(FileSearchRequest.builder("mountains sunset").build());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.similarity()).isEqualTo(1.0);
            assertThat(r.file().displayName()).contains("sunset over mountains.png");
        });
    }
}
