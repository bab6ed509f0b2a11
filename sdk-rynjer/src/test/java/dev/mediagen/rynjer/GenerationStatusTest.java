package dev.mediagen.rynjer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.wait.JobState;
import org.junit.jupiter.api.Test;

/** Status classification: observed values, synonyms, and unknown values kept as pending. */
class GenerationStatusTest {
    @Test
    void successSynonymsSucceed() {
        for (String s : new String[] {"success", "succeeded", "completed", "SUCCESS"}) {
            GenerationStatus status = GenerationStatus.of(s);
            assertThat(status.isSuccess()).as(s).isTrue();
            assertThat(status.state()).as(s).isEqualTo(JobState.SUCCEEDED);
        }
    }

    @Test
    void failuresAndCancellationAreTerminal() {
        assertThat(GenerationStatus.of("failed").state()).isEqualTo(JobState.FAILED);
        assertThat(GenerationStatus.of("error").state()).isEqualTo(JobState.FAILED);
        assertThat(GenerationStatus.of("canceled")).isSameAs(GenerationStatus.CANCELLED);
        assertThat(GenerationStatus.CANCELLED.state()).isEqualTo(JobState.CANCELLED);
        assertThat(GenerationStatus.FAILED.isTerminal()).isTrue();
    }

    @Test
    void inProgressAndUnknownValuesArePending() {
        for (String s : new String[] {"pending", "queued", "processing", "running", "upscaling"}) {
            assertThat(GenerationStatus.of(s).state()).as(s).isEqualTo(JobState.PENDING);
            assertThat(GenerationStatus.of(s).isTerminal()).as(s).isFalse();
        }
        GenerationStatus unknown = GenerationStatus.of("Upscaling");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.asString()).isEqualTo("Upscaling");
        assertThat(GenerationStatus.of("processing")).isSameAs(GenerationStatus.PROCESSING);
    }
}
