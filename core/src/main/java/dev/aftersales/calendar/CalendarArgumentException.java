package dev.aftersales.calendar;

import java.util.Objects;

/**
 * Thrown when a {@link BusinessCalendar} operation gets an argument it cannot work with (rules
 * SL-3 to SL-5): a negative business-time target, a working-days target below 1, an instant or a
 * date outside the supported dates ({@link BusinessCalendar#MIN_DATE} to
 * {@link BusinessCalendar#MAX_DATE}), or a computation that would span more than
 * {@link BusinessCalendar#MAX_SPAN}. It names the parameter at fault; the message carries the
 * values (instants, durations, counts), never personal data.
 *
 * <p>It is an {@link IllegalArgumentException}, as the calendar's refusals of negative targets
 * always were, so that callers catching that keep working.
 */
public class CalendarArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * Creates the exception.
     *
     * @param parameter the name of the parameter at fault, e.g. {@code target}
     * @param problem   what is wrong with it, with the values
     * @throws NullPointerException if an argument is null
     */
    public CalendarArgumentException(String parameter, String problem) {
        super(Objects.requireNonNull(parameter, "parameter") + ": " + Objects.requireNonNull(problem, "problem"));
        this.parameter = parameter;
    }

    /**
     * Gets the name of the parameter at fault, as the method's Javadoc names it.
     *
     * @return e.g. {@code start}, {@code target}, {@code n}
     */
    public String parameter() {
        return parameter;
    }
}
