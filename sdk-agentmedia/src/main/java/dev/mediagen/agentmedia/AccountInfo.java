package dev.mediagen.agentmedia;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The account: its plan, its credit balance and the limits the plan sets. */
public final class AccountInfo {
    private String userId;
    private Plan plan;
    private Credits credits;
    private Limits limits;

    private AccountInfo() {
    }

    /** The user id. */
    public String userId() {
        return userId;
    }

    /** The subscription plan. */
    public Plan plan() {
        return plan == null ? new Plan() : plan;
    }

    /** The credit balance. */
    public Credits credits() {
        return credits == null ? new Credits() : credits;
    }

    /** The plan's limits. */
    public Limits limits() {
        return limits == null ? new Limits() : limits;
    }

    @Override
    public String toString() {
        return "AccountInfo{userId=" + userId + ", plan=" + plan() + ", credits=" + credits() + ", limits=" + limits() + "}";
    }

    /** The subscription plan. */
    public static final class Plan {
        private PlanTier tier;
        private String name;
        private String status;
        private Boolean trialActive;
        private Instant trialEndsAt;
        private Instant currentPeriodEnd;

        private Plan() {
        }

        /** The tier id (e.g. {@code starter}). */
        public Optional<PlanTier> tier() {
            return Optional.ofNullable(tier);
        }

        /** The display name (e.g. "Creator"). */
        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        /** The subscription status (e.g. {@code active}). */
        public Optional<String> status() {
            return Optional.ofNullable(status);
        }

        /** Whether a trial is running. */
        public boolean trialActive() {
            return Boolean.TRUE.equals(trialActive);
        }

        /** When the trial ends. */
        public Optional<Instant> trialEndsAt() {
            return Optional.ofNullable(trialEndsAt);
        }

        /** When the current billing period ends. */
        public Optional<Instant> currentPeriodEnd() {
            return Optional.ofNullable(currentPeriodEnd);
        }

        @Override
        public String toString() {
            return "Plan{tier=" + tier + ", name=" + name + ", status=" + status + "}";
        }
    }

    /** The credit balance. */
    public static final class Credits {
        private Long monthlyRemaining;
        private Long monthlyAllowance;
        private Long purchased;
        private Long total;

        private Credits() {
        }

        /** Monthly credits left. */
        public long monthlyRemaining() {
            return monthlyRemaining == null ? 0 : monthlyRemaining;
        }

        /** Monthly credits granted by the plan. */
        public long monthlyAllowance() {
            return monthlyAllowance == null ? 0 : monthlyAllowance;
        }

        /** Purchased credits left. */
        public long purchased() {
            return purchased == null ? 0 : purchased;
        }

        /** All credits available. */
        public long total() {
            return total != null ? total : monthlyRemaining() + purchased();
        }

        @Override
        public String toString() {
            return "Credits{monthlyRemaining=" + monthlyRemaining + ", monthlyAllowance=" + monthlyAllowance
                    + ", purchased=" + purchased + ", total=" + total() + "}";
        }
    }

    /** The plan's limits. */
    public static final class Limits {
        private Integer maxConcurrentJobs;
        private Integer maxVideoDuration;
        private List<String> modelsAvailable;

        private Limits() {
        }

        /** The most jobs in progress at once. */
        public Optional<Integer> maxConcurrentJobs() {
            return Optional.ofNullable(maxConcurrentJobs);
        }

        /** The longest video, in seconds. */
        public Optional<Integer> maxVideoDuration() {
            return Optional.ofNullable(maxVideoDuration);
        }

        /** The models the plan may use. */
        public List<String> modelsAvailable() {
            return modelsAvailable == null ? List.of() : List.copyOf(modelsAvailable);
        }

        @Override
        public String toString() {
            return "Limits{maxConcurrentJobs=" + maxConcurrentJobs + ", maxVideoDuration=" + maxVideoDuration
                    + ", modelsAvailable=" + modelsAvailable() + "}";
        }
    }
}
