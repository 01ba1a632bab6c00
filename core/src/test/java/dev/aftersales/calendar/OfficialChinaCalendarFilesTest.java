package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official China calendar file against its year's table in docs/regulations.md, written out
 * here as expected data in the table's own words: holiday | days off | make-up working days.
 */
class OfficialChinaCalendarFilesTest {

    /** The tables of docs/regulations.md, copied by hand; the weekdays of make-up days are checked too. */
    private static final String TABLE = """
            2020 | 国办发明电〔2019〕16号, 国办发明电〔2020〕1号
            元旦 | Jan 1 | -
            春节 | Jan 24-Feb 2 | Sun Jan 19
            清明节 | Apr 4-6 | -
            劳动节 | May 1-5 | Sun Apr 26, Sat May 9
            端午节 | Jun 25-27 | Sun Jun 28
            国庆节、中秋节 | Oct 1-8 | Sun Sep 27, Sat Oct 10
            2021 | 国办发明电〔2020〕27号
            元旦 | Jan 1-3 | -
            春节 | Feb 11-17 | Sun Feb 7, Sat Feb 20
            清明节 | Apr 3-5 | -
            劳动节 | May 1-5 | Sun Apr 25, Sat May 8
            端午节 | Jun 12-14 | -
            中秋节 | Sep 19-21 | Sat Sep 18
            国庆节 | Oct 1-7 | Sun Sep 26, Sat Oct 9
            2022 | 国办发明电〔2021〕11号
            元旦 | Jan 1-3 | -
            春节 | Jan 31-Feb 6 | Sat Jan 29, Sun Jan 30
            清明节 | Apr 3-5 | Sat Apr 2
            劳动节 | Apr 30-May 4 | Sun Apr 24, Sat May 7
            端午节 | Jun 3-5 | -
            中秋节 | Sep 10-12 | -
            国庆节 | Oct 1-7 | Sat Oct 8, Sun Oct 9
            2023 |
            元旦 | Dec 31 2022-Jan 2 | -
            春节 | Jan 21-27 | Sat Jan 28, Sun Jan 29
            清明节 | Apr 5 | -
            劳动节 | Apr 29-May 3 | Sun Apr 23, Sat May 6
            端午节 | Jun 22-24 | Sun Jun 25
            中秋节、国庆节 | Sep 29-Oct 6 | Sat Oct 7, Sun Oct 8
            2024 |
            元旦 | Jan 1 | -
            春节 | Feb 10-17 | Sun Feb 4, Sun Feb 18
            清明节 | Apr 4-6 | Sun Apr 7
            劳动节 | May 1-5 | Sun Apr 28, Sat May 11
            端午节 | Jun 10 | -
            中秋节 | Sep 15-17 | Sat Sep 14
            国庆节 | Oct 1-7 | Sun Sep 29, Sat Oct 12
            2025 |
            元旦 | Jan 1 | -
            春节 | Jan 28-Feb 4 | Sun Jan 26, Sat Feb 8
            清明节 | Apr 4-6 | -
            劳动节 | May 1-5 | Sun Apr 27
            端午节 | May 31-Jun 2 | -
            国庆节、中秋节 | Oct 1-8 | Sun Sep 28, Sat Oct 11
            2026 |
            元旦 | Jan 1-3 | Sun Jan 4
            春节 | Feb 15-23 | Sat Feb 14, Sat Feb 28
            清明节 | Apr 4-6 | -
            劳动节 | May 1-5 | Sat May 9
            端午节 | Jun 19-21 | -
            中秋节 | Sep 25-27 | -
            国庆节 | Oct 1-7 | Sun Sep 20, Sat Oct 10
            """;

    /** The expected data of one year. */
    record Year(int year, List<String> notices, Map<LocalDate, String> off, Map<LocalDate, String> worked) {
        @Override
        public String toString() {
            return Integer.toString(year);
        }
    }

