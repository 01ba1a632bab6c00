package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule SL-1 data from NateScarlet/holiday-cn's yearly JSON: a valid year loads as an extension of
 * the official calendar; every kind of malformed input is refused with a
 * {@link CalendarFormatException} naming the line, the column and the problem.
 */
class HolidayCnFormatTest {

    private static DayOverrides parse(String json) {
        return HolidayCnFormat.parseYear("2027.json", new StringReader(json));
    }

    @Test
    @DisplayName("SL-1 a holiday-cn year loads: off days are holidays, isOffDay false a make-up day, covering its year")
    void sl1_validYear() {
        DayOverrides y = TestYear2027.fromJson();
        assertEquals("cn-public-holidays-2027", y.id());
        assertEquals(Optional.of(ChinaPublicHolidays.ID), y.extendsLayer());
        assertEquals(DateCoverage.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), y.coverage());
        assertEquals(List.of(DayOff.holiday(TestYear2027.NEW_YEAR, "元旦"),
                MakeUpWorkday.of(TestYear2027.MAKE_UP, "test make-up day")), y.entries());
        assertEquals(List.of("NateScarlet/holiday-cn data for 2027", "test paper, not the official notice"), y.sources());
        assertEquals(TestYear2027.fromText().entries(), y.entries(), "the same data as the text format");
    }

    @Test
    @DisplayName("SL-1 the JSON reader takes a byte-order mark, CRLF lines, escapes, no papers and a day just before the year")
    void sl1_validVariants() {
        DayOverrides y = parse("\uFEFF{\"year\":2023,\r\n\"days\":[{\"name\":\"\\u5143\\u65e6 \\ud83c\\udf89\\/\\\"x\\\"\","
                + "\"date\":\"2022-12-31\",\"isOffDay\":true}]}\r\n");
        assertEquals(List.of(DayOff.holiday(LocalDate.of(2022, 12, 31), "元旦 \uD83C\uDF89/\"x\"")), y.entries());
        assertEquals(List.of("NateScarlet/holiday-cn data for 2023"), y.sources());
        assertEquals(DateCoverage.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), y.coverage());
    }

    @Test
    @DisplayName("SL-1 a file is loaded from its path and its errors name the path")
    void sl1_fromFile(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("2027.json");
        Files.writeString(good, TestYear2027.JSON, StandardCharsets.UTF_8);
        assertEquals(TestYear2027.fromJson(), HolidayCnFormat.parseYear(good));
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"year\": 2027,\n  \"days\": [\n  ]\n}\n", StandardCharsets.UTF_8);
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> HolidayCnFormat.parseYear(bad));
        assertEquals(bad.toString(), e.source());
        assertTrue(e.getMessage().startsWith(bad + ":3:11: 'days' is empty"), e.getMessage());
    }

    static Stream<Arguments> malformed() {
        String day = "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}";
        return Stream.of(
                // JSON syntax
                Arguments.of("", 1, 1, "no JSON value"),
                Arguments.of("{\"year\": 2027,\n \"days\": [" + day + ",]}", 2, 66, "trailing ','"),
                Arguments.of("{\"year\": 2027,\n \"days\": [" + day + "],\n}", 3, 1, "trailing ','"),
                Arguments.of("{\"year\" 2027}", 1, 9, "expected ':'"),
                Arguments.of("{\"year\": 2027 \"days\": []}", 1, 15, "expected ',' or '}'"),
                Arguments.of("{\"year\": 2027, \"days\": [\"a\" \"b\"]}", 1, 29, "expected ',' or ']'"),
                Arguments.of("{\"year\": 2027,\n \"days\": [{\"name\": \"元旦}]}", 2, 20, "unterminated string"),
                Arguments.of("{\"year\": 2027, // the year\n}", 1, 16, "comments are not JSON"),
                Arguments.of("{'year': 2027}", 1, 2, "expected a member name in double quotes"),
                Arguments.of("{\"year\": '2027'}", 1, 10, "quoted with '\"'"),
                Arguments.of("{year: 2027}", 1, 2, "expected a member name in double quotes"),
                Arguments.of("{\"year\": 02027}", 1, 10, "leading zeros"),
                Arguments.of("{\"year\": 2027.}", 1, 15, "a fraction needs digits"),
                Arguments.of("{\"year\": -}", 1, 11, "a number needs digits"),
                Arguments.of("{\"year\": 2e}", 1, 12, "an exponent needs digits"),
                Arguments.of("{\"year\": tru}", 1, 10, "did you mean 'true'"),
                Arguments.of("{\"name\": \"a\\x\"}", 1, 12, "invalid escape '\\x'"),
                Arguments.of("{\"name\": \"a\\u12G4\"}", 1, 12, "four hex digits"),
                Arguments.of("{\"name\": \"\\ud800\"}", 1, 11, "unpaired surrogate"),
                Arguments.of("{\"name\": \"a\tb\"}", 1, 12, "control character U+0009 inside a string"),
                Arguments.of("{\"name\": \"a\nb\"}", 1, 12, "control character U+000A inside a string"),
                Arguments.of("{\"year\": 2027,\n  \"year\": 2028}", 2, 3, "duplicate member 'year' (also at line 1, column 2)"),
                Arguments.of("{} {}", 1, 4, "unexpected '{' after the JSON value"),
                Arguments.of("[".repeat(40) + "]".repeat(40), 1, 33, "nesting deeper than 32"),
                Arguments.of("{\"year\": 2027", 1, 14, "expected ',' or '}'"),
                // the shape of a holiday-cn year
                Arguments.of("[]", 1, 1, "the top level is an object, got an array"),
                Arguments.of("{\"year\": 2027}", 1, 1, "without 'days'"),
                Arguments.of("{\"days\": [" + day + "]}", 1, 1, "without 'year'"),
                Arguments.of("{\"year\": 2027, \"papers\": [], \"days\": []}", 1, 38, "'days' is empty"),
                Arguments.of("{\"year\": \"2027\", \"days\": [" + day + "]}", 1, 10, "'year' is a whole number"),
                Arguments.of("{\"year\": 2027.5, \"days\": [" + day + "]}", 1, 10, "got 2027.5"),
                Arguments.of("{\"year\": 0, \"days\": [" + day + "]}", 1, 10, "got 0"),
                Arguments.of("{\"year\": 2027, \"day\": []}", 1, 16, "unknown member 'day'"),
                Arguments.of("{\"year\": 2027, \"papers\": [1], \"days\": [" + day + "]}", 1, 27, "a paper is a string"),
                Arguments.of("{\"year\": 2027, \"days\": {}}", 1, 24, "'days' is an array, got an object"),
                Arguments.of("{\"year\": 2027, \"days\": [true]}", 1, 25, "a day is an object, got a boolean"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\"}]}", 1, 25,
                        "without 'isOffDay'"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-1-1\", \"isOffDay\": true}]}",
                        1, 48, "'date' is a date yyyy-MM-dd"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-02-30\", \"isOffDay\": true}]}",
                        1, 48, "got '2027-02-30'"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true}]}",
                        1, 48, "not in 2027 or a year next to it"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}",
                        1, 74, "'isOffDay' is true (a holiday) or false"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffday\": true}]}",
                        1, 62, "unknown member 'isOffday' of a day"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \"\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}",
                        1, 34, "'name' is empty"),
                Arguments.of("{\"year\": 2027, \"days\": [{\"name\": \" 元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}",
                        1, 34, "bad name"),
                Arguments.of("{\"year\": 2027, \"days\": [" + day + ",\n " + day + "]}", 2, 25,
                        "2027-01-01 is listed twice (also at line 1, column 48)"));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @MethodSource("malformed")
    @DisplayName("SL-1 malformed holiday-cn JSON fails with the line, the column and the problem")
    void sl1_malformed(String json, int line, int column, String problem) {
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(json));
        assertEquals("2027.json", e.source());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("2027.json:" + line + ":" + column + ": "), e.getMessage());
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        String frame = "2027.json 第 " + line + " 行第 " + column + " 列：";
        assertTrue(chinese.startsWith(frame), chinese);
        assertTrue(chinese.substring(frame.length()).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "CP-2: " + chinese);
    }

    @Test
    @DisplayName("SL-1 a text longer than a year of holidays can be is refused before it is read whole")
    void sl1_tooLong() {
        String huge = "{\"year\": 2027, \"days\": [\"" + "x".repeat(dev.aftersales.common.json.JsonReader.MAX_CHARS) + "\"]}";
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(huge));
        assertTrue(e.problem().contains("longer than"), e.getMessage());
    }
}
