package dev.aftersales.ticket;

import dev.aftersales.common.AfterSalesException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an intake command refers to what the property register does not hold (rules EU-1,
 * EU-3): a unit, building or estate that is not registered, a unit or building placed in another
 * building or estate than the register's, an owner never registered. Lists every such problem at
 * once (rule CP-2) and nothing of the command is stored. The message names the command and ids
 * only, never the reporter's contact data or the description (rule EU-4).
 */
public class TicketReferenceException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param command  the simple name of the command type, e.g. {@code "ReportRepair"}
     * @param problems every problem, at least one
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no problem
     */
    public TicketReferenceException(String command, List<Problem> problems) {
        super(message(command, problems));
        this.command = command;
        this.problems = List.copyOf(problems);
    }

    private static String message(String command, List<Problem> problems) {
        Objects.requireNonNull(command, "command");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a reference exception lists at least one problem");
        }
        return message(command, problems, Locale.ENGLISH);
    }

    private static String message(String command, List<Problem> problems, Locale locale) {
        return text(Messages.BUNDLE, locale, "reference", command, problems.stream().map(p -> p.message(locale))
                .collect(Collectors.joining(text(Messages.BUNDLE, locale, "reference.separator"))));
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 命令 ReportRepair 引用了房产登记中没有的内容：房屋 U-9 未登记；未存储任何内容}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the command and ids only
     */
    @Override
    public String message(Locale locale) {
        return message(command, problems, locale);
    }

    /**
     * Returns the simple name of the refused command type.
     *
     * @return the command name
     */
    public String command() {
        return command;
    }

    /**
     * Returns every problem, in the order location, then reporter.
     *
     * @return the problems, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong with one reference. */
    public enum Reason {
        /** The estate is not registered. */
        UNKNOWN_ESTATE,
        /** The building is not registered. */
        UNKNOWN_BUILDING,
        /** The unit is not registered. */
        UNKNOWN_UNIT,
        /** The owner is not registered. */
        UNKNOWN_OWNER,
        /** The building is registered in another estate than the command says. */
        BUILDING_IN_OTHER_ESTATE,
        /** The unit is registered in another building or estate than the command says. */
        UNIT_IN_OTHER_BUILDING
    }

    /**
     * One reference the register contradicts.
     *
     * @param reason        what is wrong
     * @param id            the id of the estate, building, unit or owner concerned
     * @param detail        what the register holds instead, in words of ids only, or empty for an unknown id
     * @param chineseDetail the same in Chinese
     */
    public record Problem(Reason reason, String id, String detail, String chineseDetail) {

        /**
         * Creates a problem.
         *
         * @throws NullPointerException if an argument is null
         */
        public Problem {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(chineseDetail, "chineseDetail");
        }

        /**
         * Creates a problem whose detail is in English only (the Chinese message shows it as it is).
         *
         * @param reason what is wrong
         * @param id     the id of the estate, building, unit or owner concerned
         * @param detail what the register holds instead, in words of ids only, or empty for an unknown id
         * @throws NullPointerException if an argument is null
         */
        public Problem(Reason reason, String id, String detail) {
            this(reason, id, detail, detail);
        }

        /**
         * Obtains the problem of an id the register does not hold.
         *
         * @param reason one of the {@code UNKNOWN_...} reasons
         * @param id     the id
         * @return the problem
         */
        public static Problem unknown(Reason reason, String id) {
            return new Problem(reason, id, "", "");
        }

        /**
         * Says what is wrong in English or (for a Chinese locale) Chinese, e.g. {@code 房屋 U-9 未登记}.
         *
         * @param locale the language; {@code null} is taken as English
         * @return the problem, in words of ids only
         */
        public String message(Locale locale) {
            return text(Messages.BUNDLE, locale, "reference." + reason, id, chinese(locale) ? chineseDetail : detail);
        }

        @Override
        public String toString() {
            return message(Locale.ENGLISH);
        }
    }
}
