package dev.aftersales.testkit.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.TermName;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.commitment.Trigger;
import dev.aftersales.commitment.Warning;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for service commitments (rules SL-6 to SL-12): valid policies of one to four
 * terms (step triggers and chains, stop steps, pause reasons, calendar-time, business-time,
 * working-day and agreed-time targets, warnings at shares and lead times, escalation levels at the
 * start and after the breach, agreed deadlines), ticket facts, and ticket event sequences in any
 * order of the steps that drive commitments (waits with reasons, agreed times, reopenings). The
 * durations and instants of {@link #policies} and the event sequences are whole minutes, so that
 * the {@link ReferenceSimulation} is exact on them. For the policy formats and storage: {@link #validPolicies} (valid policies of every shape,
 * selectors, names, rules, recipients and calendars included) and {@link #anyPolicies} (every
 * policy the builders can make, valid or not). Public testkit API for test teams.
 */
public final class CommitmentArbitraries {

    /** The steps generated event sequences use. */
    public static final List<TicketStep> STEPS = List.of(TicketStep.RECEIVE, TicketStep.FORWARD,
            TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT,
            TicketStep.AGREE_NEW_TIME, TicketStep.WAIT, TicketStep.RESUME, TicketStep.RETURN_RESULT,
            TicketStep.CLOSE, TicketStep.REOPEN);

    /** The steps generated triggers and stops use: those of {@link #STEPS} but waits and resumes. */
    public static final List<TicketStep> TRIGGER_STEPS = List.of(TicketStep.RECEIVE, TicketStep.FORWARD,
            TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT,
            TicketStep.AGREE_NEW_TIME, TicketStep.RETURN_RESULT, TicketStep.CLOSE, TicketStep.REOPEN);

    private static final List<TicketStep> AGREE_STEPS = List.of(TicketStep.AGREE_VISIT, TicketStep.AGREE_NEW_TIME);
    private static final Recipient RECIPIENT = Recipient.role("supervisor");

    private CommitmentArbitraries() {
    }

    /**
     * Generates valid policies (id {@code generated-policy}, any ticket) whose working-time targets
     * and offsets count on one calendar.
     *
     * @param calendars  the registry the policies are validated against; must hold {@code calendarId}
     * @param calendarId the calendar of business-time and working-day targets
     * @return the policies
     * @throws NullPointerException if an argument is null
     */
    public static Arbitrary<CommitmentPolicy> policies(CalendarRegistry calendars, String calendarId) {
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(calendarId, "calendarId");
        return Combinators.combine(Arbitraries.integers().between(1, 4), term(0, calendarId), term(1, calendarId),
                term(2, calendarId), term(3, calendarId)).as((n, t0, t1, t2, t3) -> {
                    CommitmentPolicy.Builder b = CommitmentPolicy.builder("generated-policy");
                    List.of(t0, t1, t2, t3).subList(0, n).forEach(b::term);
                    return chainSafely(b.build());
                }).filter(p -> p.validate(calendars).isEmpty());
    }

    /**
     * Generates valid policies of every shape the builders can make: any id and version, selectors
     * of every dimension ({@link #selectors()}), one to four terms with step triggers and chains,
     * stop steps, pause reasons, agreed deadlines, targets of every kind on any calendar of the
     * registry, warnings, escalation levels to departments and roles, rule ids and names in both
     * languages (any text).
     *
     * @param calendars the registry the policies are validated against and whose calendars the
     *                  working-time targets name; at least one calendar
     * @return the policies
     * @throws NullPointerException     if {@code calendars} is null
     * @throws IllegalArgumentException if the registry holds no calendar
     */
    public static Arbitrary<CommitmentPolicy> validPolicies(CalendarRegistry calendars) {
        Objects.requireNonNull(calendars, "calendars");
        if (calendars.ids().isEmpty()) {
            throw new IllegalArgumentException("the registry holds no calendar");
        }
        Arbitrary<String> calendarIds = Arbitraries.of(calendars.ids());
        Arbitrary<List<CommitmentTerm>> terms = Combinators.combine(Arbitraries.integers().between(1, 4),
                term(0, calendarIds), term(1, calendarIds), term(2, calendarIds), term(3, calendarIds))
                .as((n, t0, t1, t2, t3) -> List.of(t0, t1, t2, t3).subList(0, n));
        Arbitrary<List<TermDress>> dresses = dress(true).list().ofSize(4);
        return Combinators.combine(identifiers(), Arbitraries.integers().between(1, Integer.MAX_VALUE), selectors(),
                terms, dresses).as((id, version, selector, plain, dress) -> {
                    List<CommitmentTerm> out = new ArrayList<>();
                    for (int i = 0; i < plain.size(); i++) {
                        out.add(dress.get(i).on(plain.get(i)));
                    }
                    return chainSafely(new CommitmentPolicy(id, version, selector, out));
                }).filter(p -> p.validate(calendars).isEmpty());
    }

    /**
     * Generates every policy the builders can make, valid or not: any id and version (zero and
     * negative ones too), any selector, zero to four terms (keys may repeat) with any triggers
     * (chains after any text), any steps and reasons, targets of every kind with any durations
     * (negative, nanoseconds) and any calendar text, warnings at any percent or lead time,
     * escalation levels with any offset and zero to three recipients, any rule ids and names (any
     * text, unpaired surrogates and control characters included). For round trips of the policy
     * formats and stores.
     *
     * @return the policies
     */
    public static Arbitrary<CommitmentPolicy> anyPolicies() {
        Arbitrary<List<CommitmentTerm>> terms = anyTerm().list().ofMaxSize(4);
        return Combinators.combine(identifiers(), Arbitraries.integers(), selectors(), terms)
                .as(CommitmentPolicy::new);
    }

    /**
     * Generates selectors: each dimension (kinds, urgencies, severities, channels with built-in and
     * own codes, estates, categories) empty (any) or a set of values, channels, estates and categories
     * in any order.
     *
     * @return the selectors
     */
    public static Arbitrary<TicketSelector> selectors() {
        Arbitrary<Channel> channels = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Channel.builtIns())),
                Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('_').ofMinLength(0)
                        .ofMaxLength(Channel.MAX_LENGTH - 1).map(s -> Channel.of("X" + s))));
        Arbitrary<EstateId> estates = identifiers().map(EstateId::of);
        Arbitrary<TicketCategory> categories = identifiers().map(TicketCategory::of);
        return Combinators.combine(Arbitraries.subsetOf(TicketKind.values()), Arbitraries.subsetOf(Urgency.values()),
                Arbitraries.subsetOf(Severity.values()), channels.list().uniqueElements().ofMaxSize(3),
                estates.list().uniqueElements().ofMaxSize(3), categories.list().uniqueElements().ofMaxSize(3))
                .as((kinds, urgencies, severities, channelList, estateList, categoryList) -> new TicketSelector(kinds,
                        urgencies, severities, new LinkedHashSet<>(channelList), new LinkedHashSet<>(estateList),
                        new LinkedHashSet<>(categoryList)));
    }

    /** Identifiers: 1 to 64 characters of {@code [A-Za-z0-9._:-]}, mostly short. */
    private static Arbitrary<String> identifiers() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '-').ofMinLength(1)
                        .ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '-').ofMinLength(1)
                        .ofMaxLength(64)));
    }

    /** Any text: every UTF-16 unit, unpaired surrogates and control characters included. */
    private static Arbitrary<String> anyText(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    /** The rule ids, name and recipients a generated term is dressed in. */
    private record TermDress(List<String> rules, TermName name, List<Recipient> recipients) {
        CommitmentTerm on(CommitmentTerm t) {
            List<EscalationLevel> escalations = new ArrayList<>();
            for (EscalationLevel e : t.escalations()) {
                escalations.add(new EscalationLevel(e.anchor(), e.offset(), recipients));
            }
            return new CommitmentTerm(t.key(), t.start(), t.stopOn(), t.pauseWhile(), t.target(), t.warnings(),
                    escalations, t.agreedOn(), rules, name);
        }
    }

    private static Arbitrary<TermDress> dress(boolean withRecipients) {
        Arbitrary<String> nameText = anyText(12).filter(s -> !s.isBlank());
        Arbitrary<TermName> names = Combinators.combine(nameText, nameText).as(TermName::new).injectNull(0.3);
        return Combinators.combine(anyText(8).list().ofMaxSize(3), names,
                recipients().list().ofMinSize(withRecipients ? 1 : 0).ofMaxSize(3)).as(TermDress::new);
    }

    private static Arbitrary<Recipient> recipients() {
        return Combinators.combine(Arbitraries.of(Recipient.Kind.values()), identifiers()).as(Recipient::new);
    }

    private static Arbitrary<CommitmentTerm> anyTerm() {
        Arbitrary<Set<TicketStep>> steps = Arbitraries.subsetOf(TicketStep.values());
        Arbitrary<Trigger> start = Arbitraries.oneOf(steps.map(Trigger.OnStep::new),
                Combinators.combine(Arbitraries.oneOf(identifiers(), anyText(8)), steps).as(Trigger.AfterTerm::new));
        Arbitrary<Target> target = anyTarget();
        Arbitrary<Warning> warning = Arbitraries.oneOf(Arbitraries.integers().map(Warning::atPercent),
                anyDuration().map(Warning::before));
        Arbitrary<EscalationLevel> escalation = Combinators.combine(Arbitraries.of(EscalationLevel.Anchor.values()),
                target, recipients().list().ofMaxSize(3)).as(EscalationLevel::new);
        return Combinators.combine(identifiers(), start, steps, Arbitraries.subsetOf(WaitingReason.values()), target,
                warning.list().ofMaxSize(3), escalation.list().ofMaxSize(3), steps)
                .as((key, trigger, stops, pauses, t, warns, escalations, agreed) -> new CommitmentTerm(key, trigger, stops,
                        pauses, t, warns, escalations, agreed, List.of()))
                .flatMap(t -> dress(false).map(d -> new CommitmentTerm(t.key(), t.start(), t.stopOn(), t.pauseWhile(),
                        t.target(), t.warnings(), t.escalations(), t.agreedOn(), d.rules(), d.name())));
    }

    private static Arbitrary<Target> anyTarget() {
        Arbitrary<String> calendar = Arbitraries.oneOf(Arbitraries.of("cn-office", "24x7", "cp1-hotline"), anyText(8));
        return Arbitraries.oneOf(anyDuration().map(Target::calendarTime),
                Combinators.combine(anyDuration(), calendar).as(Target::businessTime),
                Combinators.combine(Arbitraries.integers(), calendar).as(Target::workingDays),
                Arbitraries.just(Target.agreedTime()));
    }

    /** Durations up to ten years either way, to the nanosecond, zero and whole units often. */
    private static Arbitrary<Duration> anyDuration() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(3, Arbitraries.integers().between(-3 * 1440, 3 * 1440).map(Duration::ofMinutes)),
                Tuple.of(2, Combinators.combine(Arbitraries.longs().between(-3653L * 86_400, 3653L * 86_400),
                        Arbitraries.longs().between(0, 999_999_999)).as(Duration::ofSeconds)));
    }

    /** Re-targets chained terms at earlier terms' real stop steps, so that chains can start. */
    private static CommitmentPolicy chainSafely(CommitmentPolicy p) {
        List<CommitmentTerm> out = new ArrayList<>();
        for (CommitmentTerm t : p.terms()) {
            if (t.start() instanceof Trigger.AfterTerm after) {
                CommitmentTerm earlier = out.stream().filter(e -> e.key().equals(after.termKey())).findFirst()
                        .orElseThrow();
                Set<TicketStep> by = EnumSet.noneOf(TicketStep.class);
                for (TicketStep s : after.bySteps()) {
                    if (earlier.stopOn().contains(s)) {
                        by.add(s);
                    }
                }
                t = new CommitmentTerm(t.key(), new Trigger.AfterTerm(after.termKey(), by), t.stopOn(), t.pauseWhile(),
                        t.target(), t.warnings(), t.escalations(), t.agreedOn(), t.rules(), t.name());
            }
            out.add(t);
        }
        return new CommitmentPolicy(p.id(), p.version(), p.selector(), out);
    }

    private static Arbitrary<CommitmentTerm> term(int index, String calendarId) {
        return term(index, Arbitraries.just(calendarId));
    }

    private static Arbitrary<CommitmentTerm> term(int index, Arbitrary<String> calendarId) {
        Arbitrary<Trigger> start = index == 0 ? stepTrigger().map(CommitmentArbitraries::withReception)
                : Arbitraries.frequencyOf(Tuple.of(1, stepTrigger()), Tuple.of(2, afterTrigger(index)));
        return Combinators.combine(start, stepSet(1, 2), Arbitraries.subsetOf(WaitingReason.values()),
                targets(calendarId), warnings(), escalations(calendarId), Arbitraries.subsetOf(AGREE_STEPS))
                .as((trigger, stops, pauses, target, warns, escalations, agreed) -> {
                    Trigger effective = trigger;
                    Target effectiveTarget = target;
                    if (target instanceof Target.AgreedTime) {
                        effective = Trigger.onStep(TicketStep.AGREE_VISIT, TicketStep.AGREE_NEW_TIME);
                    }
                    Set<TicketStep> stopOn = EnumSet.copyOf(stops);
                    if (effective instanceof Trigger.OnStep on) {
                        stopOn.removeAll(on.steps());
                    }
                    if (stopOn.isEmpty()) {
                        stopOn.add(TicketStep.CLOSE);
                        if (effective instanceof Trigger.OnStep on && on.steps().contains(TicketStep.CLOSE)) {
                            stopOn = EnumSet.of(TicketStep.REOPEN);
                        }
                    }
                    return new CommitmentTerm("t" + index, effective, stopOn, Set.copyOf(pauses), effectiveTarget,
                            warns, escalations, Set.copyOf(agreed), List.of());
                });
    }

    private static Trigger withReception(Trigger t) {
        Set<TicketStep> steps = EnumSet.copyOf(((Trigger.OnStep) t).steps());
        steps.add(TicketStep.RECEIVE);
        return new Trigger.OnStep(steps);
    }

    private static Arbitrary<Trigger> stepTrigger() {
        return stepSet(1, 2).map(s -> new Trigger.OnStep(EnumSet.copyOf(s)));
    }

    private static Arbitrary<Trigger> afterTrigger(int index) {
        return Combinators.combine(Arbitraries.integers().between(0, index - 1), stepSet(0, 2))
                .as((earlier, by) -> new Trigger.AfterTerm("t" + earlier,
                        by.isEmpty() ? Set.of() : EnumSet.copyOf(by)));
    }

    private static Arbitrary<Set<TicketStep>> stepSet(int min, int max) {
        return Arbitraries.of(TRIGGER_STEPS).set().ofMinSize(min).ofMaxSize(max);
    }

    /**
     * Generates targets: calendar time up to 3 days, business time up to 30 hours on the calendar,
     * 1 to 3 working days on it, or the agreed time; whole minutes, zero included.
     *
     * @param calendarId the calendar of working-time targets
     * @return the targets
     */
    public static Arbitrary<Target> targets(String calendarId) {
        return targets(Arbitraries.just(Objects.requireNonNull(calendarId, "calendarId")));
    }

    private static Arbitrary<Target> targets(Arbitrary<String> calendarId) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, minutes(0, 3 * 1440).map(Target::calendarTime)),
                Tuple.of(3, Combinators.combine(minutes(0, 30 * 60), calendarId).as(Target::businessTime)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 3), calendarId).as(Target::workingDays)),
                Tuple.of(1, Arbitraries.just(Target.agreedTime())));
    }

    private static Arbitrary<Duration> minutes(int min, int max) {
        return Arbitraries.integers().between(min, max).map(Duration::ofMinutes);
    }

    private static Arbitrary<List<Warning>> warnings() {
        Arbitrary<Warning> one = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(1, 99).map(Warning::atPercent)),
                Tuple.of(1, minutes(1, 600).map(Warning::before)));
        return one.list().ofMaxSize(2);
    }

    private static Arbitrary<List<EscalationLevel>> escalations(Arbitrary<String> calendarId) {
        Arbitrary<Target> offset = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Target.calendarTime(Duration.ZERO))),
                Tuple.of(2, minutes(1, 2 * 1440).map(Target::calendarTime)),
                Tuple.of(1, Combinators.combine(minutes(1, 900), calendarId).as(Target::businessTime)),
                Tuple.of(1, calendarId.map(c -> Target.workingDays(1, c))));
        Arbitrary<EscalationLevel> one = Combinators.combine(Arbitraries.of(EscalationLevel.Anchor.values()), offset)
                .as((anchor, off) -> new EscalationLevel(anchor, off, List.of(RECIPIENT)));
        return one.list().ofMaxSize(2);
    }

    /**
     * Generates the facts of a repair or complaint in an estate, with its urgency or severity.
     *
     * @return the facts
     */
    public static Arbitrary<TicketFacts> facts() {
        return Combinators.combine(Arbitraries.of(TicketKind.REPAIR, TicketKind.COMPLAINT),
                Arbitraries.of(Channel.builtIns()), Arbitraries.of(Urgency.values()), Arbitraries.of(Severity.values()),
                Arbitraries.of("E-1", "E-2"), Arbitraries.of("B-1", "B-2"))
                .as((kind, channel, urgency, severity, estate, building) -> new TicketFacts(kind, channel,
                        kind == TicketKind.REPAIR ? urgency : null, kind == TicketKind.COMPLAINT ? severity : null,
                        EstateId.of(estate), BuildingId.of(building), null, DepartmentId.of("cs")));
    }

    /**
     * Generates a ticket's event sequences: a reception at {@code start}, then up to
     * {@code maxMore} more events of any of {@link #STEPS} in any order (waits with a reason, agreed
     * times from a day before to five days after the step), each 0 minutes to 2 days after the one
     * before, all whole minutes. A reopening starts the next cycle.
     *
     * @param ticket  the ticket
     * @param facts   its facts
     * @param start   the reception, a whole minute
     * @param maxMore the most events after the reception
     * @return the sequences
     * @throws NullPointerException if an argument is null
     */
    public static Arbitrary<List<TicketEvent>> eventSequences(TicketId ticket, TicketFacts facts, Instant start,
                                                              int maxMore) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(start, "start");
        return plannedEvents(maxMore).map(planned -> script(ticket, facts, start, planned));
    }

    /**
     * Generates plans of up to {@code max} events after a reception (see {@link #eventSequences}),
     * to be written into events with {@link #script}.
     *
     * @param max the most events
     * @return the plans
     */
    public static Arbitrary<List<PlannedEvent>> plannedEvents(int max) {
        Arbitrary<Long> gap = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 180)),
                Tuple.of(3, Arbitraries.longs().between(181, 1440)),
                Tuple.of(1, Arbitraries.longs().between(1441, 2 * 1440)));
        Arbitrary<Long> agreedOffset = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(-1440, 0)),
                Tuple.of(5, Arbitraries.longs().between(1, 5 * 1440)));
        return Combinators.combine(Arbitraries.of(STEPS), gap, agreedOffset, Arbitraries.of(WaitingReason.values()))
                .as(PlannedEvent::new).list().ofMinSize(Math.min(2, max)).ofMaxSize(max);
    }

    /**
     * Writes a plan into a ticket's events: a reception at {@code start}, then the planned events.
     *
     * @param ticket  the ticket
     * @param facts   its facts
     * @param start   the reception
     * @param planned the plan
     * @return the events, in order
     */
    public static List<TicketEvent> script(TicketId ticket, TicketFacts facts, Instant start,
                                           List<PlannedEvent> planned) {
        TicketEventScript script = TicketEventScript.of(ticket, facts).step(TicketStep.RECEIVE, start);
        Instant t = start;
        for (PlannedEvent p : planned) {
            t = t.plus(Duration.ofMinutes(p.gapMinutes()));
            Instant agreed = AGREE_STEPS.contains(p.step()) ? t.plus(Duration.ofMinutes(p.agreedMinutes())) : null;
            WaitingReason reason = p.step() == TicketStep.WAIT ? p.reason() : null;
            script.add(p.step(), t, agreed, reason);
        }
        return script.events();
    }

    /**
     * One planned event: its step, the minutes after the event before, the agreed time's minutes
     * after it (for agreeing steps) and the waiting reason (for waits).
     *
     * @param step          the step
     * @param gapMinutes    minutes after the previous event
     * @param agreedMinutes minutes from the event to the agreed time
     * @param reason        the waiting reason
     */
    public record PlannedEvent(TicketStep step, long gapMinutes, long agreedMinutes, WaitingReason reason) {
    }
}
