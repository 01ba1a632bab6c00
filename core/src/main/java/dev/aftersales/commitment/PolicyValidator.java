package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.PolicyProblem.Code;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds every problem of a policy (see {@link CommitmentPolicy#validate}). */
final class PolicyValidator {

    /** The steps that carry an agreed time (rule SL-11). */
    static final Set<TicketStep> STEPS_WITH_AGREED_TIME = EnumSet.of(TicketStep.AGREE_VISIT, TicketStep.AGREE_NEW_TIME,
            TicketStep.AGREE_ANSWER_TIME);

    private final CommitmentPolicy policy;
    private final CalendarRegistry calendars;
    private final List<PolicyProblem> problems = new ArrayList<>();
    private final Map<String, CommitmentTerm> byKey = new HashMap<>();

    private PolicyValidator(CommitmentPolicy policy, CalendarRegistry calendars) {
        this.policy = policy;
        this.calendars = calendars;
    }

    static List<PolicyProblem> validate(CommitmentPolicy policy, CalendarRegistry calendars) {
        PolicyValidator v = new PolicyValidator(policy, calendars);
        v.run();
        return List.copyOf(v.problems);
    }

    private void add(Code code, String term, String message) {
        problems.add(new PolicyProblem(code, term, message));
    }

    private void run() {
        if (policy.version() < 1) {
            add(Code.BAD_VERSION, null, "version must be 1 or more, got " + policy.version());
        }
        if (policy.terms().isEmpty()) {
            add(Code.NO_TERMS, null, "the policy has no term");
        }
        checkSelector();
        for (CommitmentTerm t : policy.terms()) {
            if (byKey.putIfAbsent(t.key(), t) != null) {
                add(Code.DUPLICATE_TERM, t.key(), "two terms have the key " + t.key());
            }
        }
        for (CommitmentTerm t : policy.terms()) {
            checkStart(t);
            checkStop(t);
            checkTarget(t);
            checkWarnings(t);
            checkEscalations(t);
        }
        checkCycles();
    }

    private void checkSelector() {
        TicketSelector s = policy.selector();
        if (!s.urgencies().isEmpty() && !s.kinds().isEmpty() && !s.kinds().contains(TicketKind.REPAIR)) {
            add(Code.SELECTOR_NEVER_MATCHES, null, "selects urgencies " + s.urgencies()
                    + " but only repairs have one, and the kinds are " + s.kinds());
        }
        if (!s.severities().isEmpty() && !s.kinds().isEmpty() && !s.kinds().contains(TicketKind.COMPLAINT)) {
            add(Code.SELECTOR_NEVER_MATCHES, null, "selects severities " + s.severities()
                    + " but only complaints have one, and the kinds are " + s.kinds());
        }
    }

    private void checkStart(CommitmentTerm t) {
        if (t.start() instanceof Trigger.OnStep on) {
            if (on.steps().isEmpty()) {
                add(Code.NEVER_STARTS, t.key(), "no step starts the term");
            }
            Set<TicketStep> both = EnumSet.noneOf(TicketStep.class);
            both.addAll(on.steps());
            both.retainAll(t.stopOn());
            if (!both.isEmpty()) {
                add(Code.STOP_EQUALS_START, t.key(), "the steps " + both + " both start and stop the term");
            }
        } else if (t.start() instanceof Trigger.AfterTerm after) {
            CommitmentTerm earlier = byKey.get(after.termKey());
            if (earlier == null) {
                add(Code.NEVER_STARTS, t.key(), "starts after the unknown term " + after.termKey());
            } else if (earlier == t) {
                add(Code.NEVER_STARTS, t.key(), "starts after its own stop");
            } else {
                Set<TicketStep> counted = EnumSet.noneOf(TicketStep.class);
                counted.addAll(after.bySteps().isEmpty() ? earlier.stopOn() : after.bySteps());
                Set<TicketStep> never = EnumSet.noneOf(TicketStep.class);
                never.addAll(after.bySteps());
                never.removeAll(earlier.stopOn());
                if (!never.isEmpty()) {
                    add(Code.NEVER_STARTS, t.key(), "starts after " + earlier.key() + " stopped by " + never
                            + ", but that term never stops on " + never);
                }
                counted.retainAll(earlier.stopOn());
                if (!counted.isEmpty() && t.stopOn().containsAll(counted)) {
                    add(Code.STOP_EQUALS_START, t.key(), "starts when " + earlier.key() + " stops on " + counted
                            + " and stops on the same steps, so it would stop as it starts");
                }
            }
        }
    }

    private void checkStop(CommitmentTerm t) {
        if (t.stopOn().isEmpty()) {
            add(Code.NEVER_STOPS, t.key(), "no step stops the term");
        }
        Set<TicketStep> without = EnumSet.noneOf(TicketStep.class);
        without.addAll(t.agreedOn());
        without.removeAll(STEPS_WITH_AGREED_TIME);
        if (!without.isEmpty()) {
            add(Code.NO_AGREED_TIME, t.key(), "takes agreed deadlines on " + without
                    + ", which carry no agreed time (only " + STEPS_WITH_AGREED_TIME + " do)");
        }
    }

    private void checkTarget(CommitmentTerm t) {
        Target target = t.target();
        checkAmount(t.key(), "target", target, false);
        if (target instanceof Target.AgreedTime) {
            boolean ok = t.start() instanceof Trigger.OnStep on && !on.steps().isEmpty()
                    && STEPS_WITH_AGREED_TIME.containsAll(on.steps());
            if (!ok) {
                add(Code.NO_AGREED_TIME, t.key(), "the target is the agreed time, but the term starts "
                        + t.start() + "; only " + STEPS_WITH_AGREED_TIME + " carry an agreed time");
            }
        }
    }

    private void checkAmount(String key, String what, Target target, boolean offset) {
        Code code = offset ? Code.BAD_ESCALATION_OFFSET : Code.BAD_TARGET;
        if (target instanceof Target.CalendarTime c && c.duration().isNegative()) {
            add(code, key, what + " is negative: " + c.duration());
        } else if (target instanceof Target.CalendarTime c && c.duration().compareTo(Target.MAX_CALENDAR_TIME) > 0) {
            add(code, key, what + " is longer than ten years (" + Target.MAX_CALENDAR_TIME + "): " + c.duration());
        } else if (target instanceof Target.BusinessTime b && b.workingTime().isNegative()) {
            add(code, key, what + " is negative: " + b.workingTime());
        } else if (target instanceof Target.BusinessTime b
                && b.workingTime().compareTo(Target.MAX_BUSINESS_TIME) > 0) {
            add(code, key, what + " is more working time than ten years hold (" + Target.MAX_BUSINESS_TIME + "): "
                    + b.workingTime());
        } else if (target instanceof Target.WorkingDays w && w.days() < 1) {
            add(code, key, what + " must be at least 1 working day, got " + w.days());
        } else if (target instanceof Target.WorkingDays w && w.days() > Target.MAX_WORKING_DAYS) {
            add(code, key, what + " must be at most " + Target.MAX_WORKING_DAYS + " working days (ten years), got "
                    + w.days());
        } else if (offset && target instanceof Target.AgreedTime) {
            add(code, key, what + " cannot be the agreed time");
        }
        Optional<String> cal = target.calendarId();
        if (cal.isPresent() && calendars.find(cal.get()).isEmpty()) {
            add(Code.UNKNOWN_CALENDAR, key, what + " names the unknown calendar " + cal.get()
                    + " (known: " + calendars.ids() + ")");
        }
    }

    private void checkWarnings(CommitmentTerm t) {
        Optional<Duration> fixed = fixedLength(t.target());
        Set<Warning> seen = new HashSet<>();
        for (Warning w : t.warnings()) {
            if (!seen.add(w)) {
                add(Code.DUPLICATE_WARNING, t.key(), "the warning " + w + " is given twice");
            }
            if (w instanceof Warning.AtPercent p) {
                if (p.percent() >= 100) {
                    add(Code.WARNING_AFTER_DEADLINE, t.key(), "a warning at " + p.percent()
                            + "% of the target is at or after the deadline");
                } else if (p.percent() <= 0) {
                    add(Code.WARNING_BEFORE_START, t.key(), "a warning at " + p.percent()
                            + "% of the target is at or before the start");
                }
            } else if (w instanceof Warning.BeforeDeadline b) {
                if (b.leadTime().isNegative() || b.leadTime().isZero()) {
                    add(Code.WARNING_AFTER_DEADLINE, t.key(), "a warning " + b.leadTime()
                            + " before the deadline is at or after it");
                } else if (fixed.isPresent() && b.leadTime().compareTo(fixed.get()) >= 0) {
                    add(Code.WARNING_BEFORE_START, t.key(), "a warning " + b.leadTime()
                            + " before the deadline is at or before the start (the target is " + fixed.get() + ")");
                }
            }
        }
    }

    private static Optional<Duration> fixedLength(Target target) {
        if (target instanceof Target.CalendarTime c) {
            return Optional.of(c.duration());
        }
        if (target instanceof Target.BusinessTime b) {
            return Optional.of(b.workingTime());
        }
        return Optional.empty();
    }

    private void checkEscalations(CommitmentTerm t) {
        Duration lastBreachOffset = null;
        Class<?> lastKind = null;
        int level = 0;
        for (EscalationLevel e : t.escalations()) {
            level++;
            if (e.recipients().isEmpty()) {
                add(Code.NO_RECIPIENT, t.key(), "escalation level " + level + " has no recipient");
            }
            checkAmount(t.key(), "the offset of escalation level " + level, e.offset(), true);
            if (e.anchor() == EscalationLevel.Anchor.BREACH) {
                Optional<Duration> len = fixedLength(e.offset());
                if (len.isPresent()) {
                    if (lastBreachOffset != null && lastKind == e.offset().getClass()
                            && len.get().compareTo(lastBreachOffset) < 0) {
                        add(Code.BAD_ESCALATION_OFFSET, t.key(), "escalation level " + level + " at " + len.get()
                                + " after the breach comes before the level before it, at " + lastBreachOffset);
                    }
                    lastBreachOffset = len.get();
                    lastKind = e.offset().getClass();
                }
            }
        }
    }

    private void checkCycles() {
        for (CommitmentTerm t : policy.terms()) {
            Set<String> visited = new HashSet<>();
            CommitmentTerm cur = t;
            while (cur != null && cur.start() instanceof Trigger.AfterTerm after) {
                if (!visited.add(cur.key())) {
                    add(Code.NEVER_STARTS, t.key(), "starts after a chain of terms that loops back: " + visited);
                    break;
                }
                CommitmentTerm next = byKey.get(after.termKey());
                if (next == cur) {
                    break;
                }
                cur = next;
            }
        }
    }
}
