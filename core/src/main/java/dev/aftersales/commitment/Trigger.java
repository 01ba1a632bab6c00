package dev.aftersales.commitment;

import dev.aftersales.ticket.TicketStep;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What starts a commitment term (rule SL-12): a step of the ticket's life cycle, or the stop of an
 * earlier term of the same policy in the same cycle (a chain such as CP-5's 24 h, 24 h, 3 days,
 * 2 days). A term starts at most once per ticket cycle; a later occurrence of its trigger in the
 * same cycle is ignored.
 */
public sealed interface Trigger permits Trigger.OnStep, Trigger.AfterTerm {

    /**
     * Obtains a trigger on one or more ticket steps.
     *
     * @param steps the steps, any of which starts the term
     * @return the trigger
     * @throws NullPointerException if a step is null
     */
    static Trigger onStep(TicketStep... steps) {
        return new OnStep(steps.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(steps)));
    }

    /**
     * Obtains a trigger on the stop of an earlier term, whatever step stopped it (rule SL-12). A
     * stage that was met late starts the next at the late stop.
     *
     * @param termKey the earlier term's key in the same policy
     * @return the trigger
     * @throws NullPointerException if {@code termKey} is null
     */
    static Trigger afterTerm(String termKey) {
        return new AfterTerm(termKey, Set.of());
    }

    /**
     * Obtains a trigger on the stop of an earlier term by one of the given steps, e.g. CP-5's
     * "result within 3 days of acceptance" after the forwarding stage stopped by an assignment.
     *
     * @param termKey the earlier term's key in the same policy
     * @param bySteps the stopping steps that count; none means any
     * @return the trigger
     * @throws NullPointerException if an argument is null
     */
    static Trigger afterTerm(String termKey, TicketStep... bySteps) {
        return new AfterTerm(termKey, bySteps.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(bySteps)));
    }

    /**
     * A trigger on ticket steps.
     *
     * @param steps the steps, any of which starts the term; empty means the term never starts
     *              (reported by validation)
     */
    record OnStep(Set<TicketStep> steps) implements Trigger {
        /**
         * Creates the trigger.
         *
         * @throws NullPointerException if {@code steps} or a step is null
         */
        public OnStep {
            steps = immutable(steps);
        }

        @Override
        public String toString() {
            return "on " + steps;
        }
    }

    /**
     * A trigger on the stop of an earlier term.
     *
     * @param termKey the earlier term's key
     * @param bySteps the stopping steps that count; empty means any
     */
    record AfterTerm(String termKey, Set<TicketStep> bySteps) implements Trigger {
        /**
         * Creates the trigger.
         *
         * @throws NullPointerException if an argument or step is null
         */
        public AfterTerm {
            Objects.requireNonNull(termKey, "termKey");
            bySteps = immutable(bySteps);
        }

        /**
         * Checks if a stop of the earlier term by a step starts this trigger's term.
         *
         * @param step the step that stopped the earlier term
         * @return true if it counts
         */
        public boolean countsStopBy(TicketStep step) {
            return bySteps.isEmpty() || bySteps.contains(step);
        }

        @Override
        public String toString() {
            return "after " + termKey + (bySteps.isEmpty() ? "" : " stopped by " + bySteps);
        }
    }

    private static Set<TicketStep> immutable(Set<TicketStep> steps) {
        Objects.requireNonNull(steps, "steps");
        steps.forEach(s -> Objects.requireNonNull(s, "step"));
        return steps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(steps));
    }
}
