package dev.aftersales.warranty;

import static dev.aftersales.warranty.Fixtures.B1;
import static dev.aftersales.warranty.Fixtures.B2;
import static dev.aftersales.warranty.Fixtures.CATALOGUE;
import static dev.aftersales.warranty.Fixtures.ESTATE;
import static dev.aftersales.warranty.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.property.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule WA-3 by hand: due dates from the start, within the term, and the plans an estate can give a term for. */
class MaintenanceScheduleTest {

    private final MaintenanceSchedule schedule = new MaintenanceSchedule(new WarrantyTerms(CATALOGUE));

    private static MaintenancePlan plan(String component, MaintenanceScope scope) {
        return MaintenancePlan.of(MaintenancePlanId.of(ESTATE, component, scope), 6, "inspect");
    }

    @Test
    @DisplayName("WA-3 monthly from Jan 31: Feb 29, Mar 31, Apr 30 ... each counted from the start, not from the previous date")
    void countsFromTheStartEachTime() {
        List<LocalDate> due = MaintenanceSchedule.dueDates(d("2024-01-31"), 1, d("2025-01-31"), d("2030-01-01"));
        assertEquals(List.of(d("2024-02-29"), d("2024-03-31"), d("2024-04-30"), d("2024-05-31"), d("2024-06-30"),
                d("2024-07-31"), d("2024-08-31"), d("2024-09-30"), d("2024-10-31"), d("2024-11-30"), d("2024-12-31")), due);
    }

    @Test
    @DisplayName("WA-3 a task due on the term end is not generated, one due the day before is (half-open term)")
    void termEndIsExclusive() {
        assertEquals(d("2024-12-31"), last(MaintenanceSchedule.dueDates(d("2024-01-31"), 1, d("2025-01-31"), d("2030-01-01"))));
        assertEquals(d("2025-01-31"), last(MaintenanceSchedule.dueDates(d("2024-01-31"), 1, d("2025-02-01"), d("2030-01-01"))));
        assertEquals(List.of(), MaintenanceSchedule.dueDates(d("2024-01-31"), 12, d("2025-01-31"), d("2030-01-01")));
    }

    @Test
    @DisplayName("WA-3 the horizon is exclusive too: tasks due before it only")
    void horizonIsExclusive() {
        assertEquals(List.of(d("2024-02-29")),
                MaintenanceSchedule.dueDates(d("2024-01-31"), 1, d("2025-01-31"), d("2024-03-31")));
        assertEquals(List.of(), MaintenanceSchedule.dueDates(d("2024-01-31"), 1, d("2025-01-31"), d("2024-02-29")));
    }

    @Test
    @DisplayName("WA-3 a unit's term is its WA-5 term; a building's is the contractor's term from its acceptance")
    void termEnds() {
        WarrantySettings s = Fixtures.settings("2023-01-31").withBuildingAcceptance(B2, d("2023-06-30"));
        // doors and windows: the owner's year from handover 2024-03-15 outlasts the contractor's two years
        assertEquals(Optional.of(d("2025-03-15")), schedule.unitTermEnd(s, B1, d("2024-03-15"), "doors-windows"));
        assertEquals(Optional.of(d("2025-01-31")), schedule.buildingTermEnd(s, B1, "doors-windows"));
        assertEquals(Optional.of(d("2025-06-30")), schedule.buildingTermEnd(s, B2, "doors-windows"));
        assertEquals(Optional.of(d("2028-01-31")), schedule.buildingTermEnd(s, B1, "roof-waterproofing"));
        assertEquals(Optional.empty(), schedule.buildingTermEnd(s, B1, "other"));
        WarrantySettings own = s.withOwnComponent(new AgreedComponent(Component.of("fire-doors", "Fire doors", "防火门"),
                WarrantyPeriod.years(3)));
        assertEquals(Optional.of(d("2026-06-30")), schedule.buildingTermEnd(own, B2, "fire-doors"));
        MissingWarrantyDataException e = assertThrows(MissingWarrantyDataException.class,
                () -> schedule.buildingTermEnd(WarrantySettings.perBuilding(ESTATE), B1, "plaster"));
        assertEquals("completionAcceptance", e.field());
    }

