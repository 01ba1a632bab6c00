package dev.aftersales.commitment.format;

import dev.aftersales.common.AfterSalesException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when the text form of a policy ({@link PolicyFormat}) is malformed or describes an invalid
 * policy. Every problem found is named with its line (and column where known) in English and
 * Chinese, e.g. {@code rp2.policy:7:10: unknown ticket step 'RECIEVE' / 未知的工单步骤 'RECIEVE'}.
 */
public class PolicyFormatException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * One problem of a policy text.
     *
     * @param line    the line number, from 1
     * @param column  the column, from 1; 0 for the whole line
     * @param english what is wrong, in English
     * @param chinese what is wrong, in Chinese
     */
    public record Problem(int line, int column, String english, String chinese) {
        /**
         * Creates a problem.
         *
         * @throws NullPointerException if a message is null
         */
        public Problem {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(chinese, "chinese");
        }

        @Override
        public String toString() {
            return line + (column > 0 ? ":" + column : "") + ": " + english + " / " + chinese;
        }
    }

    /**
     * Creates the exception.
     *
     * @param source   the file or source name
     * @param problems every problem found, at least one
     */
    public PolicyFormatException(String source, List<Problem> problems) {
        super(problems.stream().map(p -> source + ":" + p).collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese: one line per problem, e.g.
     * {@code rp2.policy:7:10: 未知的工单步骤 'RECIEVE'}. ({@link #getMessage()} gives both languages.)
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the source, lines and columns
     */
    @Override
    public String message(Locale locale) {
        boolean zh = chinese(locale);
        return problems.stream().map(p -> source + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") + ": "
                + (zh ? p.chinese() : p.english())).collect(Collectors.joining("\n"));
    }

    /**
     * Gets every problem found, in line order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }
}
