/**
 * Business calendars and exact working-time arithmetic (rules SL-1 to SL-5 and SL-16 of the
 * domain): {@link dev.aftersales.calendar.BusinessCalendar} with its weekly pattern
 * ({@link dev.aftersales.calendar.WeeklyPattern}, {@link dev.aftersales.calendar.WorkingHours},
 * {@link dev.aftersales.calendar.WorkingPeriod}) and layers of dated exceptions
 * ({@link dev.aftersales.calendar.DayOverrides}: {@link dev.aftersales.calendar.DayOff},
 * {@link dev.aftersales.calendar.MakeUpWorkday}, {@link dev.aftersales.calendar.SpecialHours});
 * the official Chinese holidays ({@link dev.aftersales.calendar.ChinaPublicHolidays}); the ready
 * calendars ({@link dev.aftersales.calendar.BusinessCalendars}); the text format
 * ({@link dev.aftersales.calendar.CalendarFormat}, documented in {@code docs/calendars.md}); and
 * the lookup of named calendars ({@link dev.aftersales.calendar.CalendarRegistry}). Depends only on
 * {@code java.time} and the shared kernel.
 */
package dev.aftersales.calendar;
