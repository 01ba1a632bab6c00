package dev.aftersales.calendar;

import java.io.StringReader;
import java.time.LocalDate;

/**
 * A year 2027 of holidays written for the tests, in the three ways a user adds a year: built in
 * code, in the library's text format and in holiday-cn's JSON. These are NOT the official dates
 * (no notice for 2027 is in the project's sources): New Year's Day on Friday 2027-01-01 and a
 * made-up working Saturday 2027-01-09 named {@code test make-up day}, enough to see deadlines move.
 */
final class TestYear2027 {

    static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    static final LocalDate MAKE_UP = LocalDate.of(2027, 1, 9);

    /** The year in the text format, as an {@code overrides} file declaring what it extends. */
    static final String TEXT = """
            # test data, not the official notice
            overrides cn-public-holidays-2027
            source test year for the calendar tests
            extends cn-public-holidays
            covers 2027-01-01 2027-12-31
            holiday 2027-01-01 元旦
            workday 2027-01-09 test make-up day
            """;

    /** The year in holiday-cn's yearly JSON format. */
    static final String JSON = """
            {
                "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
                "year": 2027,
                "papers": [
                    "test paper, not the official notice"
                ],
                "days": [
                    {
                        "name": "\\u5143\\u65e6",
                        "date": "2027-01-01",
                        "isOffDay": true
                    },
                    {
                        "name": "test make-up day",
                        "date": "2027-01-09",
                        "isOffDay": false
                    }
                ]
            }
            """;

    private TestYear2027() {
    }

    /** The year built in code, without saying what it extends (as most users would write it). */
    static DayOverrides plain() {
        return DayOverrides.builder("cn-public-holidays-2027")
                .source("test year for the calendar tests")
                .covers(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .holidays(NEW_YEAR, NEW_YEAR, "元旦")
                .makeUpWorkday(MAKE_UP, "test make-up day")
                .build();
    }

    /** The year built in code as an extension of the official calendar. */
    static DayOverrides extension() {
        return plain().withExtendsLayer(ChinaPublicHolidays.ID);
    }

    /** The year loaded from {@link #TEXT}. */
    static DayOverrides fromText() {
        return CalendarFormat.parseOverrides("2027.txt", new StringReader(TEXT));
    }

    /** The year loaded from {@link #JSON}. */
    static DayOverrides fromJson() {
        return HolidayCnFormat.parseYear("2027.json", new StringReader(JSON));
    }
}
