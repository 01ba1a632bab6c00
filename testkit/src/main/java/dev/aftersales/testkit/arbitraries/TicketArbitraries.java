package dev.aftersales.testkit.arbitraries;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketIntake;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLifeCycle;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for tickets, for test teams verifying their own code against the ticket
 * model: locations (units, building and estate common areas in a small, consistent hierarchy so
 * that generated tickets share estates, buildings and units), reporters, intakes of every kind,
 * clock advances, valid step sequences of the life cycle, and stored-form tickets in any reachable
 * state.
 *
 * <pre>{@code
 * @Property
 * void anyRepairPath(@ForAll("repairPaths") List<PlannedStep> steps) { ... }
 *
 * @Provide
 * Arbitrary<List<PlannedStep>> repairPaths() {
 *     return TicketArbitraries.stepSequences(TicketKind.REPAIR, 30);
 * }
 * }</pre>
 */
public final class TicketArbitraries {

    /** The first instant of generated tickets: 2025-01-01T00:00:00Z. */
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static final List<DepartmentId> DEPARTMENTS = List.of(PlannedStep.CUSTOMER_SERVICE,
            PlannedStep.ENGINEERING, DepartmentId.of("PROPERTY-OFFICE"), DepartmentId.of("SALES-OFFICE"));

    private TicketArbitraries() {
    }

