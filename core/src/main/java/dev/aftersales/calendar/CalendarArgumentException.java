package dev.aftersales.calendar;

import dev.aftersales.common.LocalizedMessage;
import java.util.Locale;
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
 * always were, so that callers catching that keep working; like every exception of the library it
 * gives its message in English or Chinese ({@link #message(Locale)}, rule CP-2).
 */
public class CalendarArgumentException extends IllegalArgumentException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String chineseProblem;

    /**
     * Creates the exception with the problem in English only: its Chinese message names the
     * parameter in Chinese and gives the English problem.
     *
     * @param parameter the name of the parameter at fault, e.g. {@code target}
     * @param problem   what is wrong with it, with the values
     * @throws NullPointerException if an argument is null
     */
    public CalendarArgumentException(String parameter, String problem) {
        this(parameter, problem, problem);
    }

    /**
     * Creates the exception with the problem in English and Chinese.
     *
     * @param parameter      the name of the parameter at fault, e.g. {@code target}
     * @param problem        what is wrong with it, with the values
     * @param chineseProblem the same in Chinese
     * @throws NullPointerException if an argument is null
     */
    public CalendarArgumentException(String parameter, String problem, String chineseProblem) {
        super(Messages.text(Locale.ENGLISH, "argument", Objects.requireNonNull(parameter, "parameter"),
                Objects.requireNonNull(problem, "problem")));
        this.parameter = parameter;
        this.chineseProblem = Objects.requireNonNull(chineseProblem, "chineseProblem");
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 参数 n：工作日目标至少为 1，实际为 0}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the parameter and the values
     */
    @Override
    public String message(Locale locale) {
        return Messages.chinese(locale) ? Messages.text(locale, "argument", parameter, chineseProblem) : getMessage();
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
