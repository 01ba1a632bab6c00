package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.ChangePaymentStatus;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.OwnershipStepException;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyConflictException;
import dev.aftersales.property.PropertyNotFoundException;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RecordOutstandingItem;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SettleOutstandingItem;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.TransferOwnership;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.property.UpdateOwnerProfile;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AgreeNewTime;
import dev.aftersales.ticket.AgreePlan;
import dev.aftersales.ticket.AgreeAnswerTime;
import dev.aftersales.ticket.AgreeVisit;
import dev.aftersales.ticket.AnswerAtOnce;
import dev.aftersales.ticket.AskQuestion;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.GiveFeedback;
import dev.aftersales.ticket.IllegalTicketStepException;
import dev.aftersales.ticket.InformOwner;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.MarkCallbackUnreachable;
import dev.aftersales.ticket.RecordCallback;
import dev.aftersales.ticket.RecordCallbackAttempt;
import dev.aftersales.ticket.RecordCallbackDeclined;
import dev.aftersales.ticket.RejectClosure;
import dev.aftersales.ticket.ReopenTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.ReturnResult;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.StartWaiting;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketNotFoundException;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketReferenceException;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * IN-1, IN-2, IN-3: hostile strings (control characters, lone surrogates, invisible and huge
 * texts), numbers (extreme exponents and scales, integers at their bounds) and instants and dates
 * (Instant.MIN/MAX, the ends of a long of nanoseconds, the ends of the supported range) sent
 * through every public command of the desk on the memory store. The only exceptions are the
 * library's typed ones ({@link #TYPED}), and a refused command writes nothing: every table of the
 * store is the same after it as before, and no event was published.
 */
class HostileInputProperties {

    /** What a command of the desk may throw for bad input or a bad state, each naming what is wrong. */
    static final List<Class<? extends RuntimeException>> TYPED = List.of(InvalidCommandException.class,
            IllegalTicketStepException.class, TicketNotFoundException.class, TicketReferenceException.class,
            PropertyNotFoundException.class, PropertyConflictException.class, OwnershipStepException.class,
            CommitmentException.class);

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Actor CLERK = Actor.staff("S-1");

    /** The commands, each one public operation of the desk that writes (or may write). */
    enum Kind {
        REGISTER_ESTATE, ADD_PLOT, ADD_BUILDING, ADD_UNIT, CHANGE_UNIT_CONDITION, REGISTER_OWNER, UPDATE_OWNER_PROFILE,
        RECORD_OUTSTANDING_ITEM, SETTLE_OUTSTANDING_ITEM, CHANGE_PAYMENT_STATUS, SIGN_CONTRACT, HAND_OVER, TRANSFER,
        REPORT_REPAIR, LODGE_COMPLAINT, ASK_QUESTION, GIVE_FEEDBACK, FORWARD, CLASSIFY, ASSIGN, CONTACT_OWNER,
        AGREE_VISIT, AGREE_PLAN, START_WORK, AGREE_NEW_TIME, START_WAITING, RESUME, RETURN_RESULT, INFORM_OWNER,
        ANSWER_AT_ONCE, CONFIRM_CLOSURE, REJECT_CLOSURE, RECORD_CALLBACK, RECORD_CALLBACK_ATTEMPT, CALLBACK_UNREACHABLE,
        CALLBACK_DECLINED, AGREE_ANSWER_TIME, CLOSE, REOPEN, RE_EVALUATE,
        RE_EVALUATE_TICKET, RECOMPUTE_CALENDAR, SWEEP, TICKETS_REPORTED_BETWEEN, COMMITMENTS_DUE_BETWEEN
    }

