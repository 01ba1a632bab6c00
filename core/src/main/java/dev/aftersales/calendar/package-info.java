/**
 * Business calendars and exact working-time arithmetic (rules SL-1 to SL-5 and SL-16 of the
 * domain): {@link dev.aftersales.calendar.BusinessCalendar} with its weekly pattern
 * ({@link dev.aftersales.calendar.WeeklyPattern}, {@link dev.aftersales.calendar.WorkingHours},
 * {@link dev.aftersales.calendar.WorkingPeriod}) and layers of dated exceptions
 * ({@link dev.aftersales.calendar.DayOverrides}: {@link dev.aftersales.calendar.DayOff},
 * {@link dev.aftersales.calendar.MakeUpWorkday}, {@link dev.aftersales.calendar.SpecialHours});
 * the official Chinese holidays ({@link dev.aftersales.calendar.ChinaPublicHolidays}), with new
 * years added as data from the text format or holiday-cn JSON
 * ({@link dev.aftersales.calendar.HolidayCnFormat}); the ready calendars
 * ({@link dev.aftersales.calendar.BusinessCalendars}); the text format
 * ({@link dev.aftersales.calendar.CalendarFormat}, documented in {@code docs/calendars.md}); and
 * the lookup of named calendars with their coverage
 * ({@link dev.aftersales.calendar.CalendarRegistry}, {@link dev.aftersales.calendar.CoverageEnd}).
 * Bad input is refused with a {@link dev.aftersales.calendar.CalendarArgumentException}. Depends
 * only on {@code java.time}, SLF4J and the shared kernel.
 */
package dev.aftersales.calendar;
