package dev.aftersales.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatutoryCatalogueTest {

    private final StatutoryCatalogue catalogue = StatutoryCatalogue.builtIn();

    private void assertEntry(String key, WarrantyPeriod owner, WarrantyPeriod contractor) {
        StatutoryTerm t = catalogue.get(key);
        assertEquals(owner, t.ownerMinimum(), key + " owner's minimum");
        assertEquals(contractor, t.contractorMinimum(), key + " contractor's minimum");
        assertEquals("WA-5", t.rule());
    }

    @Test
    @DisplayName("WA-5 the built-in catalogue lists the twelve components with the owner's and the contractor's minimums")
    void builtInEntries() {
        assertEquals(12, catalogue.terms().size());
        assertEntry("foundation-structure", WarrantyPeriod.designServiceLife(), WarrantyPeriod.designServiceLife());
        assertEntry("roof-waterproofing", WarrantyPeriod.years(3), WarrantyPeriod.years(5));
        assertEntry("waterproofed-leaks", WarrantyPeriod.years(1), WarrantyPeriod.years(5));
        assertEntry("pipe-leaks", WarrantyPeriod.years(1), WarrantyPeriod.years(2));
        assertEntry("plaster", WarrantyPeriod.years(1), WarrantyPeriod.years(2));
        assertEntry("floors", WarrantyPeriod.years(1), WarrantyPeriod.years(2));
        assertEntry("doors-windows", WarrantyPeriod.years(1), WarrantyPeriod.years(2));
        assertEntry("blocked-pipes", WarrantyPeriod.months(2), WarrantyPeriod.years(2));
        assertEntry("heating-cooling", WarrantyPeriod.seasons(1), WarrantyPeriod.seasons(2));
        assertEntry("sanitary-ware", WarrantyPeriod.years(1), WarrantyPeriod.years(2));
        assertEntry("lamps-switches", WarrantyPeriod.months(6), WarrantyPeriod.years(2));
        assertEntry("other", WarrantyPeriod.agreed(), WarrantyPeriod.agreed());
        assertEquals("屋面防水", catalogue.get("roof-waterproofing").component().nameZh());
    }

    @Test
    @DisplayName("WA-5 periods parse from 3y, 6m, 1season, 2seasons, design-life and agreed, and print back")
    void periodNotation() {
        for (String s : List.of("3y", "6m", "1season", "2seasons", "design-life", "agreed", "18m")) {
            assertEquals(s, WarrantyPeriod.parse(s).toString());
        }
        assertEquals(WarrantyPeriod.months(24), WarrantyPeriod.parse("24m"));
        assertThrows(IllegalArgumentException.class, () -> WarrantyPeriod.parse("3 years"));
        assertThrows(IllegalArgumentException.class, () -> WarrantyPeriod.parse("0m"));
    }

    private static WarrantyCatalogueFormatException parseError(String text) {
        return assertThrows(WarrantyCatalogueFormatException.class, () -> StatutoryCatalogue.parse("my.txt", text));
    }

    @Test
    @DisplayName("WA-5 a malformed catalogue line is refused naming the source and the line")
    void parseErrors() {
        String ok = "roof | 3y | 5y | WA-5 | Roof | 屋面\n";
        assertEquals(1, StatutoryCatalogue.parse("my.txt", "# comment\n\n" + ok).terms().size());

        WarrantyCatalogueFormatException fields = parseError("# c\n" + ok + "pipes | 1y | 2y | WA-5 | Pipes\n");
        assertEquals(3, fields.line());
        assertEquals("my.txt:3: expected 6 fields separated by '|', got 5", fields.getMessage());

        WarrantyCatalogueFormatException period = parseError(ok + "pipes | 1 year | 2y | WA-5 | Pipes | 管道\n");
        assertEquals(2, period.line());
        assertTrue(period.getMessage().startsWith("my.txt:2: period:"), period.getMessage());

        assertEquals("my.txt:2: component roof is listed twice", parseError(ok + ok).getMessage());
        assertTrue(parseError("Roof | 3y | 5y | WA-5 | Roof | 屋面").getMessage().startsWith("my.txt:1: key:"));
        assertTrue(parseError("roof | 3y | 5y | SL-1 | Roof | 屋面").getMessage().startsWith("my.txt:1: rule:"));
        assertTrue(parseError("roof | 3y | 5y | WA-5 |  | 屋面").getMessage().startsWith("my.txt:1: names"));
    }
}
