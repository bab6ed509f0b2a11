package dev.mediagen.vap;

/**
 * The {@code params} of a generation task: {@link ImageParams}, {@link VideoParams} or {@link MusicParams}. Each is
 * validated when built; fields left unset are omitted so VAP applies its documented defaults.
 */
public interface TaskParams {
    /** The task type these parameters belong to. */
    TaskType type();

    /** The prompt describing what to generate. */
    String description();
}