    static Stream<Year> years() {
        List<Year> out = new ArrayList<>();
        Year current = null;
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.split("\\|", -1);
            if (f[0].strip().matches("\\d{4}")) {
                int y = Integer.parseInt(f[0].strip());
                List<String> notices = f[1].isBlank() ? List.of() : List.of(f[1].strip().split(",\\s*"));
                current = new Year(y, notices, new TreeMap<>(), new TreeMap<>());
                out.add(current);
                continue;
            }
            String name = f[0].strip();
            for (LocalDate d : range(current.year(), f[1].strip())) {
                current.off().put(d, name);
            }
            if (!f[2].strip().equals("-")) {
                for (String day : f[2].split(",")) {
                    String[] w = day.strip().split(" ", 2); // "Sun Jan 19"
                    LocalDate d = date(current.year(), w[1]);
                    assertEquals(w[0], d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                            "docs/regulations.md names the weekday of " + d);
                    current.worked().put(d, name);
                }
            }
        }
        return out.stream();
    }

    /** "Jan 24-Feb 2", "Apr 4-6", "Jan 1", "Dec 31 2022-Jan 2". */
    private static List<LocalDate> range(int year, String text) {
        String[] ends = text.split("-");
        LocalDate first = date(year, ends[0].strip());
        LocalDate last = ends.length == 1 ? first
                : ends[1].strip().matches("\\d+") ? first.withDayOfMonth(Integer.parseInt(ends[1].strip()))
                : date(year, ends[1].strip());
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** "Jan 19" in the year, or "Dec 31 2022". */
    private static LocalDate date(int year, String text) {
        String[] p = text.split(" ");
        Month m = Stream.of(Month.values())
                .filter(x -> x.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(p[0])).findFirst().orElseThrow();
        return LocalDate.of(p.length > 2 ? Integer.parseInt(p[2]) : year, m, Integer.parseInt(p[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    @DisplayName("SL-1 each official file has exactly the days off and make-up days of docs/regulations.md")
    void sl1_fileMatchesRegulations(Year expected) {
        DayOverrides file = ChinaPublicHolidays.year(expected.year()).orElseThrow();
        Map<LocalDate, String> off = new TreeMap<>();
        Map<LocalDate, String> worked = new TreeMap<>();
        for (DayOverride o : file.entries()) {
            if (o instanceof DayOff d) {
                assertEquals(DayOffKind.PUBLIC_HOLIDAY, d.kind());
                off.put(d.date(), d.name());
            } else if (o instanceof MakeUpWorkday m) {
                assertTrue(m.hoursOf().isEmpty(), "a make-up day takes the hours of an ordinary weekday");
                assertTrue(m.date().getDayOfWeek() == DayOfWeek.SATURDAY || m.date().getDayOfWeek() == DayOfWeek.SUNDAY);
                worked.put(m.date(), m.name());
            } else {
                throw new AssertionError("no special hours in an official file: " + o);
            }
        }
        assertEquals(expected.off(), off);
        assertEquals(expected.worked(), worked);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    @DisplayName("SL-16 each official file covers its own year and carries its source notes")
    void sl16_fileCoversItsYearWithSources(Year expected) {
        DayOverrides file = ChinaPublicHolidays.year(expected.year()).orElseThrow();
        assertEquals(DateCoverage.of(LocalDate.of(expected.year(), 1, 1), LocalDate.of(expected.year(), 12, 31)),
                file.coverage());
        assertEquals("cn-public-holidays-" + expected.year(), file.id());
        assertEquals(java.util.Optional.of(ChinaPublicHolidays.ID), file.extendsLayer(), "a year extends the official layer");
        String sources = String.join("\n", file.sources());
        assertTrue(sources.contains("国务院办公厅关于" + expected.year() + "年部分节假日安排的通知"), sources);
        assertTrue(sources.contains("NateScarlet/holiday-cn") && sources.contains("lanceliao/china-holiday-calender"),
                sources);
        for (String notice : expected.notices()) {
            assertTrue(sources.contains(notice), "notice " + notice + " in " + sources);
        }
    }

    @Test
    @DisplayName("SL-16 the shipped years are 2020 to 2026 and the merged calendar covers exactly them")
    void sl16_publishedYears() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), ChinaPublicHolidays.publishedYears());
        assertEquals(DateCoverage.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)),
                ChinaPublicHolidays.all().coverage());
        assertEquals(ChinaPublicHolidays.ID, ChinaPublicHolidays.all().id());
        assertTrue(ChinaPublicHolidays.all().extendsLayer().isEmpty());
        long expectedEntries = years().mapToLong(y -> y.off().size() + y.worked().size()).sum();
        assertEquals(expectedEntries, ChinaPublicHolidays.all().entries().size());
    }

    @Test
    @DisplayName("SL-1 an official file written out and read back is the same data")
    void sl1_roundTrip() {
        DayOverrides y2020 = ChinaPublicHolidays.year(2020).orElseThrow();
        assertEquals(y2020, CalendarFormat.parseOverrides("2020", new java.io.StringReader(CalendarFormat.format(y2020))));
    }
}
