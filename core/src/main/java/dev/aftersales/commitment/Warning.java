package dev.aftersales.commitment;

import java.time.Duration;
import java.util.Objects;

/**
 * A warning of a commitment term (rule SL-8): at a share of the target (75 %, 90 % ...) or at a
 * lead time before the deadline. Warnings move with the deadline: they are defined on the time
 * remaining, measured in the term's own kind of time (working time for business-time and
 * working-day targets, elapsed time for calendar-time and agreed targets). A warning fires at the
 * first instant at which the commitment is running and its remaining time is at most the
 * warning's threshold; at most once per cycle and never after the stop.
 *
 * <p>Construction accepts any value; policy validation reports a share outside 1..99 % or a lead
 * time that is not positive ("a warning after the deadline").
 */
public sealed interface Warning permits Warning.AtPercent, Warning.BeforeDeadline {

    /**
     * Obtains a warning at a share of the target, e.g. 75 %.
     *
     * @param percent the share consumed, 1 to 99 for a valid policy
     * @return the warning
     */
    static Warning atPercent(int percent) {
        return new AtPercent(percent);
    }

    /**
     * Obtains a warning at a lead time before the deadline.
     *
     * @param leadTime the time remaining when it fires, in the term's kind of time
     * @return the warning
     * @throws NullPointerException if {@code leadTime} is null
     */
    static Warning before(Duration leadTime) {
        return new BeforeDeadline(leadTime);
    }

    /**
     * Gets the remaining time at which the warning fires, for a budget.
     *
     * @param budget the full time of the commitment in its kind of time
     * @return the threshold on the remaining time, zero or more
     */
    Duration remainingThreshold(Duration budget);

    /**
     * A warning at a share of the target. Fires when the consumed time reaches
     * {@code ceil(budget * percent / 100)} nanoseconds.
     *
     * @param percent the share, 1 to 99 for a valid policy
     */
    record AtPercent(int percent) implements Warning {
        @Override
        public Duration remainingThreshold(Duration budget) {
            long b = Math.max(0, budget.toNanos());
            long p = Math.max(0, Math.min(100, percent));
            long consumed = (b / 100) * p + ceilDiv((b % 100) * p, 100);
            return Duration.ofNanos(b - consumed);
        }

        private static long ceilDiv(long x, long y) {
            return -Math.floorDiv(-x, y);
        }

        @Override
        public String toString() {
            return percent + "%";
        }
    }

    /**
     * A warning at a lead time before the deadline.
     *
     * @param leadTime the remaining time when it fires
     */
    record BeforeDeadline(Duration leadTime) implements Warning {
        /**
         * Creates the warning.
         *
         * @throws NullPointerException if {@code leadTime} is null
         */
        public BeforeDeadline {
            Objects.requireNonNull(leadTime, "leadTime");
        }

        @Override
        public Duration remainingThreshold(Duration budget) {
            return leadTime.isNegative() ? Duration.ZERO : leadTime;
        }

        @Override
        public String toString() {
            return leadTime + " before";
        }
    }
}
