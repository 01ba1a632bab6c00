package dev.aftersales.calendar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The named calendars a policy's terms refer to (SL-1: "working days on a named calendar").
 * Registering a calendar under an id that holds another version replaces it and tells the
 * listeners, so that running commitments can be recomputed (rule SL-14). Safe for use by several
 * threads.
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
        return Optional.ofNullable(previous);
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
