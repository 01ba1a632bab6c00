package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules SL-14 and SL-16: adding next year's official holidays (here the test year of
 * {@link TestYear2027}) extends the coverage of the official data in one call, in code, in the
 * text format and from holiday-cn JSON; deadlines over New Year's Day 2027 move.
 */
class NextYearTest {

    private static final DateCoverage TO_2027 = DateCoverage.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31));

    private final BusinessCalendar office = BusinessCalendars.chinaOffice();

    private static void assertNewYear2027Off(BusinessCalendar c) {
        assertEquals(sh("2027-01-04T10:00"), c.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)),
                "Friday 2027-01-01 is 元旦: the deadline moves to Monday");
        assertEquals(sh("2027-01-04T18:00"), c.plusWorkingDays(sh("2026-12-31T10:00"), 1));
        assertEquals(sh("2027-01-09T18:00"), c.plusWorkingDays(sh("2027-01-08T10:00"), 1), "the make-up Saturday");
        WorkingTimeExplanation e = c.explainPlus(sh("2026-12-31T17:00"), Duration.ofHours(2));
        assertFalse(e.outsideCoverage(), "2027-01-01 is covered now");
        assertTrue(e.skipped().stream().anyMatch(s -> s.reason() == NonWorkingReason.PUBLIC_HOLIDAY
                && s.name().equals("元旦")), e.skipped().toString());
    }

    @Test
    @DisplayName("SL-16 before the year is added, New Year's Day 2027 is a plain Friday and flagged")
    void sl16_withoutTheYear() {
        assertEquals(sh("2027-01-01T10:00"), office.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), office.coveredUntil(LocalDate.of(2026, 12, 4)));
    }

    @Test
    @DisplayName("SL-16 chinaOffice(year) adds a year: coverage 2020..2027 and deadlines over New Year's Day 2027 move")
    void sl16_chinaOfficeWithYear() {
        BusinessCalendar c = BusinessCalendars.chinaOffice(TestYear2027.plain());
        assertEquals(TO_2027, c.coverage());
        assertNewYear2027Off(c);
        assertNewYear2027Off(c.withStrict(true));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), c.coveredUntil(LocalDate.of(2026, 12, 4)));
        assertEquals(List.of(ChinaPublicHolidays.ID), c.overrideLayers().stream().map(DayOverrides::id).toList(),
                "the year is folded into the official layer");
        assertEquals(office, BusinessCalendars.chinaOffice(), "no years: the shipped calendar");
    }

    @Test
    @DisplayName("SL-16 withOverrides of a year that extends the official layer extends its coverage")
    void sl16_withOverridesOfExtension() {
        BusinessCalendar c = office.withOverrides(TestYear2027.extension());
        assertEquals(TO_2027, c.coverage());
        assertNewYear2027Off(c);
        assertEquals(BusinessCalendars.chinaOffice(TestYear2027.plain()), c, "one calendar, however the year is added");
        assertEquals(c, office.withOverrides(TestYear2027.fromText()).withOverrides(TestYear2027.fromText()),
                "adding the year twice changes nothing more");
    }

    @Test
    @DisplayName("SL-16 the same year loaded from the text format or from holiday-cn JSON gives the same deadlines")
    void sl16_loadedYears() {
        BusinessCalendar fromText = office.withOverrides(TestYear2027.fromText());
        BusinessCalendar fromJson = office.withOverrides(TestYear2027.fromJson());
        assertEquals(TO_2027, fromText.coverage());
        assertEquals(TO_2027, fromJson.coverage());
        assertNewYear2027Off(fromText);
        assertNewYear2027Off(fromJson);
        assertEquals(fromText.hoursOn(TestYear2027.MAKE_UP), fromJson.hoursOn(TestYear2027.MAKE_UP));
        DayOverrides year = TestYear2027.fromText();
        assertEquals(year, CalendarFormat.parseOverrides("again", new StringReader(CalendarFormat.format(year))),
                "an extension written out and read back, 'extends' line included");
    }

    @Test
    @DisplayName("SL-16 a year added as an ordinary layer no longer ends with coverage of no dates: it is refused, naming the fix")
    void sl16_plainYearLayerRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> office.withOverrides(TestYear2027.plain()));
        assertTrue(e.getMessage().contains("would cover no date") && e.getMessage().contains("extends cn-public-holidays"),
                e.getMessage());
    }

    @Test
    @DisplayName("SL-16 an estate's closures do not shrink the coverage, before or after the year is added, and still win")
    void sl16_closuresDoNotShrink() {
        LocalDate closed = LocalDate.of(2027, 1, 9);
        DayOverrides closures = DayOverrides.builder("estate-7-closures")
                .closures(closed, closed, "Boiler maintenance").build();
        BusinessCalendar before = office.withOverrides(closures).withOverrides(TestYear2027.extension());
        BusinessCalendar after = BusinessCalendars.chinaOffice(TestYear2027.plain()).withOverrides(closures);
        assertEquals(TO_2027, before.coverage());
        assertEquals(TO_2027, after.coverage());
        assertEquals(after, before, "the year joins the official layer, under the estate's");
        assertEquals(WorkingHours.NONE, before.hoursOn(closed), "the estate's closure wins over the make-up day");
        assertEquals(List.of(ChinaPublicHolidays.ID, "estate-7-closures"),
                before.overrideLayers().stream().map(DayOverrides::id).toList());
    }

    @Test
    @DisplayName("SL-16 a calendar file adds the year with 'extends'; without it the file fails on the layer's line")
    void sl16_textFormatIncludeAndLayer() {
        String head = """
                calendar estate-7
                zone Asia/Shanghai
                hours MON-FRI 09:00-12:00 13:30-18:00
                include cn-public-holidays
                layer cn-public-holidays-2027
                """;
        String body = """
                covers 2027-01-01 2027-12-31
                holiday 2027-01-01 元旦
                """;
        BusinessCalendar c = CalendarFormat.parseCalendar("estate-7.cal", head + "extends cn-public-holidays\n" + body);
        assertEquals(TO_2027, c.coverage());
        assertEquals(sh("2027-01-04T10:00"), c.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)));
        assertEquals(c, CalendarFormat.parseCalendar("again", CalendarFormat.format(c)), "written out and read back");

        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> CalendarFormat.parseCalendar("estate-7.cal", head + body));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.problem().contains("'extends cn-public-holidays'"), e.getMessage());
    }

    @Test
    @DisplayName("SL-16 an extension needs its coverage and the layer it extends")
    void sl16_extensionRefusals() {
        assertThrows(IllegalArgumentException.class, () -> DayOverrides.builder("y").extendsLayer("cn-public-holidays")
                .holidays(TestYear2027.NEW_YEAR, TestYear2027.NEW_YEAR, "元旦").build(), "no coverage");
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.hotline()
                .withOverrides(TestYear2027.extension()), "the hotline has no official layer");
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.chinaOffice(
                TestYear2027.plain().withExtendsLayer("estate-7")), "a year of another layer");
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> CalendarFormat.parseOverrides(
                "y.txt", new StringReader("overrides y\nextends cn-public-holidays\nholiday 2027-01-01 元旦\n")));
        assertEquals(2, e.line(), e.getMessage());
        CalendarFormatException missing = assertThrows(CalendarFormatException.class, () -> CalendarFormat.parseCalendar(
                "h.cal", "calendar h\nzone UTC\nhours DAILY 09:00-17:00\n" + TestYear2027.TEXT.replace("overrides", "layer")));
        assertEquals(7, missing.line(), missing.getMessage());
    }

    @Test
    @DisplayName("SL-16 a newer year governs the dates it covers: a corrected year replaces the old one")
    void sl16_correctedYear() {
        DayOverrides corrected = DayOverrides.builder("cn-public-holidays-2026-corrected")
                .covers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), "元旦").build();
        DayOverrides official = ChinaPublicHolidays.allWith(corrected);
        assertEquals(ChinaPublicHolidays.all().coverage(), official.coverage());
        assertEquals(2, official.entries(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
        assertEquals(ChinaPublicHolidays.all().entries(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                official.entries(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "other years stay");
        assertEquals(ChinaPublicHolidays.ID, official.id());
    }
}
