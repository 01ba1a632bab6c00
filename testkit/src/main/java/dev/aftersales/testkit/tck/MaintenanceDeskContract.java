package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.warranty.AgreedComponent;
import dev.aftersales.warranty.Component;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskException;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.NoTermForPlanException;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantySettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Maintenance plans through a desk over the store (rule WA-3): dated tasks generated per unit
 * from its handover and per building from its completion acceptance, while the term runs;
 * generating again, also from two threads at once, stores one set; a completion is recorded once;
 * the overdue tasks are listed by due date, then target; a plan without a term is refused. Part
 * of {@link StoreContract}; a store without maintenance plans skips these tests, with the reason.
 */
public abstract class MaintenanceDeskContract {

    private static final EstateId ESTATE = EstateId.of("E-1");
    private static final MaintenancePlanId WINDOWS = MaintenancePlanId.of(ESTATE, "doors-windows", MaintenanceScope.UNIT);
    private static final MaintenancePlanId FIRE_DOORS = MaintenancePlanId.of(ESTATE, "fire-doors",
            MaintenanceScope.BUILDING);
    private static final Actor STAFF = Actor.staff("S-1");
    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    private AfterSalesStore store;
    private TestClock clock;
    private AfterSales desk;

    /** Creates the contract; for subclasses. */
    protected MaintenanceDeskContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    /** Opens a fresh store and a desk with an estate: units U-1, U-2 handed over, U-3 not; buildings B-1, B-2. */
    @BeforeEach
    void openDesk() {
        store = newStore();
        try {
            store.maintenance();
            store.warrantySettings();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no maintenance plans (" + e.repository() + ")");
        }
        clock = TestClock.at("2024-04-01T02:00:00Z", ZoneId.of("Asia/Shanghai"));
        desk = AfterSales.builder().store(store).clock(clock).build();
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().registerEstate(new RegisterEstate("E-2", "Hill View"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-2", "Building 2"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.property().addUnit(AddUnit.usable("B-2", "U-2", "201", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.property().addUnit(AddUnit.usable("B-2", "U-3", "202", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        handOver("U-1", LocalDate.of(2024, 1, 31));
        handOver("U-2", LocalDate.of(2024, 3, 15));
        desk.warranty().saveSettings(WarrantySettings.forEstate(ESTATE, LocalDate.of(2023, 1, 31))
                .withBuildingAcceptance(BuildingId.of("B-2"), LocalDate.of(2023, 6, 30))
                .withOwnComponent(new AgreedComponent(Component.of("fire-doors", "Fire doors", "防火门"),
                        WarrantyPeriod.years(3))));
    }

    /** Closes the desk. */
    @AfterEach
    void closeDesk() {
        if (desk != null) {
            desk.close();
        }
    }

    private void handOver(String unit, LocalDate on) {
        desk.property().signContract(new SignContract(unit, List.of(Buyer.of("O-1")), LocalDate.of(2023, 12, 1)));
        desk.handOver(new HandOverUnit(unit, on, STAFF));
    }

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private List<LocalDate> dueDatesOf(MaintenancePlanId plan, String target) {
        return desk.maintenance().tasksOf(plan).stream().filter(t -> t.id().target().equals(target))
                .map(t -> t.id().due()).toList();
    }

    @Test
    @DisplayName("WA-3 a monthly plan of a unit handed over on Jan 31: due Feb 29, Mar 31 ... counted from the start; none on the term end")
    void unitTasksFromHandover() {
        desk.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 1, "inspect-hardware"));
        assertEquals(26, desk.maintenance().generateTasks(ESTATE, FAR));
        // term end 2025-01-31 (one year from handover, two from acceptance): the task due on it is not generated
        assertEquals(dates("2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31",
                "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31"), dueDatesOf(WINDOWS, "U-1"));
        // in B-2, handed over 2024-03-15: the contractor's two years from B-2's acceptance end 2025-06-30,
        // after the owner's year (2025-03-15)
        assertEquals(dates("2024-04-15", "2024-05-15", "2024-06-15", "2024-07-15", "2024-08-15", "2024-09-15",
                "2024-10-15", "2024-11-15", "2024-12-15", "2025-01-15", "2025-02-15", "2025-03-15", "2025-04-15",
                "2025-05-15", "2025-06-15"), dueDatesOf(WINDOWS, "U-2"));
        assertEquals(List.of(), dueDatesOf(WINDOWS, "U-3"), "not handed over: no tasks");
        assertEquals(0, desk.maintenance().generateTasks(ESTATE, FAR), "generating again adds nothing");
    }

    @Test
    @DisplayName("WA-3 a building plan counts from each building's completion acceptance until the term from it ends")
    void buildingTasksFromAcceptance() {
        desk.maintenance().savePlan(MaintenancePlan.of(FIRE_DOORS, 6, "test-closers"));
        desk.maintenance().generateTasks(ESTATE, FAR);
        assertEquals(dates("2023-07-31", "2024-01-31", "2024-07-31", "2025-01-31", "2025-07-31"),
                dueDatesOf(FIRE_DOORS, "B-1"));
        assertEquals(dates("2023-12-30", "2024-06-30", "2024-12-30", "2025-06-30", "2025-12-30"),
                dueDatesOf(FIRE_DOORS, "B-2"));
    }

