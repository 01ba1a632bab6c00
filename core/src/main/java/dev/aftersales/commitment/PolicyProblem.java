package dev.aftersales.commitment;

import java.util.Objects;

/**
 * One problem of a commitment policy found by validation ({@link CommitmentPolicy#validate}).
 * Validation names every problem at once, each with its code, the term it concerns and a message
 * that names the values involved.
 *
 * @param code    what kind of problem
 * @param termKey the term concerned, or {@code null} for the policy as a whole
 * @param message a message naming the values involved
 */
public record PolicyProblem(Code code, String termKey, String message) {

    /** The kinds of problem. */
    public enum Code {
        /** The version is below 1. */
        BAD_VERSION,
        /** The policy has no term. */
        NO_TERMS,
        /** Two terms share a key. */
        DUPLICATE_TERM,
        /** The selector can match no ticket (e.g. urgencies without repairs). */
        SELECTOR_NEVER_MATCHES,
        /** The term can never start: no start step, an unknown earlier term, a stop that never happens, or a cycle. */
        NEVER_STARTS,
        /** The term has no stop step. */
        NEVER_STOPS,
        /** The term stops on the very step that starts it. */
        STOP_EQUALS_START,
        /**
         * A negative duration, fewer than one working day, or more than ten years
         * ({@link Target#MAX_CALENDAR_TIME}, {@link Target#MAX_BUSINESS_TIME},
         * {@link Target#MAX_WORKING_DAYS}).
         */
        BAD_TARGET,
        /** A calendar the registry does not know. */
        UNKNOWN_CALENDAR,
        /** An agreed-time target whose start step carries no agreed time, or agreed deadlines from such a step. */
        NO_AGREED_TIME,
        /** A warning at or after the deadline. */
        WARNING_AFTER_DEADLINE,
        /** A warning at or before the start. */
        WARNING_BEFORE_START,
        /** Two warnings at the same point. */
        DUPLICATE_WARNING,
        /** An escalation level without recipient. */
        NO_RECIPIENT,
        /**
         * An escalation offset that is negative, more than ten years (as for {@link #BAD_TARGET}), or,
         * after the breach, earlier than the level before.
         */
        BAD_ESCALATION_OFFSET,
        /**
         * Another policy defines the same term, can match the same ticket and is exactly as specific,
         * so neither would win for that ticket (rule PS-1).
         */
        AMBIGUOUS_SELECTION
    }

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if the code or message is null
     */
    public PolicyProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (termKey == null ? "" : " [" + termKey + "]") + ": " + message;
    }
}
