package dev.aftersales.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The ready calendars (rule SL-1): around the clock, the hotline of CP-1, and an office week on
 * the official Chinese calendar. Each is an ordinary {@link BusinessCalendar}; use the {@code with...}
 * copies to change hours, zone or add an estate's closures.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendars.chinaOffice();              // official data 2020-2026
 * BusinessCalendar next = BusinessCalendars.chinaOffice(                  // plus a year published later
 *         HolidayCnFormat.parseYear(Path.of("2027.json")));
 * BusinessCalendar estate = next.withId("sunny-garden").withOverrides(estateClosures);
 * BusinessCalendar hotline = BusinessCalendars.hotline();                 // CP-1, every day
 * }</pre>
 */
public final class BusinessCalendars {

    /** The zone of the Chinese ready calendars. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The hotline hours of CP-1, every day: 09:00-12:00 and 13:30-18:00. */
    public static final WorkingHours HOTLINE_HOURS = WorkingHours.parse("09:00-12:00 13:30-18:00");

    /**
     * The default office hours of {@link #chinaOffice()}, Monday to Friday: 09:00-12:00 and
     * 13:30-18:00, the hotline's hours (so that SL-5's examples hold on it).
     */
    public static final WorkingHours OFFICE_HOURS = HOTLINE_HOURS;

    /** The id of {@link #twentyFourSeven()}. */
    public static final String TWENTY_FOUR_SEVEN_ID = "24x7";
    /** The id of {@link #hotline()}. */
    public static final String HOTLINE_ID = "cp1-hotline";
    /** The id of {@link #chinaOffice()}. */
    public static final String CHINA_OFFICE_ID = "cn-office";

    private BusinessCalendars() {
    }

    /**
     * Obtains the around-the-clock calendar in UTC: every instant is working time (e.g. the
     * intercom to the monitoring centre of RP-1); working time equals elapsed time.
     *
     * @return the 24/7 calendar, id {@value #TWENTY_FOUR_SEVEN_ID}
     */
    public static BusinessCalendar twentyFourSeven() {
        return twentyFourSeven(ZoneOffset.UTC);
    }

    /**
     * Obtains the around-the-clock calendar in a zone (the zone only decides where its days, and
     * so working days, begin).
     *
     * @param zone the zone
     * @return the 24/7 calendar, id {@value #TWENTY_FOUR_SEVEN_ID}
     * @throws NullPointerException if {@code zone} is null
     */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return BusinessCalendar.builder(TWENTY_FOUR_SEVEN_ID, Objects.requireNonNull(zone, "zone"))
                .weekly(WeeklyPattern.everyDay(WorkingHours.ALL_DAY)).build();
    }

    /**
     * Obtains the hotline of CP-1: 09:00-12:00 and 13:30-18:00 every day, in Asia/Shanghai, with
     * no exceptions (so it covers every date).
     *
     * @return the hotline calendar, id {@value #HOTLINE_ID}
     */
    public static BusinessCalendar hotline() {
        return hotline(CHINA);
    }

    /**
     * Obtains the hotline of CP-1 in another zone.
     *
     * @param zone the zone
     * @return the hotline calendar, id {@value #HOTLINE_ID}
     * @throws NullPointerException if {@code zone} is null
     */
    public static BusinessCalendar hotline(ZoneId zone) {
        return BusinessCalendar.builder(HOTLINE_ID, Objects.requireNonNull(zone, "zone"))
                .weekly(WeeklyPattern.everyDay(HOTLINE_HOURS)).build();
    }

    /**
     * Obtains a Monday-to-Friday office week with {@link #OFFICE_HOURS} on the official Chinese
     * calendar ({@link ChinaPublicHolidays#all()}): public holidays off, make-up working days worked
     * with Monday's hours; covers the published years only (rule SL-16).
     *
     * @return the office calendar, id {@value #CHINA_OFFICE_ID}
     */
    public static BusinessCalendar chinaOffice() {
        return chinaOffice(OFFICE_HOURS);
    }

    /**
     * Obtains the office week of {@link #chinaOffice()} on the official Chinese calendar extended
     * by more years (rule SL-16): typically next year's holidays, published after this library was
     * released, loaded with {@link HolidayCnFormat#parseYear} or {@link CalendarFormat#parseOverrides}.
     * The coverage grows by each year's; a year governs the dates it covers and lists. The result
     * equals {@code chinaOffice().withOverrides(year)} for each year in turn.
     *
     * @param extraYears the years to add, each declaring its coverage and extending
     *                   {@value ChinaPublicHolidays#ID} or nothing; none gives {@link #chinaOffice()}
     * @return the office calendar, id {@value #CHINA_OFFICE_ID}
     * @throws NullPointerException     if a year is null
     * @throws IllegalArgumentException if a year declares no coverage or extends another layer
     */
    public static BusinessCalendar chinaOffice(DayOverrides... extraYears) {
        BusinessCalendar c = chinaOffice();
        for (DayOverrides y : extraYears) {
            c = c.withOverrides(ChinaPublicHolidays.asOfficialYear(y));
        }
        return c;
    }

    /**
     * Obtains a Monday-to-Friday office week with the given hours on the official Chinese calendar.
     *
     * @param hours the hours of each weekday
     * @return the office calendar, id {@value #CHINA_OFFICE_ID}
     * @throws NullPointerException     if {@code hours} is null
     * @throws IllegalArgumentException if {@code hours} is empty
     */
    public static BusinessCalendar chinaOffice(WorkingHours hours) {
        return BusinessCalendar.builder(CHINA_OFFICE_ID, CHINA)
                .weekly(WeeklyPattern.mondayToFriday(Objects.requireNonNull(hours, "hours")))
                .overrides(ChinaPublicHolidays.all()).build();
    }
}
