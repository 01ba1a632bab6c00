package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRulesException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem the text format ({@link CalendarFormat}) reports is given in English and
 * Chinese (rules SL-1, CP-2): the English problem stays as it was, the Chinese one is Chinese, has
 * no English sentence in it and keeps the values and the examples.
 */
class CalendarFormatMessagesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String HEAD = "calendar x\nzone UTC\nhours MON-FRI 09:00-17:00\n";
    /** Three English words in a row: a sentence left in English. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z]{2,}\\s+[a-z]{2,}\\s+[a-z]{2,}\\b");

    /**
     * One malformed text.
     *
     * @param name      what it shows
     * @param overrides whether the text is an overrides file, not a calendar
     * @param text      the text
     * @param line      the line the problem is reported on
     * @param english   how the English problem starts (the whole problem where it is the parser's own)
     * @param named     what the Chinese problem names too: values, keywords, examples
     */
    record Case(String name, boolean overrides, String text, int line, String english, List<String> named) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case cal(String name, String text, int line, String english, String... named) {
        return new Case(name, false, text, line, english, List.of(named));
    }

    private static Case ovr(String name, String text, int line, String english, String... named) {
        return new Case(name, true, text, line, english, List.of(named));
    }

    static Stream<Case> malformed() {
        return Stream.of(
                cal("empty text", "", 1, "empty: the first statement must be 'calendar <id>'", "'calendar <id>'"),
                cal("first statement", "zone UTC\n", 1, "the first statement must be 'calendar <id>', got 'zone'",
                        "'calendar <id>'", "'zone'"),
                cal("two words as id", "calendar a b\n", 1, "expected one calendar id, got 'a b'", "'a b'"),
                cal("bad calendar id", "calendar x!y\nzone UTC\n", 1, "bad id: x!y must be 1 to 64 characters",
                        "x!y", "64", "[A-Za-z0-9._:-]", "3"),
                ovr("bad overrides id", "overrides x!y\n", 1, "overrides id must be 1 to 64 characters", "64", "3"),
                cal("no zone", "calendar x\nhours MON 09:00-12:00\n", 1, "calendar x has no 'zone' line", "'zone'"),
                cal("no hours", "calendar x\nzone UTC\n", 1, "calendar x has no 'hours' line", "'hours'"),
                cal("no working period", "calendar x\nzone UTC\nhours MON\n", 1,
                        "calendar x: the weekly pattern has no working period", "x"),
                ovr("statement not allowed", "overrides o\nzone UTC\n", 2, "'zone' is not allowed in an overrides file",
                        "'zone'", "covers"),
                cal("twice", HEAD + "zone UTC\n", 4, "'zone' appears twice (also on line 2)", "'zone'", "2"),
                cal("missing word", "calendar x\nzone\n", 2, "expected one zone, got ''", "''"),
                cal("unknown zone", "calendar x\nzone Mars/Olympus\n", 2, "Unknown time-zone ID: Mars/Olympus",
                        "'Mars/Olympus'", "'Asia/Shanghai'"),
                cal("strict", HEAD + "strict maybe\n", 4, "strict is 'true' or 'false', got 'maybe'", "'true'",
                        "'maybe'"),
                cal("unknown include", HEAD + "include nowhere\n", 4, "unknown exceptions 'nowhere' to include",
                        "'nowhere'"),
                cal("unknown statement", HEAD + "hollyday 2025-01-01 元旦\n", 4, "unknown statement 'hollyday'",
                        "'hollyday'"),
                cal("hours without days", "calendar x\nzone UTC\nhours\n", 3,
                        "'hours' needs weekdays and periods, e.g. 'hours MON-FRI 09:00-12:00 13:30-18:00'",
                        "'hours MON-FRI 09:00-12:00 13:30-18:00'"),
                cal("hours twice", HEAD + "hours MON 10:00-11:00\n", 4, "MONDAY already has hours (line 3)", "星期一",
                        "3"),
                cal("not a weekday", "calendar x\nzone UTC\nhours MOM 09:00-12:00\n", 3,
                        "not a weekday: 'MOM' (MON, TUE, WED, THU, FRI, SAT, SUN)", "'MOM'", "MON", "SUN"),
                cal("period form", "calendar x\nzone UTC\nhours MON 09:00\n", 3,
                        "a working period is written HH:MM-HH:MM, got '09:00'", "HH:MM-HH:MM", "'09:00'"),
                cal("time form", "calendar x\nzone UTC\nhours MON 0900-12:00\n", 3,
                        "a time is written HH:MM or HH:MM:SS, got '0900'", "HH:MM:SS", "'0900'"),
                cal("24:00 starting", "calendar x\nzone UTC\nhours MON 24:00-09:00\n", 3,
                        "24:00 can only end a working period", "24:00"),
                cal("invalid time", "calendar x\nzone UTC\nhours MON 09:00-25:00\n", 3, "not a valid time: '25:00'",
                        "'25:00'"),
                cal("reversed period", "calendar x\nzone UTC\nhours MON 12:00-09:00\n", 3,
                        "a working period must start before it ends, got 12:00-09:00", "12:00-09:00"),
                cal("overlapping periods", "calendar x\nzone UTC\nhours MON 09:00-12:00 11:00-13:00\n", 3,
                        "working periods 09:00-12:00 and 11:00-13:00 overlap", "09:00-12:00", "11:00-13:00"),
                ovr("covers form", "overrides o\ncovers 2025-01-01 2025-02-01 2025-03-01\n", 2,
                        "'covers' takes a first and a last date, e.g. 'covers 2025-01-01 2025-12-31'",
                        "'covers 2025-01-01 2025-12-31'"),
                ovr("covers date", "overrides o\ncovers 2025-13-01 2025-12-31\n", 2, "Text '2025-13-01' could not be parsed",
                        "yyyy-MM-dd", "'2025-13-01'", "'covers 2025-01-01 2025-12-31'"),
                ovr("covers reversed", "overrides o\ncovers 2025-12-31 2025-01-01\n", 2,
                        "a date range ends before it starts: 2025-12-31..2025-01-01", "2025-12-31..2025-01-01"),
                ovr("extends twice", "overrides o\ncovers 2025-01-01 2025-12-31\nextends a\nextends b\n", 4,
                        "layer already extends a (line 3)", "a", "3"),
                ovr("bad extended id", "overrides o\ncovers 2025-01-01 2025-12-31\nextends x!y\n", 3,
                        "extended layer id must be 1 to 64 characters", "64"),
                ovr("extends itself", "overrides o\ncovers 2025-01-01 2025-12-31\nextends o\n", 3,
                        "overrides o cannot extend itself", "o"),
                ovr("extends without coverage", "overrides o\nextends cn-public-holidays\n", 2,
                        "overrides o extends cn-public-holidays and so must declare the dates it covers",
                        "cn-public-holidays", "covers 2027-01-01 2027-12-31"),
                cal("extends a layer not before it", HEAD + "layer a\ncovers 2025-01-01 2025-12-31\nextends b\n", 6,
                        "layer a extends b, which is not among the layers before it [] (e.g. put 'include b' before it)",
                        "'include b'", "[]"),
                cal("disjoint layers", HEAD + "layer a\ncovers 2025-01-01 2025-01-31\nlayer b\n"
                                + "covers 2026-01-01 2026-01-31\n", 6, "layer b covers", "SL-16", "'extends a'",
                        "DayOverrides.Builder.extendsLayer(\"a\")"),
                cal("missing source note", HEAD + "layer a\nsource\n", 5, "missing source note"),
                cal("date too late", HEAD + "holiday +10000-01-01 x\n", 4,
                        "date +10000-01-01 is outside the supported dates 0001-01-01..9999-12-31", "+10000-01-01",
                        "0001-01-01..9999-12-31"),
                cal("not a date", HEAD + "holiday 2025-13-01 元旦\n", 4,
                        "not a date (yyyy-MM-dd) or a date range (yyyy-MM-dd..yyyy-MM-dd): '2025-13-01'",
                        "yyyy-MM-dd..yyyy-MM-dd", "'2025-13-01'"),
                cal("reversed range", HEAD + "holiday 2025-02-01..2025-01-01 x\n", 4,
                        "a date range ends before it starts: 2025-02-01..2025-01-01", "2025-02-01..2025-01-01"),
                cal("range too long", HEAD + "closure 2025-01-01..2040-01-01 x\n", 4,
                        "the range 2025-01-01..2040-01-01 holds 5479 dates, more than 3653 (ten years)", "5479", "3653"),
                cal("holiday without name", HEAD + "holiday 2025-01-01\n", 4,
                        "'holiday' takes a date or date range and a name, e.g. 'holiday 2025-01-28..2025-02-04 春节'",
                        "'holiday 2025-01-28..2025-02-04 春节'"),
                cal("closure without name", HEAD + "closure 2025-01-01\n", 4,
                        "'closure' takes a date or date range and a name", "'closure 2025-01-28..2025-02-04 春节'"),
                cal("name with a control character", HEAD + "holiday 2025-01-01 a\tb\n", 4,
                        "a name has no line breaks, control characters or surrounding blanks"),
                cal("workday without date", HEAD + "workday\n", 4,
                        "'workday' takes a date or date range, e.g. 'workday 2025-01-26 春节'", "'workday 2025-01-26 春节'"),
                cal("like without weekday", HEAD + "workday 2025-01-26 like\n", 4,
                        "'like' needs a weekday, e.g. 'workday 2025-01-26 like FRI'", "'workday 2025-01-26 like FRI'"),
                cal("make-up day without hours", "calendar x\nzone UTC\nhours TUE 09:00-17:00\nworkday 2025-03-01 x\n",
                        4, "make-up working day 2025-03-01 takes the hours of MONDAY, which has none", "2025-03-01",
                        "星期一"),
                cal("special without date", HEAD + "special\n", 4,
                        "'special' takes a date and periods, e.g. 'special 2025-12-31 09:00-12:00 除夕'",
                        "'special 2025-12-31 09:00-12:00 除夕'"),
                cal("special over a range", HEAD + "special 2025-01-01..2025-01-02 09:00-12:00\n", 4,
                        "'special' takes one date, got '2025-01-01..2025-01-02'", "'2025-01-01..2025-01-02'"),
                cal("special without period", HEAD + "special 2025-01-01 9:00-12:00\n", 4,
                        "'special' needs at least one period HH:MM-HH:MM after the date", "HH:MM-HH:MM"),
                cal("date twice", HEAD + "holiday 2025-01-28..2025-02-04 春节\nworkday 2025-02-01 like FRI 春节\n", 5,
                        "2025-02-01 already has an exception on line 4 (holiday 春节); it cannot also be a make-up working"
                                + " day like FRIDAY", "2025-02-01", "4", "春节", "星期五"),
                cal("make-up-hours", HEAD + "make-up-hours someday\n", 4,
                        "not a weekday: 'someday' (MON, TUE, WED, THU, FRI, SAT, SUN)", "'someday'"));
    }

    private static CalendarFormatException failure(Case c) {
        return assertThrows(CalendarFormatException.class, () -> {
            if (c.overrides()) {
                CalendarFormat.parseOverrides("t.cal", new StringReader(c.text()));
            } else {
                CalendarFormat.parseCalendar("t.cal", c.text());
            }
        });
    }

    /** The Chinese problem: the Chinese message without its frame {@code t.cal 第 N 行：}. */
    private static String chineseProblem(CalendarFormatException e) {
        String chinese = e.message(ZH);
        String frame = "t.cal 第 " + e.line() + " 行：";
        assertTrue(chinese.startsWith(frame), chinese);
        return chinese.substring(frame.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    @DisplayName("SL-1, CP-2 each problem of the text format is given in English as it was and in Chinese")
    void problemInBothLanguages(Case c) {
        CalendarFormatException e = failure(c);
        assertEquals(c.line(), e.line(), e::getMessage);
        assertTrue(e.problem().startsWith(c.english()), e::getMessage);
        assertEquals("t.cal:" + c.line() + ": " + e.problem(), e.getMessage());
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
        String zh = chineseProblem(e);
        assertTrue(zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), zh);
        assertFalse(zh.contains(e.problem()), zh);
        assertFalse(ENGLISH_WORDS.matcher(zh.replaceAll("'[^']*'", "")).find(), () -> "English words in " + zh);
        for (String named : c.named()) {
            assertTrue(zh.contains(named), () -> zh + " names " + named);
        }
    }

    @Test
    @DisplayName("CP-2 a JDK exception's English text is kept as the cause only; the Chinese quotes the text and names the form")
    void jdkProblemIsTheCause() {
        CalendarFormatException zone = assertThrows(CalendarFormatException.class,
                () -> CalendarFormat.parseCalendar("t.cal", "calendar x\nzone Mars/Olympus\n"));
        assertInstanceOf(ZoneRulesException.class, zone.getCause());
        assertEquals(zone.getCause().getMessage(), zone.problem());
        assertEquals("t.cal 第 2 行：'zone' 须为时区编号，例如 'Asia/Shanghai' 或 'UTC'，实际是 'Mars/Olympus'",
                zone.message(ZH));
        CalendarFormatException covers = assertThrows(CalendarFormatException.class,
                () -> CalendarFormat.parseOverrides("t.cal", new StringReader("overrides o\ncovers 2025-01-01 x\n")));
        assertInstanceOf(DateTimeParseException.class, covers.getCause());
        assertEquals("t.cal 第 2 行：'covers' 的日期须写作 yyyy-MM-dd，例如 'covers 2025-01-01 2025-12-31'，实际是 'x'",
                covers.message(ZH));
    }

    @Test
    @DisplayName("CP-2 an include resolver's refusal gives its own Chinese message, or else names the statement in Chinese")
    void resolverRefusal() {
        String text = HEAD + "include mine\n";
        CalendarFormatException localized = assertThrows(CalendarFormatException.class, () -> CalendarFormat
                .parseCalendar("t.cal", new StringReader(text), id -> {
                    throw new CalendarArgumentException("id", "mine is refused", "mine 被拒绝");
                }));
        assertEquals("id: mine is refused", localized.problem());
        assertEquals("t.cal 第 4 行：参数 id：mine 被拒绝", localized.message(ZH));
        CalendarFormatException plain = assertThrows(CalendarFormatException.class, () -> CalendarFormat
                .parseCalendar("t.cal", new StringReader(text), id -> {
                    throw new IllegalArgumentException("no resolver today");
                }));
        assertEquals("no resolver today", plain.problem());
        assertEquals("t.cal 第 4 行：无法读取 'include' 语句：'mine'", plain.message(ZH));
        assertEquals("no resolver today", plain.getCause().getMessage());
        assertEquals(Optional.empty(), Optional.ofNullable(plain.getCause().getCause()));
    }
}
