package dev.mediagen.agentmedia;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Usage over a period: totals, and breakdowns by model, by day and by operation. */
public final class UsageStats {
    private String period;
    private Instant periodStart;
    private Instant periodEnd;
    private Summary summary;
    private List<ModelUsage> byModel;
    private List<DailyUsage> daily;
    private List<OperationUsage> byOperation;

    private UsageStats() {
    }

    /** The period as the API named it ({@code 7d}, {@code 30d} or {@code 90d}). */
    public Optional<String> period() {
        return Optional.ofNullable(period);
    }

    /** The period's start. */
    public Optional<Instant> periodStart() {
        return Optional.ofNullable(periodStart);
    }

    /** The period's end. */
    public Optional<Instant> periodEnd() {
        return Optional.ofNullable(periodEnd);
    }

    /** The totals. */
    public Summary summary() {
        return summary == null ? new Summary() : summary;
    }

    /** Usage per model. */
    public List<ModelUsage> byModel() {
        return byModel == null ? List.of() : List.copyOf(byModel);
    }

    /** Usage per day. */
    public List<DailyUsage> daily() {
        return daily == null ? List.of() : List.copyOf(daily);
    }

    /** Jobs per operation. */
    public List<OperationUsage> byOperation() {
        return byOperation == null ? List.of() : List.copyOf(byOperation);
    }

    @Override
    public String toString() {
        return "UsageStats{period=" + period + ", summary=" + summary() + "}";
    }

    /** The totals of a period. */
    public static final class Summary {
        private long totalJobs;
        private long completedJobs;
        private long failedJobs;
        private long creditsUsed;

        private Summary() {
        }

        /** Jobs created. */
        public long totalJobs() {
            return totalJobs;
        }

        /** Jobs completed. */
        public long completedJobs() {
            return completedJobs;
        }

        /** Jobs failed. */
        public long failedJobs() {
            return failedJobs;
        }

        /** Credits spent. */
        public long creditsUsed() {
            return creditsUsed;
        }

        @Override
        public String toString() {
            return "Summary{totalJobs=" + totalJobs + ", completedJobs=" + completedJobs + ", failedJobs=" + failedJobs
                    + ", creditsUsed=" + creditsUsed + "}";
        }
    }

    /** Usage of one model. */
    public static final class ModelUsage {
        private String modelSlug;
        private long jobCount;
        private long creditsUsed;
        private BigDecimal avgDurationSeconds;

        private ModelUsage() {
        }

        /** The model. */
        public String modelSlug() {
            return modelSlug;
        }

        /** Jobs of the model. */
        public long jobCount() {
            return jobCount;
        }

        /** Credits spent on the model. */
        public long creditsUsed() {
            return creditsUsed;
        }

        /** The average job duration in seconds. */
        public Optional<BigDecimal> avgDurationSeconds() {
            return Optional.ofNullable(avgDurationSeconds);
        }

        @Override
        public String toString() {
            return "ModelUsage{" + modelSlug + ", jobs=" + jobCount + ", credits=" + creditsUsed + "}";
        }
    }

    /** Usage on one day. */
    public static final class DailyUsage {
        private LocalDate date;
        private long jobCount;
        private long creditsUsed;

        private DailyUsage() {
        }

        /** The day. */
        public LocalDate date() {
            return date;
        }

        /** Jobs that day. */
        public long jobCount() {
            return jobCount;
        }

        /** Credits spent that day. */
        public long creditsUsed() {
            return creditsUsed;
        }

        @Override
        public String toString() {
            return "DailyUsage{" + date + ", jobs=" + jobCount + ", credits=" + creditsUsed + "}";
        }
    }

    /** Jobs of one operation. */
    public static final class OperationUsage {
        private String operation;
        private long jobCount;

        private OperationUsage() {
        }

        /** The operation (e.g. {@code ugc_video}). */
        public String operation() {
            return operation;
        }

        /** Jobs of the operation. */
        public long jobCount() {
            return jobCount;
        }

        @Override
        public String toString() {
            return "OperationUsage{" + operation + ", jobs=" + jobCount + "}";
        }
    }
}
