package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void replacesTheQueryOfASignedUrl() {
        assertThat(Redaction.url("https://cdn.example.com/out/v.mp4?X-Amz-Signature=abc123&X-Amz-Credential=AKIA"))
                .isEqualTo("https://cdn.example.com/out/v.mp4?[redacted]");
    }

    @Test
    void leavesAUrlWithoutQueryAlone() {
        assertThat(Redaction.url("https://cdn.example.com:8443/a/b.png")).isEqualTo("https://cdn.example.com:8443/a/b.png");
        assertThat(Redaction.url("https://cdn.example.com")).isEqualTo("https://cdn.example.com");
    }

    @Test
    void removesUserInfoAndFragment() {
        assertThat(Redaction.url("https://user:pw@cdn.example.com/a?sig=1#frag"))
                .isEqualTo("https://cdn.example.com/a?[redacted]");
        assertThat(Redaction.url("https://cdn.example.com/a#token=secret")).isEqualTo("https://cdn.example.com/a");
        assertThat(Redaction.url("https://user@cdn.example.com")).isEqualTo("https://cdn.example.com");
    }

    @Test
    void aQuestionMarkInsideTheFragmentIsNotAQuery() {
        assertThat(Redaction.url("https://h/p#a?b")).isEqualTo("https://h/p");
    }

    @Test
    void anAtSignInThePathIsNotUserInfo() {
        assertThat(Redaction.url("https://h/users/@me?x=1")).isEqualTo("https://h/users/@me?[redacted]");
    }

    @Test
    void handlesMalformedAndNullInput() {
        assertThat(Redaction.url("not a url?secret")).isEqualTo("not a url?[redacted]");
        assertThat(Redaction.url("")).isEmpty();
        assertThat(Redaction.url(null)).isEqualTo("null");
    }
}