    /**
     * The values of one attempt: a sane value for every field of the command, except the hostile
     * fields (slots 0-5 texts, 6-9 identifiers, 10 the decimal, 11-12 integers, 13 the instant,
     * 14 the date, 15 enums and the reporter, 16 the ticket: any rather than one whose state takes the step), which take the drawn hostile value. A field the
     * command reads is hostile with the chance {@code 1/every} ({@code every} 0: none is), decided
     * by {@code pick}, so that hostile values land on the fields each command has; a few hostile
     * fields on an otherwise valid command reach past validation into the model and the store,
     * and sane commands move the tickets and ownerships to other states.
     */
    record Values(List<String> texts, List<String> ids, BigDecimal decimal, List<Integer> ints, Instant instant,
                  LocalDate date, int pick, int every) {

        boolean hostile(int slot) {
            return every > 0 && Math.floorMod(Integer.rotateLeft(pick * 0x9E3779B9, slot) ^ slot, every) == 0;
        }

        String text(int i, String sane) {
            return hostile(i) ? texts.get(i) : sane;
        }

        String id(int i, String sane) {
            return hostile(6 + i) ? ids.get(i) : sane;
        }

        BigDecimal decimal(BigDecimal sane) {
            return hostile(10) ? decimal : sane;
        }

        Integer integer(int i, Integer sane) {
            return hostile(11 + i) ? ints.get(i) : sane;
        }

        Instant instant(Instant sane) {
            return hostile(13) ? instant : sane;
        }

        LocalDate date(LocalDate sane) {
            return hostile(14) ? date : sane;
        }

        boolean hostileChoice() {
            return hostile(15);
        }

        <E> E pick(E[] values, int salt, E sane) {
            if (!hostileChoice()) {
                return sane;
            }
            int n = Math.floorMod(pick * 31 + salt, values.length + 1);
            return n == values.length ? null : values[n];
        }

        String fresh(String prefix) {
            return prefix + "-" + (100 + Math.floorMod(pick, 50));
        }
    }

    /** One command with its values; its string names the command only (the values may be huge). */
    record Attempt(Kind kind, Values values) {
        @Override
        public String toString() {
            return kind + " " + values;
        }
    }

