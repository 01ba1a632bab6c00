package dev.aftersales.commitment;

import dev.aftersales.common.Identifiers;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One promise of a commitment policy (服务承诺的一项): when it starts, what keeps it, when its clock
 * stops for a while, how long it gives, when it warns and whom it escalates to (rules SL-6 to
 * SL-12).
 *
 * <ul>
 *   <li>{@code start}: a ticket step, or the stop of an earlier term (rule SL-12);</li>
 *   <li>{@code stopOn}: the ticket steps any of which keeps the promise (rule SL-9);</li>
 *   <li>{@code pauseWhile}: the waiting reasons during which the clock stops (rule SL-7): a
 *       {@link TicketStep#WAIT} with one of them pauses, the next {@link TicketStep#RESUME}
 *       resumes;</li>
 *   <li>{@code target}: calendar time, business time, working days or the agreed time;</li>
 *   <li>{@code warnings} (rule SL-8) and {@code escalations} (rule SL-9);</li>
 *   <li>{@code agreedOn}: the steps whose agreed time becomes the running commitment's deadline
 *       (rule SL-11: {@link TicketStep#AGREE_NEW_TIME}, {@link TicketStep#AGREE_VISIT},
 *       {@link TicketStep#AGREE_ANSWER_TIME});</li>
 *   <li>{@code rules}: the domain rule ids the term implements, for explanations;</li>
 *   <li>{@code name}: how people read it, in Chinese and English, for explanations (rule SL-15);
 *       without one, explanations show the key.</li>
 * </ul>
 * Construction only checks that nothing is null and the key is well formed; the semantic problems
 * are reported all at once by {@link CommitmentPolicy#validate}.
 *
 * @param key         the term's key, unique in its policy
 * @param start       what starts it
 * @param stopOn      the steps that stop it
 * @param pauseWhile  the waiting reasons that pause it
 * @param target      its target
 * @param warnings    its warnings, level 1 first
 * @param escalations its escalation levels, level 1 first
 * @param agreedOn    the steps whose agreed time becomes the deadline
 * @param rules       the rule ids it implements, e.g. {@code CP-5}
 * @param name        its name in Chinese and English, or {@code null} to show the key
 */
public record CommitmentTerm(String key, Trigger start, Set<TicketStep> stopOn, Set<WaitingReason> pauseWhile,
                             Target target, List<Warning> warnings, List<EscalationLevel> escalations,
                             Set<TicketStep> agreedOn, List<String> rules, TermName name) {

    /**
     * Creates a term.
     *
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the key is malformed
     */
    public CommitmentTerm {
        Identifiers.requireValid("term key", key);
        Objects.requireNonNull(start, "start");
        stopOn = steps(stopOn);
        Objects.requireNonNull(pauseWhile, "pauseWhile").forEach(r -> Objects.requireNonNull(r, "reason"));
        pauseWhile = pauseWhile.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(pauseWhile));
        Objects.requireNonNull(target, "target");
        warnings = List.copyOf(warnings);
        escalations = List.copyOf(escalations);
        agreedOn = steps(agreedOn);
        rules = List.copyOf(rules);
    }

    /**
     * Creates a term without a name (explanations show its key).
     *
     * @param key         the term's key, unique in its policy
     * @param start       what starts it
     * @param stopOn      the steps that stop it
     * @param pauseWhile  the waiting reasons that pause it
     * @param target      its target
     * @param warnings    its warnings, level 1 first
     * @param escalations its escalation levels, level 1 first
     * @param agreedOn    the steps whose agreed time becomes the deadline
     * @param rules       the rule ids it implements
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the key is malformed
     */
    public CommitmentTerm(String key, Trigger start, Set<TicketStep> stopOn, Set<WaitingReason> pauseWhile,
                          Target target, List<Warning> warnings, List<EscalationLevel> escalations,
                          Set<TicketStep> agreedOn, List<String> rules) {
        this(key, start, stopOn, pauseWhile, target, warnings, escalations, agreedOn, rules, null);
    }

    /**
     * Gets the name people read in a language (rule SL-15).
     *
     * @param locale Chinese for {@code zh}; any other language gets English
     * @return the name in that language, or the key if the term has no name
     * @throws NullPointerException if {@code locale} is null
     */
    public String displayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return name == null ? key : name.in(locale);
    }

    /**
     * Returns a copy with another name.
     *
     * @param newName the name, or {@code null} to show the key
     * @return the copy
     */
    public CommitmentTerm withName(TermName newName) {
        return new CommitmentTerm(key, start, stopOn, pauseWhile, target, warnings, escalations, agreedOn, rules,
                newName);
    }

    private static Set<TicketStep> steps(Set<TicketStep> steps) {
        Objects.requireNonNull(steps, "steps").forEach(s -> Objects.requireNonNull(s, "step"));
        return steps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(steps));
    }

    /**
     * Starts building a term.
     *
     * @param key the term's key, unique in its policy
     * @return a builder
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if the key is malformed
     */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /**
     * Returns a builder holding this term's values, to derive a changed term.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(key);
        b.start = start;
        b.stopOn.addAll(stopOn);
        b.pauseWhile.addAll(pauseWhile);
        b.target = target;
        b.warnings.addAll(warnings);
        b.escalations.addAll(escalations);
        b.agreedOn.addAll(agreedOn);
        b.rules.addAll(rules);
        b.name = name;
        return b;
    }

    /**
     * Builds a {@link CommitmentTerm}. Not thread-safe.
     */
    public static final class Builder {
        private final String key;
        private Trigger start = Trigger.onStep();
        private final Set<TicketStep> stopOn = EnumSet.noneOf(TicketStep.class);
        private final Set<WaitingReason> pauseWhile = EnumSet.noneOf(WaitingReason.class);
        private Target target;
        private final List<Warning> warnings = new ArrayList<>();
        private final List<EscalationLevel> escalations = new ArrayList<>();
        private final Set<TicketStep> agreedOn = EnumSet.noneOf(TicketStep.class);
        private final List<String> rules = new ArrayList<>();
        private TermName name;

        private Builder(String key) {
            this.key = Identifiers.requireValid("term key", key);
        }

        /**
         * Starts the term on any of the given ticket steps.
         *
         * @param steps the steps
         * @return this builder
         * @throws NullPointerException if a step is null
         */
        public Builder startsOn(TicketStep... steps) {
            this.start = Trigger.onStep(steps);
            return this;
        }

        /**
         * Starts the term when an earlier term stops (rule SL-12).
         *
         * @param termKey the earlier term
         * @param bySteps the stopping steps that count; none for any
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder startsAfter(String termKey, TicketStep... bySteps) {
            this.start = Trigger.afterTerm(termKey, bySteps);
            return this;
        }

        /**
         * Sets the start trigger.
         *
         * @param trigger the trigger
         * @return this builder
         * @throws NullPointerException if {@code trigger} is null
         */
        public Builder startsWith(Trigger trigger) {
            this.start = Objects.requireNonNull(trigger, "trigger");
            return this;
        }

        /**
         * Adds steps that stop the term (keep the promise).
         *
         * @param steps the steps
         * @return this builder
         * @throws NullPointerException if a step is null
         */
        public Builder stopsOn(TicketStep... steps) {
            stopOn.addAll(Arrays.asList(steps));
            return this;
        }

        /**
         * Adds waiting reasons during which the clock stops (rule SL-7).
         *
         * @param reasons the reasons
         * @return this builder
         * @throws NullPointerException if a reason is null
         */
        public Builder pausesWhileWaiting(WaitingReason... reasons) {
            pauseWhile.addAll(Arrays.asList(reasons));
            return this;
        }

        /**
         * Sets the target.
         *
         * @param value the target
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder target(Target value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /**
         * Sets a calendar-time target (rule SL-6).
         *
         * @param duration the elapsed time, zero to {@link Target#MAX_CALENDAR_TIME} for a valid policy
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         */
        public Builder within(Duration duration) {
            return target(Target.calendarTime(duration));
        }

        /**
         * Sets a business-time target (rule SL-3).
         *
         * @param workingTime the working time, zero to {@link Target#MAX_BUSINESS_TIME} for a valid policy
         * @param calendarId  the calendar
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder withinBusinessTime(Duration workingTime, String calendarId) {
            return target(Target.businessTime(workingTime, calendarId));
        }

        /**
         * Sets a working-days target (rule SL-5).
         *
         * @param days       the working days, 1 to {@link Target#MAX_WORKING_DAYS} for a valid policy
         * @param calendarId the calendar
         * @return this builder
         * @throws NullPointerException if {@code calendarId} is null
         */
        public Builder withinWorkingDays(int days, String calendarId) {
            return target(Target.workingDays(days, calendarId));
        }

        /**
         * Adds a warning at a share of the target (rule SL-8).
         *
         * @param percent the share, 1 to 99
         * @return this builder
         */
        public Builder warnAtPercent(int percent) {
            warnings.add(Warning.atPercent(percent));
            return this;
        }

        /**
         * Adds a warning at a lead time before the deadline (rule SL-8).
         *
         * @param leadTime the lead time
         * @return this builder
         * @throws NullPointerException if {@code leadTime} is null
         */
        public Builder warnBefore(Duration leadTime) {
            warnings.add(Warning.before(leadTime));
            return this;
        }

        /**
         * Adds an escalation level (rule SL-9).
         *
         * @param level the level
         * @return this builder
         * @throws NullPointerException if {@code level} is null
         */
        public Builder escalate(EscalationLevel level) {
            escalations.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * Adds an escalation level at the breach (rules SL-9, CP-8).
         *
         * @param recipients who is told
         * @return this builder
         * @throws NullPointerException if a recipient is null
         */
        public Builder escalateAtBreach(Recipient... recipients) {
            return escalate(EscalationLevel.atBreach(recipients));
        }

        /**
         * Adds an escalation level at an offset after the breach (rule SL-9).
         *
         * @param offset     the offset
         * @param recipients who is told
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder escalateAfterBreach(Target offset, Recipient... recipients) {
            return escalate(EscalationLevel.afterBreach(offset, recipients));
        }

        /**
         * Adds an escalation level at once when the commitment starts (rule CP-9).
         *
         * @param recipients who is told
         * @return this builder
         * @throws NullPointerException if a recipient is null
         */
        public Builder escalateAtStart(Recipient... recipients) {
            return escalate(EscalationLevel.atStart(recipients));
        }

        /**
         * Adds steps whose agreed time becomes the running commitment's deadline (rule SL-11).
         *
         * @param steps the steps, {@link TicketStep#AGREE_NEW_TIME}, {@link TicketStep#AGREE_VISIT} or
         *              {@link TicketStep#AGREE_ANSWER_TIME}
         * @return this builder
         * @throws NullPointerException if a step is null
         */
        public Builder takesAgreedDeadlineOn(TicketStep... steps) {
            agreedOn.addAll(Arrays.asList(steps));
            return this;
        }

        /**
         * Adds the ids of the rules the term implements.
         *
         * @param ruleIds the rule ids, e.g. {@code RP-2}
         * @return this builder
         * @throws NullPointerException if an id is null
         */
        public Builder rules(String... ruleIds) {
            for (String r : ruleIds) {
                rules.add(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * Names the term for explanations (rule SL-15), e.g.
         * {@code .named("首次联系业主", "contact the owner")}.
         *
         * @param chinese the Chinese name
         * @param english the English name
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder named(String chinese, String english) {
            this.name = new TermName(chinese, english);
            return this;
        }

        /**
         * Builds the term.
         *
         * @return the term
         * @throws NullPointerException if no target was set
         */
        public CommitmentTerm build() {
            return new CommitmentTerm(key, start, stopOn, pauseWhile, Objects.requireNonNull(target, "target"),
                    warnings, escalations, agreedOn, rules, name);
        }
    }
}