    @Test
    @DisplayName("WA-3 tasks are generated up to a horizon (exclusive), then on; a completion is recorded once; overdue are listed in order")
    void horizonCompletionAndOverdue() {
        desk.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 1, "inspect-hardware"));
        desk.maintenance().savePlan(MaintenancePlan.of(FIRE_DOORS, 6, "test-closers"));
        assertEquals(6, desk.maintenance().generateTasks(ESTATE, LocalDate.of(2024, 4, 30)));
        assertEquals(dates("2024-02-29", "2024-03-31"), dueDatesOf(WINDOWS, "U-1"));
        assertEquals(30, desk.maintenance().generateTasks(ESTATE, FAR));

        MaintenanceTaskId march = MaintenanceTaskId.ofUnit(WINDOWS, UnitId.of("U-1"), LocalDate.of(2024, 3, 31));
        MaintenanceTask done = desk.maintenance().complete(march, STAFF);
        assertEquals(MaintenanceTask.Status.DONE, done.status());
        assertEquals(clock.instant(), done.doneAt());
        assertEquals(STAFF, done.doneBy());
        MaintenanceTaskException twice = assertThrows(MaintenanceTaskException.class,
                () -> desk.maintenance().complete(march, Actor.staff("S-2")));
        assertEquals(MaintenanceTaskException.Reason.ALREADY_DONE, twice.reason());
        assertTrue(twice.getMessage().contains(march.text()), twice.getMessage());
        assertTrue(twice.message(Locale.CHINA).contains(march.text()) && twice.message(Locale.CHINA).contains("已完成"));
        assertEquals(Optional.of(done), store.maintenance().findTask(march), "the refusal wrote nothing");
        MaintenanceTaskException unknown = assertThrows(MaintenanceTaskException.class, () -> desk.maintenance()
                .complete(MaintenanceTaskId.ofUnit(WINDOWS, UnitId.of("U-1"), LocalDate.of(2024, 3, 30)), STAFF));
        assertEquals(MaintenanceTaskException.Reason.NOT_FOUND, unknown.reason());

        assertEquals(List.of("E-1/fire-doors/BUILDING/B-1/2023-07-31", "E-1/fire-doors/BUILDING/B-2/2023-12-30",
                        "E-1/fire-doors/BUILDING/B-1/2024-01-31", "E-1/doors-windows/UNIT/U-1/2024-02-29",
                        "E-1/doors-windows/UNIT/U-2/2024-04-15", "E-1/doors-windows/UNIT/U-1/2024-04-30"),
                desk.maintenance().overdue(ESTATE, LocalDate.of(2024, 5, 1)).stream().map(MaintenanceTask::idText).toList());
    }

    @Test
    @DisplayName("WA-3 a plan for a component without a term, or needing a missing setting, is refused in English and Chinese")
    void planWithoutTermIsRefused() {
        NoTermForPlanException other = assertThrows(NoTermForPlanException.class, () -> desk.maintenance()
                .savePlan(MaintenancePlan.of(MaintenancePlanId.of(ESTATE, "other", MaintenanceScope.UNIT), 6, "inspect")));
        assertEquals(Optional.empty(), other.missingSetting());
        assertTrue(other.getMessage().contains("other") && other.getMessage().contains("WA-3"), other.getMessage());
        assertTrue(other.message(Locale.CHINA).contains("保修期"), other.message(Locale.CHINA));
        assertThrows(NoTermForPlanException.class, () -> desk.maintenance()
                .savePlan(MaintenancePlan.of(MaintenancePlanId.of(ESTATE, "lift", MaintenanceScope.BUILDING), 6, "inspect")));
        NoTermForPlanException seasons = assertThrows(NoTermForPlanException.class, () -> desk.maintenance().savePlan(
                MaintenancePlan.of(MaintenancePlanId.of(ESTATE, "heating-cooling", MaintenanceScope.UNIT), 6, "inspect")));
        assertEquals(Optional.of("heatingSeason"), seasons.missingSetting());
        NoTermForPlanException noSettings = assertThrows(NoTermForPlanException.class, () -> desk.maintenance().savePlan(
                MaintenancePlan.of(MaintenancePlanId.of(EstateId.of("E-2"), "plaster", MaintenanceScope.UNIT), 6, "inspect")));
        assertEquals(Optional.of("warrantySettings"), noSettings.missingSetting());
        assertEquals(List.of(), desk.maintenance().plansOf(ESTATE));
        assertEquals(List.of(), desk.maintenance().plansOf(EstateId.of("E-2")));
    }

    @Test
    @DisplayName("WA-3 two threads generating the same tasks at once store one set")
    void concurrentGenerationStoresOneSet() throws Exception {
        desk.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 1, "inspect-hardware"));
        desk.maintenance().savePlan(MaintenancePlan.of(FIRE_DOORS, 6, "test-closers"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return desk.maintenance().generateTasks(ESTATE, FAR);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return desk.maintenance().generateTasks(ESTATE, FAR);
                    }));
            start.countDown();
            int inserted = 0;
            for (Future<Integer> run : runs) {
                inserted += run.get(60, TimeUnit.SECONDS);
            }
            assertEquals(36, inserted, "every task inserted by exactly one of the two");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(26, desk.maintenance().tasksOf(WINDOWS).size());
        assertEquals(10, desk.maintenance().tasksOf(FIRE_DOORS).size());
        assertEquals(0, desk.maintenance().generateTasks(ESTATE, FAR));
    }
}
