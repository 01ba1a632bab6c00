package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.TransferOwnership;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.WarrantyReminderDue;
import dev.aftersales.warranty.WarrantySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WarrantyReminderRepository} and of the desk's reminder sweep (rule WA-4):
 * a unit's reminders are scheduled with its terms, due at the start of the local date one month
 * (or the desk's lead) before each term ends; a sweep fires each exactly once per unit, component
 * and term end, stamped with the instant it was due also after downtime; several desks sweeping
 * one store at once fire each once; an event a listener refused is delivered again after the
 * lease. Part of {@link StoreContract}; a store whose {@code warrantyReminders()} throws
 * {@link UnsupportedRepositoryException} skips these tests, with the reason.
 */
public abstract class WarrantyReminderContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EstateId ESTATE = EstateId.of("E-1");
    private static final UnitId U1 = UnitId.of("U-1");
    private static final LocalDate HANDOVER = LocalDate.of(2025, 6, 16);
    private static final Actor STAFF = Actor.staff("S-1");
    private static final int RACERS = 4;

    /** The store under test, fresh and empty before every test. */
    protected AfterSalesStore store;

    /** Creates the contract; for subclasses. */
    protected WarrantyReminderContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    /** Opens a fresh store for the next test. */
    @BeforeEach
    void openFreshStore() {
        store = newStore();
        try {
            store.warrantyReminders();
            store.warrantyTerms();
            store.warrantySettings();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no warranty reminders (" + e.repository() + ")");
        }
    }

    private static WarrantyReminder reminder(UnitId unit, String component, LocalDate end) {
        return WarrantyReminder.scheduled(new UnitTerm(unit, ESTATE, component, end), Period.ofMonths(1), SHANGHAI);
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("WA-4 scheduled reminders are kept exactly; scheduling again replaces the pending ones and never a fired one")
    void scheduleKeepsFiredReminders() {
        WarrantyReminder plaster = reminder(U1, "plaster", LocalDate.of(2027, 6, 16));
        WarrantyReminder roof = reminder(U1, "roof-waterproofing", LocalDate.of(2030, 6, 16));
        store.warrantyReminders().scheduleFor(U1, List.of(plaster, roof));
        assertEquals(List.of(plaster, roof), store.warrantyReminders().remindersOf(U1));

        Instant now = midnight(LocalDate.of(2027, 5, 16));
        List<WarrantyReminder> fired = store.warrantyReminders().fireDue(now, 10, false);
        assertEquals(List.of(plaster.withFired(now, false)), fired);

        WarrantyReminder roofLater = reminder(U1, "roof-waterproofing", LocalDate.of(2034, 6, 16));
        store.warrantyReminders().scheduleFor(U1, List.of(plaster, roofLater));
        assertEquals(List.of(plaster.withFired(now, false), roofLater), store.warrantyReminders().remindersOf(U1),
                "the fired plaster reminder is kept and not scheduled again; the roof's pending one moved to the new end");
        store.warrantyReminders().scheduleFor(U1, List.of());
        assertEquals(List.of(plaster.withFired(now, false)), store.warrantyReminders().remindersOf(U1));
        assertEquals(List.of(), store.warrantyReminders().remindersOf(UnitId.of("U-9")));
    }

    @Test
    @DisplayName("WA-4 reminders of another unit, fired ones or two of one component are refused, and nothing is written")
    void refusesInconsistentReminders() {
        WarrantyReminder kept = reminder(U1, "plaster", LocalDate.of(2027, 6, 16));
        store.warrantyReminders().scheduleFor(U1, List.of(kept));
        assertThrows(IllegalArgumentException.class, () -> store.warrantyReminders()
                .scheduleFor(U1, List.of(reminder(UnitId.of("U-2"), "plaster", LocalDate.of(2027, 1, 1)))));
        assertThrows(IllegalArgumentException.class, () -> store.warrantyReminders().scheduleFor(U1,
                List.of(reminder(U1, "plaster", LocalDate.of(2027, 1, 1)), reminder(U1, "plaster", LocalDate.of(2028, 1, 1)))));
        assertThrows(IllegalArgumentException.class, () -> store.warrantyReminders().scheduleFor(U1,
                List.of(kept.withFired(Instant.parse("2027-05-15T16:00:00Z"), false))));
        assertThrows(IllegalArgumentException.class, () -> store.warrantyReminders().fireDue(Instant.EPOCH, 0, false));
        assertEquals(List.of(kept), store.warrantyReminders().remindersOf(U1));
    }

    @Test
    @DisplayName("WA-4 a reminder is due at its instant, not a second before; the earliest fire first, up to the limit, each once")
    void firesDueOnesInOrderOnce() {
        WarrantyReminder a = reminder(U1, "plaster", LocalDate.of(2027, 6, 16));
        WarrantyReminder b = reminder(U1, "pipe-leaks", LocalDate.of(2027, 6, 10));
        WarrantyReminder c = reminder(UnitId.of("U-2"), "plaster", LocalDate.of(2027, 6, 10));
        store.warrantyReminders().scheduleFor(U1, List.of(a, b));
        store.warrantyReminders().scheduleFor(UnitId.of("U-2"), List.of(c));

        assertEquals(List.of(), store.warrantyReminders().fireDue(b.dueAt().minusSeconds(1), 10, false));
        Instant now = a.dueAt();
        List<WarrantyReminder> first = store.warrantyReminders().fireDue(now, 2, true);
        assertEquals(List.of(b.withFired(now, true), c.withFired(now, true)), first, "due order, then unit id");
        assertEquals(List.of(a.withFired(now, false)), store.warrantyReminders().fireDue(now, 2, false));
        assertEquals(List.of(), store.warrantyReminders().fireDue(now.plus(Duration.ofDays(3650)), 10, false));
    }

    @Test
    @DisplayName("WA-4 an undelivered reminder is listed for delivery again once its firing is old enough, until marked delivered")
    void undeliveredAreListedUntilMarked() {
        WarrantyReminder a = reminder(U1, "plaster", LocalDate.of(2027, 6, 16));
        store.warrantyReminders().scheduleFor(U1, List.of(a));
        Instant now = a.dueAt().plusSeconds(60);
        WarrantyReminder fired = store.warrantyReminders().fireDue(now, 10, false).get(0);
        assertEquals(List.of(), store.warrantyReminders().findUndelivered(now.minusSeconds(1), 10));
        assertEquals(List.of(fired), store.warrantyReminders().findUndelivered(now, 10));
        store.warrantyReminders().markDelivered(List.of(fired));
        assertEquals(List.of(), store.warrantyReminders().findUndelivered(now, 10));
        assertEquals(List.of(fired.withDelivered()), store.warrantyReminders().remindersOf(U1));
    }

    @Test
    @DisplayName("WA-4 a desk schedules reminders at handover, one month before each term ends at 00:00 in its zone, and fires each once, stamped with its due instant")
    void deskFiresEachReminderOnce() {
        TestClock clock = TestClock.at(Instant.parse("2025-06-16T02:00:00Z"), SHANGHAI);
        List<DomainEvent> heard = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(heard::add).build()) {
            estateWithUnit(desk);
            desk.warranty().saveSettings(WarrantySettings.forEstate(ESTATE, LocalDate.of(2025, 1, 10))
                    .withDesignServiceLifeYears(50));
            List<UnitTerm> terms = desk.warranty().termsOf(U1);
            assertFalse(terms.isEmpty());
            List<WarrantyReminder> scheduled = store.warrantyReminders().remindersOf(U1);
            assertEquals(terms.size(), scheduled.size(), "one reminder per term still running");
            for (UnitTerm t : terms) {
                Instant due = midnight(t.end().minusMonths(1));
                assertTrue(scheduled.stream().anyMatch(r -> r.component().equals(t.component())
                        && r.termEnd().equals(t.end()) && r.dueAt().equals(due) && r.isPending()), t.component());
            }
            heard.clear();

            WarrantyReminder first = scheduled.stream().min(Comparator.comparing(WarrantyReminder::dueAt)).orElseThrow();
            clock.set(first.dueAt().minusSeconds(1));
            assertEquals(0, desk.sweep().reminders(), "not due a second before 00:00");
            clock.set(first.dueAt());
            SweepReport onTime = desk.sweep();
            long dueThen = scheduled.stream().filter(r -> !r.dueAt().isAfter(first.dueAt())).count();
            assertEquals(dueThen, onTime.reminders());
            WarrantyReminderDue event = reminders(heard).stream()
                    .filter(e -> e.component().equals(first.component())).findFirst().orElseThrow();
            assertEquals(first.dueAt(), event.occurredAt());
            assertEquals(first.termEnd(), event.termEnd());
            assertEquals(first.eventId(), event.eventId());
            assertEquals(0, desk.sweep().reminders(), "a second sweep fires nothing");

            clock.set(midnight(HANDOVER.plusYears(60)));   // downtime: every remaining reminder was missed
            SweepReport late = desk.sweep();
            assertEquals(scheduled.size() - dueThen, late.reminders());
            assertEachOnceAtItsDueInstant(scheduled, reminders(heard));
            assertEquals(0, desk.sweep().reminders());
            assertTrue(store.warrantyReminders().remindersOf(U1).stream().noneMatch(WarrantyReminder::isPending));
        }
    }

    @Test
    @DisplayName("WA-4 new settings move a pending reminder to its term's new end; a resale changes nothing; a term already ended gets none")
    void settingsMoveRemindersResaleDoesNot() {
        TestClock clock = TestClock.at(Instant.parse("2025-06-16T02:00:00Z"), SHANGHAI);
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).warrantyReminderLead(Period.ofDays(10))
                .build()) {
            estateWithUnit(desk);
            WarrantySettings settings = desk.warranty().saveSettings(
                    WarrantySettings.forEstate(ESTATE, LocalDate.of(2025, 1, 10)).withDesignServiceLifeYears(50));
            WarrantyReminder roof = roofReminder();
            assertEquals(midnight(roof.termEnd().minusDays(10)), roof.dueAt(), "the desk's lead of 10 days");

            desk.warranty().saveSettings(settings.withGrant(StatutoryCatalogue.builtIn().get("roof-waterproofing"),
                    WarrantyPeriod.years(9)));
            WarrantyReminder moved = roofReminder();
            assertEquals(HANDOVER.plusYears(9), moved.termEnd());
            assertEquals(midnight(HANDOVER.plusYears(9).minusDays(10)), moved.dueAt());
            assertEquals(1, store.warrantyReminders().remindersOf(U1).stream()
                    .filter(r -> r.component().equals("roof-waterproofing")).count(), "the old end's reminder went");

            List<WarrantyReminder> before = store.warrantyReminders().remindersOf(U1);
            clock.advance(Duration.ofDays(30));
            desk.property().transfer(new TransferOwnership("U-1", List.of(Buyer.of("O-2")), LocalDate.of(2025, 7, 10)));
            assertEquals(before, store.warrantyReminders().remindersOf(U1), "WA-1 a resale keeps the reminders");

            clock.set(midnight(LocalDate.of(2090, 1, 1)));   // every term has ended when they are derived again
            desk.warranty().saveSettings(desk.warranty().settingsOf(ESTATE).orElseThrow().withDesignServiceLifeYears(51));
            assertEquals(List.of(), store.warrantyReminders().remindersOf(U1).stream()
                    .filter(WarrantyReminder::isPending).toList(), "no reminder of a term that has already ended");
        }
    }

    @Test
    @DisplayName("WA-4 an event a listener refused is delivered again after the lease, with the same event id")
    void refusedEventIsDeliveredAgain() {
        TestClock clock = TestClock.at(Instant.parse("2027-05-16T00:00:00Z"), SHANGHAI);
        store.warrantyReminders().scheduleFor(U1, List.of(reminder(U1, "plaster", LocalDate.of(2027, 6, 16))));
        List<String> heard = new ArrayList<>();
        boolean[] refuse = {true};
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(e -> {
            if (e instanceof WarrantyReminderDue r) {
                if (refuse[0]) {
                    throw new IllegalStateException("listener down");
                }
                heard.add(r.eventId());
            }
        }).build()) {
            Assumptions.assumeFalse(store.outbox().isPresent(), "with an outbox, delivery is the outbox's");
            assertEquals(1, LogCapture.quietly(desk::sweep).reminders());
            refuse[0] = false;
            assertEquals(0, desk.sweep().redelivered(), "not before the lease has passed");
            clock.advance(Duration.ofMinutes(3));
            assertEquals(1, desk.sweep().redelivered());
            assertEquals(List.of(reminder(U1, "plaster", LocalDate.of(2027, 6, 16)).eventId()), heard);
            assertEquals(0, desk.sweep().redelivered());
        }
    }

    @Test
    @DisplayName("WA-4 " + RACERS + " desks sweeping one store at once fire each of 120 due reminders exactly once")
    void concurrentDesksFireEachOnce() {
        List<WarrantyReminder> all = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            UnitId unit = UnitId.of("U-" + (100 + u));
            List<WarrantyReminder> two = List.of(reminder(unit, "plaster", LocalDate.of(2027, 6, 1).plusDays(u % 7)),
                    reminder(unit, "pipe-leaks", LocalDate.of(2027, 7, 1).plusDays(u % 5)));
            store.warrantyReminders().scheduleFor(unit, two);
            all.addAll(two);
        }
        Instant now = Instant.parse("2027-12-01T00:00:00Z");
        ConcurrentLinkedQueue<DomainEvent> heard = new ConcurrentLinkedQueue<>();
        List<Race.Outcome<Integer>> outcomes = Race.run(RACERS, i -> {
            try (AfterSales desk = AfterSales.builder().store(store).clock(TestClock.at(now, SHANGHAI))
                    .sweeperName("node-" + i).listener(heard::add).build()) {
                int fired = 0;
                for (int round = 0; round < 50; round++) {
                    SweepReport r = desk.sweep();
                    fired += r.reminders();
                    if (r.reminders() == 0 && r.conflicts() == 0 && r.failures() == 0) {
                        break;
                    }
                }
                return fired;
            }
        });
        int fired = 0;
        for (Race.Outcome<Integer> o : outcomes) {
            assertTrue(o.won(), () -> "a desk failed: " + o.failure());
            fired += o.result();
        }
        assertEquals(all.size(), fired, "fired once in all");
        Map<String, Long> perKey = reminders(new ArrayList<>(heard)).stream()
                .collect(Collectors.groupingBy(WarrantyReminderDue::eventId, Collectors.counting()));
        assertEquals(all.size(), perKey.size());
        assertTrue(perKey.values().stream().allMatch(n -> n == 1), "each delivered once: " + perKey);
        assertEachOnceAtItsDueInstant(all, reminders(new ArrayList<>(heard)));
    }

    private WarrantyReminder roofReminder() {
        return store.warrantyReminders().remindersOf(U1).stream()
                .filter(r -> r.component().equals("roof-waterproofing") && r.isPending()).findFirst().orElseThrow();
    }

    private static void assertEachOnceAtItsDueInstant(List<WarrantyReminder> scheduled, List<WarrantyReminderDue> events) {
        Map<String, WarrantyReminderDue> byId = events.stream()
                .collect(Collectors.toMap(WarrantyReminderDue::eventId, Function.identity()));
        assertEquals(scheduled.size(), events.size(), "one event per reminder");
        for (WarrantyReminder r : scheduled) {
            WarrantyReminderDue e = byId.get(r.eventId());
            assertEquals(r.dueAt(), e.occurredAt(), r.component());
            assertEquals(r.termEnd(), e.termEnd());
            assertEquals(r.unit(), e.unit());
        }
    }

    private static List<WarrantyReminderDue> reminders(List<DomainEvent> events) {
        return events.stream().filter(WarrantyReminderDue.class::isInstance).map(WarrantyReminderDue.class::cast).toList();
    }

    private static void estateWithUnit(AfterSales desk) {
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        for (String id : List.of("O-1", "O-2")) {
            desk.registerOwner(RegisterOwner.builder().ownerId(id).name("Wang Fang").phone("13912345678")
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                    .build());
        }
        desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
        desk.handOver(new HandOverUnit("U-1", HANDOVER, STAFF));
    }
}