    @Property
    @Label("IN-1, IN-2, IN-3 every command answers hostile input with a typed error and, when it refuses, writes nothing")
    void everyCommandAnswersHostileInputWithATypedError(@ForAll @Size(min = 1, max = 8) List<@From("attempts") Attempt> attempts) {
        try (World world = World.open()) {
            for (Attempt attempt : attempts) {
                List<Object> before = world.contents();
                int published = world.events.size();
                try {
                    world.run(attempt);
                    Statistics.label("outcome").collect("accepted");
                } catch (RuntimeException e) {
                    Statistics.label("outcome").collect(e.getClass().getSimpleName());
                    assertTrue(TYPED.stream().anyMatch(t -> t.isInstance(e)),
                            () -> attempt.kind() + " threw an untyped " + e);
                    assertEquals(before, world.contents(), () -> attempt.kind() + " was refused (" + e + ") but wrote");
                    assertEquals(published, world.events.size(), () -> attempt.kind() + " was refused but published");
                }
            }
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<Values> values = Combinators.combine(texts().list().ofSize(6), ids().list().ofSize(4), decimals(),
                integers().list().ofSize(2), instants(), dates(), Arbitraries.integers(),
                Arbitraries.of(0, 1, 2, 2, 3, 3)).as(Values::new);
        // the commands with numbers, instants and dates twice as often: their extremes are the rarer finds
        List<Kind> kinds = new ArrayList<>(Arrays.asList(Kind.values()));
        kinds.addAll(List.of(Kind.ADD_UNIT, Kind.REGISTER_OWNER, Kind.UPDATE_OWNER_PROFILE, Kind.SIGN_CONTRACT,
                Kind.HAND_OVER, Kind.TRANSFER, Kind.AGREE_VISIT, Kind.AGREE_NEW_TIME, Kind.RECORD_CALLBACK));
        return Combinators.combine(Arbitraries.of(kinds), values).as(Attempt::new);
    }

    static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("Leaking tap", "河畔花园 1期", "line one\nline two\ttab", "E-1", "O-1",
                        "\uD83D\uDEBF shower")),
                Tuple.of(4, Arbitraries.of("", " ", "\u0000", "a\u0000b", "\uD800", "x\uDC00", "\uDBFF\uDBFF", "\u200B",
                        "\u00A0", "\u3000\u200B\uFEFF", "\t\n\r", "\u001B[0m", "x\u007F", "x\u0085", "\u2028")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withCharRange('\u0000', '\u001F')
                        .ofMinLength(1).ofMaxLength(4)),
                Tuple.of(1, Arbitraries.of(51, 101, 201, 2001, 100_000).map("\u6c34"::repeat)))
                .injectNull(0.05);
    }

    static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("E-1", "P-1", "B-1", "U-1", "U-2", "O-1", "O-2", "L-1", "E-9", "U-9", "O-9")),
                Tuple.of(3, texts()),
                Tuple.of(1, Arbitraries.of(64, 65, 100_000).map("a"::repeat)));
    }

    static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(new BigDecimal("1E+2147483647"), new BigDecimal("-1E+2147483647"),
                        new BigDecimal("1E-2147483647"), new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
                        new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE))),
                Tuple.of(2, Arbitraries.of(new BigDecimal(BigInteger.TEN.pow(400), -400), BigDecimal.ZERO, new BigDecimal("-0.01"),
                        new BigDecimal("0.001"), new BigDecimal("9999999.99"), new BigDecimal("9999999.995"),
                        new BigDecimal("10000000"), new BigDecimal("89.50"))),
                Tuple.of(2, Combinators.combine(Arbitraries.longs(), Arbitraries.integers())
                        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale))),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)))
                .injectNull(0.05);
    }

    static Arbitrary<Integer> integers() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 5, 6, 150, 151)),
                Tuple.of(1, Arbitraries.integers()))
                .injectNull(0.1);
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.EPOCH.minusNanos(1),
                        Instant.parse("2199-12-31T23:59:59.999999999Z"), Instant.parse("2200-01-01T00:00:00Z"),
                        Instant.parse("2262-04-11T23:47:16.854775807Z"), Instant.parse("2262-04-11T23:47:16.854775808Z"),
                        Instant.parse("1677-09-21T00:12:43.145224191Z"), NOW, NOW.plusSeconds(86_400))),
                Tuple.of(1, Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(Instant::ofEpochSecond)),
                Tuple.of(1, Arbitraries.longs().between(-86_400L * 365, 86_400L * 365).map(NOW::plusSeconds)))
                .injectNull(0.05);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1969, 12, 31),
                        LocalDate.of(1970, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3))),
                Tuple.of(1, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay)))
                .injectNull(0.05);
    }

    /** A desk on a fresh memory store with a small estate, two owners and tickets in several states. */
    static final class World implements AutoCloseable {

        final MemoryStore store = MemoryStore.create();
        final List<DomainEvent> events = new ArrayList<>();
        final AfterSales desk;
        final List<TicketId> tickets = new ArrayList<>();

        private World() {
            desk = AfterSales.builder().store(store).clock(TestClock.at(NOW)).idGenerator(IdGenerator.sequential("x"))
                    .listener(events::add).build();
        }

        static World open() {
            World w = new World();
            AfterSales d = w.desk;
            d.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
            d.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
            d.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
            d.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
            d.property().addUnit(AddUnit.usable("B-1", "U-2", "102", UnitKind.RESIDENCE, "70", UnitUsage.RESIDENTIAL));
            for (String owner : List.of("O-1", "O-2")) {
                d.registerOwner(RegisterOwner.builder().ownerId(owner).name("Wang Fang").phone("13912345678")
                        .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                        .outstandingItem("L-1", OutstandingItem.Kind.COMPENSATION, "window").build());
            }
            d.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 1, 1)));
            TicketRecord received = d.reportRepair(repair(), CLERK);
            TicketRecord contacted = d.reportRepair(repair(), CLERK);
            d.tickets().classify(new ClassifyTicket(contacted.id(), Validity.VALID, null), CLERK);
            d.tickets().assign(new AssignTicket(contacted.id(), DepartmentId.of("engineering"), "S-2"), CLERK);
            d.tickets().contactOwner(new ContactOwner(contacted.id(), null), CLERK);
            TicketRecord working = d.reportRepair(repair(), CLERK);
            d.tickets().classify(new ClassifyTicket(working.id(), Validity.VALID, null), CLERK);
            d.tickets().assign(new AssignTicket(working.id(), DepartmentId.of("engineering"), "S-2"), CLERK);
            d.tickets().contactOwner(new ContactOwner(working.id(), null), CLERK);
            d.tickets().agreePlan(new AgreePlan(working.id(), "replace the valve"), CLERK);
            d.tickets().startWork(working.id(), CLERK);
            d.tickets().returnResult(new ReturnResult(working.id(), "fixed"), CLERK);
            TicketRecord explained = d.reportRepair(repair(), CLERK);
            d.tickets().classify(new ClassifyTicket(explained.id(), Validity.INVALID, "not a defect"), CLERK);
            d.tickets().contactOwner(new ContactOwner(explained.id(), "explained"), CLERK);
            w.tickets.addAll(List.of(received.id(), contacted.id(), working.id(), explained.id(), TicketId.of("T-unknown")));
            w.events.clear();
            return w;
        }

        private static ReportRepair repair() {
            return new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("service"),
                    "leaking tap");
        }

        /** Every committed record of every table of the store, and what the outbox holds. */
        List<Object> contents() {
            return MemoryContents.of(store);
        }

        void run(Attempt attempt) {
            Values v = attempt.values();
            TicketId ticket = v.hostile(16) ? tickets.get(Math.floorMod(v.pick(), tickets.size()))
                    : tickets.get(stateFor(attempt.kind()));
            Instant later = NOW.plusSeconds(86_400);
            LocalDate today = LocalDate.of(2026, 3, 2);
            switch (attempt.kind()) {
                case REGISTER_ESTATE -> desk.property().registerEstate(new RegisterEstate(v.id(0, v.fresh("E")),
                        v.text(0, "Lakeside")));
                case ADD_PLOT -> desk.property().addPlot(new AddPlot(v.id(0, "E-1"), v.id(1, v.fresh("P")), v.text(0, "Plot B")));
                case ADD_BUILDING -> desk.property().addBuilding(new AddBuilding(v.id(0, "P-1"), v.id(1, v.fresh("B")),
                        v.text(0, "Building 2")));
                case ADD_UNIT -> desk.property().addUnit(new AddUnit(v.id(0, "B-1"), v.id(1, v.fresh("U")), v.text(0, "201"),
                        v.pick(UnitKind.values(), 1, UnitKind.RESIDENCE), v.decimal(new BigDecimal("89.50")),
                        v.pick(UnitUsage.values(), 2, UnitUsage.RESIDENTIAL), v.pick(UnitCondition.values(), 3, null)));
                case CHANGE_UNIT_CONDITION -> desk.property().changeUnitCondition(UnitId.of("U-2"),
                        v.hostileChoice() ? UnitCondition.RESERVED : UnitCondition.USABLE);
                case REGISTER_OWNER -> desk.registerOwner(new RegisterOwner(v.id(0, v.fresh("O")), v.text(0, "Li Lei"),
                        v.integer(0, 30), v.text(1, "teacher"), v.text(2, "school"), v.integer(1, 3),
                        v.pick(HouseholdStructure.values(), 1, HouseholdStructure.COUPLE), phones(v), v.text(4, null),
                        v.pick(CustomerOrigin.values(), 2, CustomerOrigin.LOCAL),
                        v.pick(PropertyRightType.values(), 3, PropertyRightType.COMMODITY_HOUSING),
                        v.pick(PaymentStatus.values(), 4, PaymentStatus.PAID_UP),
                        Arrays.asList(new RegisterOwner.Item(v.id(1, "L-2"), v.pick(OutstandingItem.Kind.values(), 5,
                                OutstandingItem.Kind.COMPENSATION), v.text(5, "window")))));
                case UPDATE_OWNER_PROFILE -> desk.property().updateOwnerProfile(new UpdateOwnerProfile(v.id(0, "O-1"),
                        v.text(0, "Wang Fang"), v.integer(0, 41), v.text(1, "nurse"), v.text(2, "hospital"), v.integer(1, 4),
                        v.pick(HouseholdStructure.values(), 1, HouseholdStructure.SINGLE), phones(v), v.text(4, null),
                        v.pick(CustomerOrigin.values(), 2, CustomerOrigin.LOCAL),
                        v.pick(PropertyRightType.values(), 3, PropertyRightType.COMMODITY_HOUSING)));
                case RECORD_OUTSTANDING_ITEM -> desk.property().recordOutstandingItem(new RecordOutstandingItem(v.id(0, "O-1"),
                        v.id(1, v.fresh("L")), v.pick(OutstandingItem.Kind.values(), 0, OutstandingItem.Kind.CONSTRUCTION_LEFTOVER),
                        v.text(0, "door frame")));
                case SETTLE_OUTSTANDING_ITEM -> desk.property().settleOutstandingItem(
                        new SettleOutstandingItem(v.id(0, "O-1"), v.id(1, "L-1")));
                case CHANGE_PAYMENT_STATUS -> desk.property().changePaymentStatus(new ChangePaymentStatus(v.id(0, "O-1"),
                        v.pick(PaymentStatus.values(), 0, PaymentStatus.IN_ARREARS)));
                case SIGN_CONTRACT -> desk.property().signContract(new SignContract(v.id(0, "U-2"), buyers(v), v.date(today)));
                case HAND_OVER -> desk.handOver(new HandOverUnit(v.id(0, "U-1"), v.date(today), CLERK));
                case TRANSFER -> desk.property().transfer(new TransferOwnership(v.id(0, "U-1"), buyers(v), v.date(today)));
                case REPORT_REPAIR -> desk.reportRepair(new ReportRepair(location(v), reporter(v),
                        v.pick(Channel.builtIns().toArray(Channel[]::new), 1, Channel.HOTLINE), v.pick(Urgency.values(), 2, Urgency.NORMAL),
                        DepartmentId.of("service"), v.text(0, "leaking tap")), CLERK);
                case LODGE_COMPLAINT -> desk.lodgeComplaint(new LodgeComplaint(location(v), reporter(v),
                        v.pick(Channel.builtIns().toArray(Channel[]::new), 1, Channel.HOTLINE), v.pick(Severity.values(), 2, Severity.GENERAL),
                        DepartmentId.of("service"), v.text(0, "noise at night")), CLERK);
                case ASK_QUESTION -> desk.askQuestion(new AskQuestion(location(v), reporter(v),
                        v.pick(Channel.builtIns().toArray(Channel[]::new), 1, Channel.HOTLINE), DepartmentId.of("service"), v.text(0, "when?")), CLERK);
                case GIVE_FEEDBACK -> desk.tickets().giveFeedback(new GiveFeedback(
                        v.pick(GiveFeedback.Feedback.values(), 2, GiveFeedback.Feedback.PRAISE), location(v), reporter(v),
                        v.pick(Channel.builtIns().toArray(Channel[]::new), 1, Channel.HOTLINE), DepartmentId.of("service"), v.text(0, "thanks")), CLERK);
                case FORWARD -> desk.tickets().forward(new ForwardTicket(ticket, DepartmentId.of("cs")), CLERK);
                case CLASSIFY -> desk.tickets().classify(new ClassifyTicket(ticket,
                        v.pick(Validity.values(), 0, Validity.VALID), v.text(0, null)), CLERK);
                case ASSIGN -> desk.tickets().assign(new AssignTicket(ticket, DepartmentId.of("engineering"),
                        v.id(0, "S-2")), CLERK);
                case CONTACT_OWNER -> desk.tickets().contactOwner(new ContactOwner(ticket, v.text(0, null)), CLERK);
                case AGREE_VISIT -> desk.tickets().agreeVisit(new AgreeVisit(ticket, v.instant(later)), CLERK);
                case AGREE_PLAN -> desk.tickets().agreePlan(new AgreePlan(ticket, v.text(0, "replace it")), CLERK);
                case START_WORK -> desk.tickets().startWork(ticket, CLERK);
                case AGREE_NEW_TIME -> desk.tickets().agreeNewTime(new AgreeNewTime(ticket, v.instant(later),
                        v.text(0, "parts on order")), CLERK);
                case START_WAITING -> desk.tickets().startWaiting(new StartWaiting(ticket,
                        v.pick(WaitingReason.values(), 0, WaitingReason.FOR_OWNER), v.text(0, null)), CLERK);
                case RESUME -> desk.tickets().resume(ticket, CLERK);
                case RETURN_RESULT -> desk.tickets().returnResult(new ReturnResult(ticket, v.text(0, "fixed")), CLERK);
                case INFORM_OWNER -> desk.tickets().informOwner(new InformOwner(ticket, v.text(0, null)), CLERK);
                case ANSWER_AT_ONCE -> desk.tickets().answerAtOnce(new AnswerAtOnce(ticket, v.text(0, "Mondays")), CLERK);
                case CONFIRM_CLOSURE -> desk.tickets().confirmClosure(ticket, CLERK);
                case REJECT_CLOSURE -> desk.tickets().rejectClosure(new RejectClosure(ticket, v.text(0, "still leaks")), CLERK);
                case RECORD_CALLBACK -> desk.tickets().recordCallback(new RecordCallback(ticket,
                        v.pick(CallbackMethod.values(), 0, CallbackMethod.PHONE), v.integer(0, 5), v.text(0, null)), CLERK);
                case RECORD_CALLBACK_ATTEMPT -> desk.tickets().take(new RecordCallbackAttempt(ticket,
                        v.pick(CallbackMethod.values(), 0, CallbackMethod.PHONE), v.text(0, "no answer")), CLERK);
                case CALLBACK_UNREACHABLE -> desk.tickets().take(new MarkCallbackUnreachable(ticket, v.text(0, null)), CLERK);
                case CALLBACK_DECLINED -> desk.tickets().take(new RecordCallbackDeclined(ticket,
                        v.pick(CallbackMethod.values(), 0, CallbackMethod.PHONE), v.text(0, null)), CLERK);
                case AGREE_ANSWER_TIME -> desk.tickets().take(new AgreeAnswerTime(ticket, v.instant(later),
                        v.text(0, null)), CLERK);
                case CLOSE -> desk.tickets().close(ticket, CLERK);
                case REOPEN -> desk.tickets().reopen(new ReopenTicket(ticket, v.text(0, "leaks again")), CLERK);
                case RE_EVALUATE -> desk.commitments().reEvaluate(commitment(ticket, v), CLERK);
                case RE_EVALUATE_TICKET -> desk.commitments().reEvaluateTicket(ticket, CLERK);
                // a null id is a programming error, refused with the documented NullPointerException
                case RECOMPUTE_CALENDAR -> desk.commitments().recomputeCalendar(Objects.requireNonNullElse(v.text(0, "cn"), "cn"));
                case SWEEP -> desk.sweep();
                case TICKETS_REPORTED_BETWEEN -> desk.tickets().ticketsReportedBetween(min(v), max(v), PageRequest.first(10));
                case COMMITMENTS_DUE_BETWEEN -> desk.commitments().find(CommitmentQuery.due(min(v), max(v)),
                        PageRequest.first(10));
            }
        }

        /** The setup's ticket whose state takes the step: 0 received, 1 owner contacted, 2 result returned, 3 explained. */
        private static int stateFor(Kind kind) {
            return switch (kind) {
                case FORWARD, CLASSIFY, ANSWER_AT_ONCE -> 0;
                case INFORM_OWNER, RECORD_CALLBACK, RECORD_CALLBACK_ATTEMPT, CALLBACK_UNREACHABLE, CALLBACK_DECLINED,
                        CLOSE -> 2;
                case CONFIRM_CLOSURE, REJECT_CLOSURE, REOPEN -> 3;
                default -> 1;
            };
        }

        private CommitmentId commitment(TicketId ticket, Values v) {
            List<Commitment> of = desk.commitmentsOf(ticket);
            return of.isEmpty() ? CommitmentId.of("C-unknown") : of.get(Math.floorMod(v.pick(), of.size())).id();
        }

        /** The earlier of the hostile instant and now: a query's start (a reversed period is refused, as documented). */
        private static Instant min(Values v) {
            Instant t = v.instant(Instant.MIN);
            return t == null || t.isAfter(NOW) ? NOW : t;
        }

        private static Instant max(Values v) {
            Instant t = v.instant(Instant.MAX);
            return t == null || t.isBefore(NOW) ? NOW : t;
        }

        private static List<String> phones(Values v) {
            return Arrays.asList(v.text(3, "13912345678"), v.id(2, "02161234567"));
        }

        private static List<Buyer> buyers(Values v) {
            return Arrays.asList(new Buyer(v.id(1, "O-2"), v.text(1, null)));
        }

        private static TicketLocation location(Values v) {
            return switch (v.hostileChoice() ? Math.floorMod(v.pick(), 4) : 0) {
                case 0 -> TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1"));
                case 1 -> TicketLocation.ofUnit(UnitId.of("U-2"));
                case 2 -> TicketLocation.ofUnit(UnitId.of("U-9"), BuildingId.of("B-1"), EstateId.of("E-1"));
                default -> null;
            };
        }

        private static Reporter reporter(Values v) {
            return switch (v.hostileChoice() ? Math.floorMod(v.pick() / 4, 4) : 1) {
                case 0 -> Reporter.byOwner(OwnerId.of("O-9"));
                case 1 -> Reporter.byContact(ContactPerson.of(v.text(1, "Li Lei"), v.text(2, "13912345678")));
                case 2 -> Reporter.byStaff("S-9");
                default -> null;
            };
        }

        @Override
        public void close() {
            desk.close();
        }
    }
}
