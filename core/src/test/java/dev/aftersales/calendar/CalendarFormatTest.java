package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text format of docs/calendars.md (SL-1): loading, writing, and errors naming file, line, problem. */
class CalendarFormatTest {

    /** The example of docs/calendars.md. */
    static final String EXAMPLE = """
            # Sunny Garden estate office: the official holidays, its own hours and closures
            calendar sunny-garden
            zone Asia/Shanghai
            hours MON-FRI 09:00-12:00 13:30-18:00
            hours SAT 09:00-12:00
            make-up-hours MON
            include cn-public-holidays
            layer sunny-garden-closures
            source estate notice 2025-02
            closure 2025-03-03 Boiler maintenance
            closure 2025-06-16..2025-06-17 Staff training
            special 2025-12-31 09:00-12:00 New Year's Eve
            workday 2025-03-09 like SAT Open day
            """;

    private static BusinessCalendar parse(String text) {
        return CalendarFormat.parseCalendar("test.cal", text);
    }

    private static CalendarFormatException failure(String text) {
        return assertThrows(CalendarFormatException.class, () -> parse(text));
    }

    @Test
    @DisplayName("SL-1 the documented example loads: hours, official holidays and the estate's closures")
    void sl1_documentedExample() {
        BusinessCalendar c = parse(EXAMPLE);
        assertEquals("sunny-garden", c.id());
        assertEquals(Times.SHANGHAI, c.zone());
        assertEquals(WorkingHours.parse("09:00-12:00"), c.weeklyPattern().hoursOn(DayOfWeek.SATURDAY));
        assertEquals(WorkingHours.NONE, c.weeklyPattern().hoursOn(DayOfWeek.SUNDAY));
        assertEquals(2, c.overrideLayers().size());
        assertFalse(c.isWorkingTime(sh("2025-01-29T10:00")), "春节 from the official layer");
        assertFalse(c.isWorkingTime(sh("2025-03-03T10:00")), "closure");
        assertTrue(c.isWorkingTime(sh("2025-03-09T10:00")), "open day on a Sunday with Saturday's hours");
        assertFalse(c.isWorkingTime(sh("2025-03-09T14:00")));
        assertFalse(c.isWorkingTime(sh("2025-12-31T14:00")), "special hours");
        assertEquals(DateCoverage.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)), c.coverage());
        assertEquals(new NonWorkingSpan(sh("2025-03-03T00:00"), sh("2025-03-04T00:00"), NonWorkingReason.CLOSURE,
                "Boiler maintenance"), c.nonWorkingSpans(sh("2025-03-03T00:00"), sh("2025-03-04T00:00")).get(0));
    }

    @Test
    @DisplayName("SL-1 the example in docs/calendars.md is the one tested here")
    void sl1_docsExampleIsTested() throws IOException {
        Path doc = Path.of("..", "docs", "calendars.md");
        String md = Files.readString(doc, StandardCharsets.UTF_8);
        int start = md.indexOf("```calendar\n") + "```calendar\n".length();
        assertEquals(EXAMPLE, md.substring(start, md.indexOf("```", start)));
    }

    @Test
    @DisplayName("SL-1 a calendar written out and read back is equal, version included")
    void sl1_roundTrip() {
        BusinessCalendar c = parse(EXAMPLE).withVersion("2025.1").withStrict(true);
        BusinessCalendar back = parse(CalendarFormat.format(c));
        assertEquals(c, back);
        assertEquals(c.fingerprint(), back.fingerprint());
        assertEquals("2025.1", back.version());
        assertTrue(back.strict());
    }

    @Test
    @DisplayName("SL-1 a file loads by path, and errors name the file")
    void sl1_fromFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("estate.cal");
        Files.writeString(file, EXAMPLE, StandardCharsets.UTF_8);
        assertEquals(parse(EXAMPLE), CalendarFormat.parseCalendar(file));
        Files.writeString(file, "calendar x\nzone Asia/Shanghai\nhours MON 09:00-12:00 11:00-13:00\n");
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> CalendarFormat.parseCalendar(file));
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
    }

    @Test
    @DisplayName("SL-1 overlapping periods are refused with source, line and both periods")
    void sl1_overlappingPeriods() {
        CalendarFormatException e = failure("calendar x\nzone UTC\n\nhours MON 09:00-12:00 11:00-13:00\n");
        assertEquals("test.cal", e.source());
        assertEquals(4, e.line());
        assertEquals("working periods 09:00-12:00 and 11:00-13:00 overlap", e.problem());
        assertEquals("test.cal:4: working periods 09:00-12:00 and 11:00-13:00 overlap", e.getMessage());
    }

    @Test
    @DisplayName("SL-1 a date both off and worked is refused, naming both lines")
    void sl1_dateBothOffAndWorked() {
        CalendarFormatException e = failure("""
                calendar x
                zone UTC
                hours MON-FRI 09:00-17:00
                holiday 2025-01-28..2025-02-04 春节
                workday 2025-02-01 春节
                """);
        assertEquals(5, e.line());
        assertEquals("2025-02-01 already has an exception on line 4 (holiday 春节); it cannot also be a make-up working day",
                e.problem());
    }

    @Test
    @DisplayName("SL-1 malformed lines are refused with their line and problem")
    void sl1_malformedLines() {
        String head = "calendar x\nzone UTC\nhours MON 09:00-17:00\n";
        assertEquals("unknown statement 'hollyday'", failure(head + "hollyday 2025-01-01 元旦\n").problem());
        assertEquals(4, failure(head + "hollyday 2025-01-01 元旦\n").line());
        assertTrue(failure(head + "holiday 2025-13-01 元旦\n").problem().startsWith("not a date"));
        assertTrue(failure(head + "holiday 2025-01-01\n").problem().startsWith("'holiday' takes a date"));
        assertTrue(failure(head + "special 2025-01-01 9:00-12:00\n").problem().startsWith("'special' needs"));
        assertTrue(failure("calendar x\nzone UTC\nhours MON 09:00-25:00\n").problem().startsWith("not a valid time"));
        assertTrue(failure("calendar x\nzone UTC\nhours MON 12:00-09:00\n").problem()
                .startsWith("a working period must start before it ends"));
        assertEquals("not a weekday: 'MOM' (MON, TUE, WED, THU, FRI, SAT, SUN)",
                failure("calendar x\nzone UTC\nhours MOM 09:00-12:00\n").problem());
        assertEquals("MONDAY already has hours (line 3)",
                failure(head + "hours MON-FRI 10:00-11:00\n").problem());
        assertTrue(failure("calendar x\nzone Mars/Olympus\nhours MON 09:00-12:00\n").problem().contains("Mars/Olympus"));
        assertEquals("'zone' appears twice (also on line 2)", failure(head + "zone UTC\n").problem());
        assertEquals("unknown exceptions 'nowhere' to include", failure(head + "include nowhere\n").problem());
        assertEquals("the first statement must be 'calendar <id>', got 'zone'", failure("zone UTC\n").problem());
        assertEquals("calendar x has no 'zone' line", failure("calendar x\nhours MON 09:00-12:00\n").problem());
    }

    @Test
    @DisplayName("SL-1 a make-up day taking the hours of a weekday without hours is refused at its line")
    void sl1_makeUpWithoutHours() {
        CalendarFormatException e = failure("calendar x\nzone UTC\nhours TUE 09:00-17:00\nworkday 2025-03-01 x\n");
        assertEquals(4, e.line());
        assertEquals("make-up working day 2025-03-01 takes the hours of MONDAY, which has none", e.problem());
    }

    @Test
    @DisplayName("SL-1 an overrides file holds only dated exceptions")
    void sl1_overridesFile() {
        DayOverrides o = CalendarFormat.parseOverrides("closures.txt", new StringReader("""
                overrides estate-7-closures
                covers 2025-01-01 2025-12-31
                closure 2025-05-06 Water cut
                special 2025-05-07 10:00-12:00 14:00-16:00 Half staff
                """));
        assertEquals(2, o.entries().size());
        assertEquals(new SpecialHours(LocalDate.of(2025, 5, 7), WorkingHours.parse("10:00-12:00 14:00-16:00"),
                "Half staff"), o.find(LocalDate.of(2025, 5, 7)).orElseThrow());
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> CalendarFormat.parseOverrides(
                "closures.txt", new StringReader("overrides x\nzone UTC\n")));
        assertEquals(2, e.line());
        assertEquals("'zone' is not allowed in an overrides file (allowed: [source, covers, extends, holiday, closure,"
                + " workday, special])", e.problem(), "the allowed statements in a fixed order");
    }

    @Test
    @DisplayName("SL-1 include lines resolve through the caller's resolver")
    void sl1_customInclude() {
        DayOverrides mine = DayOverrides.builder("mine").closures(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 6),
                "Water cut").build();
        BusinessCalendar c = CalendarFormat.parseCalendar("t", new StringReader(
                "calendar x\nzone UTC\nhours DAILY 00:00-24:00\ninclude mine\n"),
                id -> id.equals("mine") ? Optional.of(mine) : Optional.empty());
        assertEquals(Duration.ZERO, c.between(Times.at("2025-05-06T00:00", "UTC"), Times.at("2025-05-07T00:00", "UTC")));
    }
}
