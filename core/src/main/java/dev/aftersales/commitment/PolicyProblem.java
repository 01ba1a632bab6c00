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

    /**
     * Says in Chinese what kind of problem this is and which term it concerns, e.g.
     * {@code 条款 response：预警在期限之时或之后} (rule CP-2). The values named by
     * {@link #message()} are not repeated.
     *
     * @return the problem in Chinese
     */
    public String chinese() {
        String what = switch (code) {
            case BAD_VERSION -> "版本须为 1 或以上";
            case NO_TERMS -> "制度没有条款";
            case DUPLICATE_TERM -> "两个条款使用同一个键";
            case SELECTOR_NEVER_MATCHES -> "适用范围不可能匹配任何工单";
            case NEVER_STARTS -> "条款永远不会开始";
            case NEVER_STOPS -> "没有能结束条款的步骤";
            case STOP_EQUALS_START -> "条款在开始的同一步骤结束";
            case BAD_TARGET -> "目标为负、少于一个工作日或超过十年";
            case UNKNOWN_CALENDAR -> "未知的日历";
            case NO_AGREED_TIME -> "所取约定时间的步骤不带约定时间";
            case WARNING_AFTER_DEADLINE -> "预警在期限之时或之后";
            case WARNING_BEFORE_START -> "预警在开始之时或之前";
            case DUPLICATE_WARNING -> "同一预警出现两次";
            case NO_RECIPIENT -> "升级级别没有接收人";
            case BAD_ESCALATION_OFFSET -> "升级时间为负、超过十年或早于上一级";
            case AMBIGUOUS_SELECTION -> "另一制度以相同的具体程度为可能相同的工单定义了同一条款（PS-1）";
        };
        return termKey == null ? what : "条款 " + termKey + "：" + what;
    }

    @Override
    public String toString() {
        return code + (termKey == null ? "" : " [" + termKey + "]") + ": " + message;
    }
}
