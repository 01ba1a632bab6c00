package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;

import java.util.Objects;

/**
 * Thrown when calendar text ({@link CalendarFormat}) cannot be loaded: a malformed line,
 * overlapping periods, a date both off and worked (rule SL-1). The message is
 * {@code source:line: problem}, e.g. {@code estate-42.cal:12: working periods 09:00-12:00 and
 * 11:00-13:00 overlap}.
 */
public class CalendarFormatException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source  the file or source name
     * @param line    the line number, from 1
     * @param problem what is wrong
     * @param cause   the underlying failure, or null
     * @throws NullPointerException if {@code source} or {@code problem} is null
     */
    public CalendarFormatException(String source, int line, String problem, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ": " + Objects.requireNonNull(problem, "problem"),
                cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /**
     * Gets the file or source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Gets the line number, from 1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Gets what is wrong, without the source and line.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