    /**
     * Returns estates {@code E1} to {@code E3}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<EstateId> estates() {
        return Arbitraries.integers().between(1, 3).map(e -> EstateId.of("E" + e));
    }

    /**
     * Returns locations in a small hierarchy: estates {@code E1..E3}, each with buildings
     * {@code Ex-B1..Ex-B3}, each with units {@code Ex-By-U1..Ex-By-U4}; about half are units,
     * the rest common areas of a building or an estate.
     *
     * @return the arbitrary
     */
    public static Arbitrary<TicketLocation> locations() {
        Arbitrary<String> areas = Arbitraries.of("lift lobby", "roof", "stairwell 2", "电梯厅", "地下车库入口", "main gate");
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3), areas)
                .as((e, b, u, shape, area) -> {
                    EstateId estate = EstateId.of("E" + e);
                    BuildingId building = BuildingId.of("E" + e + "-B" + b);
                    return switch (shape) {
                        case 0, 1 -> TicketLocation.ofUnit(UnitId.of("E" + e + "-B" + b + "-U" + u), building, estate);
                        case 2 -> TicketLocation.buildingCommonArea(building, estate, area);
                        default -> TicketLocation.estateCommonArea(estate, area);
                    };
                });
    }

    /**
     * Returns well-formed contact persons with Chinese or Latin names and mobile or landline
     * numbers. These are fake personal data, useful to check that none of it leaks (rule EU-4).
     *
     * @return the arbitrary
     */
    public static Arbitrary<ContactPerson> contactPersons() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(2).ofMaxLength(4),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
                        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1) + " Zhang"));
        Arbitrary<String> phones = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(9).map(d -> "13" + d),
                Arbitraries.strings().numeric().ofLength(8).map(d -> "+86 21 " + d));
        return Combinators.combine(names, phones).as(ContactPerson::of);
    }

    /**
     * Returns reporters: owners {@code O1..O5}, non-owner contacts, and patrol staff.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Reporter> reporters() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 5)
                        .map(o -> (Reporter) Reporter.byOwner(OwnerId.of("O" + o)))),
                Tuple.of(2, contactPersons().map(c -> (Reporter) Reporter.byContact(c))),
                Tuple.of(1, Arbitraries.integers().between(1, 3)
                        .map(s -> (Reporter) Reporter.byStaff("S-PATROL-" + s))));
    }

    /**
     * Returns intakes of every kind.
     *
     * @return the arbitrary
     */
    public static Arbitrary<TicketIntake> intakes() {
        return Arbitraries.of(TicketKind.class).flatMap(TicketArbitraries::intakes);
    }

    /**
     * Returns channels: mostly the built-in ones, sometimes a company's own code of 1 to
     * {@value Channel#MAX_LENGTH} characters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Channel> channels() {
        Arbitrary<Channel> custom = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
                                .ofMaxLength(Channel.MAX_LENGTH - 1))
                .as((first, rest) -> Channel.of(first + rest));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(Channel.builtIns())), Tuple.of(1, custom));
    }

    /**
     * Returns intakes of one kind, with an urgency for repairs and a severity for complaints;
     * patrol findings are always on common areas (rule PT-2).
     *
     * @param kind the kind
     * @return the arbitrary
     */
    public static Arbitrary<TicketIntake> intakes(TicketKind kind) {
        Arbitrary<String> descriptions = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(1).ofMaxLength(40));
        return locations().flatMap(location -> {
            Arbitrary<Channel> channels = location.isCommonArea()
                    ? channels()
                    : channels().filter(c -> !c.equals(Channel.PATROL));
            return Combinators.combine(channels, reporters(), Arbitraries.of(Urgency.class),
                    Arbitraries.of(Severity.class), descriptions)
                    .as((channel, reporter, urgency, severity, text) -> new TicketIntake(kind, channel,
                            kind == TicketKind.REPAIR ? urgency : null,
                            kind == TicketKind.COMPLAINT ? severity : null, location, reporter, text));
        });
    }

    /**
     * Returns how far a clock advances between two steps: zero in about a quarter of the cases,
     * else one second to three days.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Duration> clockAdvances() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(3, Arbitraries.longs().between(1, Duration.ofDays(3).toSeconds())
                        .map(Duration::ofSeconds)));
    }

    /**
     * Returns sequences of steps that are legal one after the other for a freshly received ticket
     * of the given kind (a walk through {@link TicketLifeCycle}); they may go round several
     * cycles. Shrinks towards shorter walks.
     *
     * @param kind      the ticket's kind
     * @param maxLength the longest sequence, zero or more
     * @return the arbitrary
     */
    public static Arbitrary<List<PlannedStep>> stepSequences(TicketKind kind, int maxLength) {
        Arbitrary<Choice> choices = Combinators.combine(Arbitraries.integers().between(0, 9999), clockAdvances(),
                Arbitraries.integers().between(0, 9999)).as(Choice::new);
        return choices.list().ofMaxSize(maxLength).map(list -> walk(kind, list));
    }

    /**
     * Returns tickets in their storage form (version 0), received at or after {@link #START} and
     * walked through a valid step sequence of up to 20 steps, so in any reachable state.
     *
     * @return the arbitrary
     */
    public static Arbitrary<TicketRecord> ticketRecords() {
        return intakes().flatMap(intake -> Combinators.combine(
                Arbitraries.integers().between(1, 999_999).map(i -> TicketId.of("T-" + i)),
                Arbitraries.longs().between(0, Duration.ofDays(365).toSeconds()).map(START::plusSeconds),
                Arbitraries.of(DEPARTMENTS),
                stepSequences(intake.kind(), 20))
                .as((id, reportedAt, receivingUnit, steps) -> {
                    TestClock clock = TestClock.at(reportedAt);
                    Ticket ticket = Ticket.receive(id, intake, receivingUnit, PlannedStep.DEFAULT_ACTOR, clock,
                            IdGenerator.sequential(id.value()));
                    steps.forEach(step -> step.takeOn(ticket, clock));
                    return ticket.toRecord();
                }));
    }

    private record Choice(int pick, Duration after, int seed) {
    }

    private static List<PlannedStep> walk(TicketKind kind, List<Choice> choices) {
        List<PlannedStep> out = new ArrayList<>(choices.size());
        TicketState state = TicketState.RECEIVED;
        TicketState waitingFrom = null;
        int callbackAttempts = 0;
        for (Choice c : choices) {
            List<TicketStep> allowed = new ArrayList<>(TicketLifeCycle.allowedSteps(state, kind));
            TicketStep step = allowed.get(c.pick() % allowed.size());
            if (step == TicketStep.CALLBACK_UNREACHABLE && callbackAttempts < Ticket.CALLBACK_ATTEMPTS) {
                step = TicketStep.RECORD_CALLBACK_ATTEMPT; // RP-6: unreachable only after the attempts
            }
            callbackAttempts = step == TicketStep.CONFIRM_CLOSURE ? 0
                    : step == TicketStep.RECORD_CALLBACK_ATTEMPT ? callbackAttempts + 1 : callbackAttempts;
            out.add(new PlannedStep(step, c.after(), actor(c.seed()), details(step, c.seed())));
            TicketState next = TicketLifeCycle.target(state, step, kind, waitingFrom).orElseThrow();
            waitingFrom = step == TicketStep.WAIT ? state : next == TicketState.WAITING ? waitingFrom : null;
            state = next;
        }
        return out;
    }

    private static Actor actor(int seed) {
        return switch (seed % 4) {
            case 0 -> Actor.staff("S-" + seed % 7);
            case 1 -> Actor.department(DEPARTMENTS.get(seed % DEPARTMENTS.size()));
            case 2 -> Actor.customer("O" + (1 + seed % 5));
            default -> Actor.system();
        };
    }

    private static StepDetails details(TicketStep step, int seed) {
        DepartmentId department = DEPARTMENTS.get(seed % DEPARTMENTS.size());
        String note = seed % 2 == 0 ? null : "note " + seed;
        StepDetails typical = PlannedStep.typicalDetails(step);
        return switch (step) {
            case FORWARD -> StepDetails.forward(PlannedStep.CUSTOMER_SERVICE);
            case ASSIGN -> StepDetails.assign(department, "S-" + seed % 7);
            case WAIT -> StepDetails.waiting(WaitingReason.values()[seed % 2], note);
            case RECORD_CALLBACK -> StepDetails.callback(CallbackMethod.values()[seed % 3], 1 + seed % 5, note);
            case RECORD_CALLBACK_ATTEMPT, CALLBACK_DECLINED ->
                    StepDetails.ofNote(note).withCallbackMethod(CallbackMethod.values()[seed % 3]);
            case CLASSIFY_VALID, CLASSIFY_INVALID, CONTACT_OWNER, INFORM_OWNER -> StepDetails.ofNote(note);
            default -> typical;
        };
    }
}
