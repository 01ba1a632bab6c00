package dev.aftersales.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The named calendars a policy's terms refer to (SL-1: "working days on a named calendar").
 * Registering a calendar under an id that holds another version replaces it and tells the
 * listeners, so that running commitments can be recomputed (rule SL-14). It also answers how long
 * each calendar's dated exceptions are known ({@link #coveredUntil}, {@link #coverageEndingBefore},
 * rule SL-16), and adds a newly published year of official holidays to every calendar built on
 * them ({@link #addOfficialYear}). Safe for use by several threads.
 *
 * <pre>{@code
 * CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();   // 24x7, cp1-hotline, cn-office
 * calendars.register(BusinessCalendars.chinaOffice().withId("sunny-garden").withOverrides(closures));
 * calendars.addListener((before, after) -> recompute(after.id()));      // AfterSales does this (SL-14)
 *
 * // every November: the State Council has published next year's holidays
 * calendars.addOfficialYear(HolidayCnFormat.parseYear(Path.of("2027.json")));
 * calendars.coveredUntil("cn-office", LocalDate.of(2026, 12, 4));       // 2027-12-31
 * calendars.coverageEndingBefore(today, today.plusDays(60));            // what still needs a year
 * }</pre>
 */
public final class CalendarRegistry {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CalendarRegistry.class);

    /**
     * Told when a registered calendar is replaced by a different version (rule SL-14).
     */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after the replacement, on the registering thread.
         *
         * @param previous the calendar replaced
         * @param current  the calendar now registered under the same id
         */
        void calendarReplaced(BusinessCalendar previous, BusinessCalendar current);
    }

    private final ConcurrentHashMap<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates an empty registry.
     */
    public CalendarRegistry() {
    }

    /**
     * Creates a registry holding the ready calendars of {@link BusinessCalendars}: 24/7, the CP-1
     * hotline and the Chinese office week.
     *
     * @return the registry
     */
    public static CalendarRegistry withReadyCalendars() {
        CalendarRegistry r = new CalendarRegistry();
        r.register(BusinessCalendars.twentyFourSeven());
        r.register(BusinessCalendars.hotline());
        r.register(BusinessCalendars.chinaOffice());
        return r;
    }

    /**
     * Registers a calendar under its id, replacing any calendar with that id; listeners hear of
     * a replacement by a different version or data.
     *
     * @param calendar the calendar
     * @return the calendar it replaced, if any
     * @throws NullPointerException if {@code calendar} is null
     */
    public Optional<BusinessCalendar> register(BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        BusinessCalendar previous = calendars.put(calendar.id(), calendar);
        if (previous != null && !previous.equals(calendar)) {
            notifyReplaced(previous, calendar);
        }
        return Optional.ofNullable(previous);
    }

    private void notifyReplaced(BusinessCalendar previous, BusinessCalendar calendar) {
        for (Listener l : listeners) {
            try {
                l.calendarReplaced(previous, calendar);
            } catch (RuntimeException e) {
                // the calendar is replaced already; one listener's failure must not skip the others
                LOG.warn("listener {} failed on calendar {} replaced by version {}: {}", l.getClass().getName(),
                        calendar.id(), calendar.version(), e.getClass().getName());
            }
        }
    }

    /**
     * Adds a newly published year of official Chinese holidays (rule SL-14) to every registered
     * calendar that has the official layer ({@value ChinaPublicHolidays#ID}, e.g. the ready
     * {@code cn-office} and calendars built from it): each is replaced by
     * {@code calendar.withOverrides(year)}, whose coverage grows by the year's (rule SL-16) and
     * whose version is the fingerprint of its new data, and the listeners hear of each
     * replacement, so that running commitments on it are recomputed. Adding a year again changes
     * nothing and tells nobody. Calendars registered later are taken as given: build them with
     * {@link BusinessCalendars#chinaOffice(DayOverrides...)}.
     *
     * @param year the year, e.g. from {@link HolidayCnFormat#parseYear} or
     *             {@link CalendarFormat#parseOverrides}; it declares its coverage and extends
     *             {@value ChinaPublicHolidays#ID} or nothing
     * @return the calendars now registered in place of the ones extended, sorted by id
     * @throws NullPointerException     if {@code year} is null
     * @throws IllegalArgumentException if the year declares no coverage or extends another layer
     * @throws IllegalStateException    if no registered calendar has the official layer
     */
    public List<BusinessCalendar> addOfficialYear(DayOverrides year) {
        DayOverrides official = ChinaPublicHolidays.asOfficialYear(year);
        List<BusinessCalendar> updated = new ArrayList<>();
        for (String id : ids()) {
            while (true) {
                BusinessCalendar current = calendars.get(id);
                if (current == null || current.overrideLayers().stream()
                        .noneMatch(l -> l.id().equals(ChinaPublicHolidays.ID))) {
                    break;
                }
                BusinessCalendar next = current.withOverrides(official);
                if (calendars.replace(id, current, next)) {
                    updated.add(next);
                    if (!next.equals(current)) {
                        LOG.info("calendar {} extended by {}: version {} replaces {}, covering {}", id, official.id(),
                                next.version(), current.version(), next.coverage());
                        notifyReplaced(current, next);
                    }
                    break;
                }
            }
        }
        if (updated.isEmpty()) {
            throw new IllegalStateException("no registered calendar has the official layer " + ChinaPublicHolidays.ID
                    + " to add " + official.id() + " to (registered: " + ids() + ")");
        }
        return List.copyOf(updated);
    }

    /**
     * Gets how long a registered calendar's dated exceptions are known from a date on (rule
     * SL-16), e.g. 2026-12-31 for the ready {@code cn-office} as shipped.
     *
     * @param id   the calendar's id
     * @param from the first date, e.g. today
     * @return as {@link BusinessCalendar#coveredUntil}: the last covered date of the run from
     *         {@code from}, the day before it if it is not covered, empty if every later date is
     * @throws NullPointerException     if an argument is null
     * @throws UnknownCalendarException if no calendar has that id
     * @throws IllegalArgumentException if {@code from} is {@link LocalDate#MIN}
     */
    public Optional<LocalDate> coveredUntil(String id, LocalDate from) {
        Objects.requireNonNull(from, "from");
        return get(id).coveredUntil(from);
    }

    /**
     * Lists the registered calendars whose coverage, counted from a date, ends before a limit
     * (rule SL-16): those that will soon compute deadlines on their weekly pattern only (or,
     * strict, refuse them) unless the next year is added. {@code AfterSales} logs a warning for
     * each when it is built.
     *
     * @param from  the first date, e.g. today
     * @param limit the date the coverage should reach, e.g. 60 days from today
     * @return the calendars whose {@link #coveredUntil} is before {@code limit}, sorted by id;
     *         calendars covering every date never appear
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code from} is {@link LocalDate#MIN}
     */
    public List<CoverageEnd> coverageEndingBefore(LocalDate from, LocalDate limit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(limit, "limit");
        List<CoverageEnd> out = new ArrayList<>();
        for (String id : ids()) {
            BusinessCalendar c = calendars.get(id);
            if (c == null) {
                continue;
            }
            c.coveredUntil(from).filter(until -> until.isBefore(limit))
                    .ifPresent(until -> out.add(new CoverageEnd(c.ref(), until)));
        }
        return List.copyOf(out);
    }

    /**
     * Finds a calendar by id.
     *
     * @param id the id
     * @return the calendar, or empty
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<BusinessCalendar> find(String id) {
        return Optional.ofNullable(calendars.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Gets a calendar by id.
     *
     * @param id the id
     * @return the calendar
     * @throws NullPointerException     if {@code id} is null
     * @throws UnknownCalendarException if no calendar has that id
     */
    public BusinessCalendar get(String id) {
        return find(id).orElseThrow(() -> new UnknownCalendarException(id));
    }

    /**
     * Gets the registered ids.
     *
     * @return the ids, sorted
     */
    public List<String> ids() {
        return List.copyOf(new TreeSet<>(calendars.keySet()));
    }

    /**
     * Adds a listener for replacements.
     *
     * @param listener the listener
     * @throws NullPointerException if {@code listener} is null
     */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener added before; does nothing if it is not registered.
     *
     * @param listener the listener
     * @return whether it was registered
     */
    public boolean removeListener(Listener listener) {
        return listeners.remove(Objects.requireNonNull(listener, "listener"));
    }
}
