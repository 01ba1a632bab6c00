package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when calendar data cannot be loaded: a malformed line of the text format
 * ({@link CalendarFormat}), overlapping periods, a date both off and worked (rule SL-1), or a
 * malformed holiday-cn JSON file ({@link HolidayCnFormat}). The message is
 * {@code source:line: problem}, e.g. {@code estate-42.cal:12: working periods 09:00-12:00 and
 * 11:00-13:00 overlap}, or {@code source:line:column: problem} where the column is known, e.g.
 * {@code 2027.json:12:21: 'date' is a date yyyy-MM-dd, got '2027-1-1'}.
 */
public class CalendarFormatException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;
    private final String chineseProblem;

    /**
     * Creates the exception for a whole line.
     *
     * @param source  the file or source name
     * @param line    the line number, from 1
     * @param problem what is wrong
     * @param cause   the underlying failure, or null
     * @throws NullPointerException if {@code source} or {@code problem} is null
     */
    public CalendarFormatException(String source, int line, String problem, Throwable cause) {
        this(source, line, 0, problem, cause);
    }

    /**
     * Creates the exception for a place in a line, with the problem in English only: its Chinese
     * message names the source, line and column in Chinese and gives the English problem.
     *
     * @param source  the file or source name
     * @param line    the line number, from 1
     * @param column  the column, from 1 (characters from the start of the line); 0 if not known
     * @param problem what is wrong
     * @param cause   the underlying failure, or null
     * @throws NullPointerException if {@code source} or {@code problem} is null
     */
    public CalendarFormatException(String source, int line, int column, String problem, Throwable cause) {
        this(source, line, column, problem, problem, cause);
    }

    /**
     * Creates the exception for a place in a line, with the problem in English and Chinese.
     *
     * @param source         the file or source name
     * @param line           the line number, from 1
     * @param column         the column, from 1 (characters from the start of the line); 0 if not known
     * @param problem        what is wrong
     * @param chineseProblem what is wrong, in Chinese
     * @param cause          the underlying failure, or null
     * @throws NullPointerException if {@code source} or a problem is null
     */
    public CalendarFormatException(String source, int line, int column, String problem, String chineseProblem,
                                   Throwable cause) {
        super(format(Locale.ENGLISH, Objects.requireNonNull(source, "source"), line, column,
                Objects.requireNonNull(problem, "problem")), cause);
        this.source = source;
        this.line = line;
        this.column = Math.max(0, column);
        this.problem = problem;
        this.chineseProblem = Objects.requireNonNull(chineseProblem, "chineseProblem");
    }

    private static String format(Locale locale, String source, int line, int column, String problem) {
        return column > 0 ? Messages.text(locale, "format.column", source, line, column, problem)
                : Messages.text(locale, "format.line", source, line, problem);
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 2027.json 第 12 行第 21 列：...}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the source, line, column and problem
     */
    @Override
    public String message(Locale locale) {
        return Messages.chinese(locale) ? format(locale, source, line, column, chineseProblem) : getMessage();
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
     * Gets the column of the problem in its line, from 1, where it is known (JSON input).
     *
     * @return the column, or 0 for the whole line
     */
    public int column() {
        return column;
    }

    /**
     * Gets what is wrong, without the source, line and column.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