    @Test
    @DisplayName("WA-3 a plan is refused for an unknown component, one without a term, or one needing a missing setting")
    void requireTerm() {
        WarrantySettings s = Fixtures.settings("2023-01-31");
        schedule.requireTerm(plan("doors-windows", MaintenanceScope.UNIT), s);
        schedule.requireTerm(plan("doors-windows", MaintenanceScope.BUILDING), s);
        NoTermForPlanException other = assertThrows(NoTermForPlanException.class,
                () -> schedule.requireTerm(plan("other", MaintenanceScope.UNIT), s));
        assertEquals(Optional.empty(), other.missingSetting());
        assertEquals("maintenance plan E1/other/UNIT: estate E1 gives no warranty term for component other, and"
                + " maintenance is planned within the term (rule WA-3)", other.getMessage());
        assertTrue(other.message(Locale.CHINA).startsWith("维保计划E1/other/UNIT"), other.message(Locale.CHINA));
        assertThrows(NoTermForPlanException.class, () -> schedule.requireTerm(plan("lift", MaintenanceScope.UNIT), s));
        NoTermForPlanException life = assertThrows(NoTermForPlanException.class,
                () -> schedule.requireTerm(plan("foundation-structure", MaintenanceScope.BUILDING),
                        WarrantySettings.forEstate(ESTATE, d("2023-01-31"))));
        assertEquals(Optional.of("designServiceLifeYears"), life.missingSetting());
        assertTrue(life.message(Locale.CHINA).contains("designServiceLifeYears"));
        // acceptance per building only: the probe uses a building's date
        schedule.requireTerm(plan("plaster", MaintenanceScope.BUILDING),
                WarrantySettings.perBuilding(ESTATE).withBuildingAcceptance(B2, d("2023-06-30")));
        assertThrows(NoTermForPlanException.class,
                () -> schedule.requireTerm(plan("plaster", MaintenanceScope.BUILDING), WarrantySettings.perBuilding(ESTATE)));
    }

    @Test
    @DisplayName("WA-3 plans and tasks are keyed and validated: interval 1..120 months, a code, scope-matching targets")
    void keysAndValidation() {
        MaintenancePlanId id = MaintenancePlanId.of(ESTATE, "doors-windows", MaintenanceScope.UNIT);
        assertThrows(IllegalArgumentException.class, () -> MaintenancePlan.of(id, 0, "inspect"));
        assertThrows(IllegalArgumentException.class, () -> MaintenancePlan.of(id, 121, "inspect"));
        assertThrows(IllegalArgumentException.class, () -> MaintenancePlan.of(id, 6, "Inspect the seals"));
        assertEquals(120, MaintenancePlan.of(id, 120, "inspect").intervalMonths());
        assertThrows(IllegalArgumentException.class, () -> MaintenancePlanId.of(ESTATE, "Doors", MaintenanceScope.UNIT));
        assertThrows(IllegalArgumentException.class,
                () -> MaintenanceTaskId.ofBuilding(id, B1, d("2024-02-29")));
        MaintenanceTaskId task = MaintenanceTaskId.ofUnit(id, UnitId.of("U-1"), d("2024-02-29"));
        assertEquals("E1/doors-windows/UNIT/U-1/2024-02-29", task.text());
        MaintenanceTask due = MaintenanceTask.due(task);
        assertEquals(MaintenanceTask.Status.DUE, due.status());
        assertEquals(MaintenanceTask.Status.DONE, due.withDone(Instant.EPOCH, Actor.staff("S-1")).status());
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceTask(task, Instant.EPOCH, null, 1));
        MaintenanceTaskException twice = new MaintenanceTaskException(task, MaintenanceTaskException.Reason.ALREADY_DONE);
        assertEquals("maintenance task E1/doors-windows/UNIT/U-1/2024-02-29: already done; a task is completed once"
                + " (rule WA-3)", twice.getMessage());
        assertEquals("维保任务E1/doors-windows/UNIT/U-1/2024-02-29：已完成，同一任务只能完成一次（规则 WA-3）",
                twice.message(Locale.SIMPLIFIED_CHINESE));
    }

    private static LocalDate last(List<LocalDate> dates) {
        return dates.get(dates.size() - 1);
    }
}
