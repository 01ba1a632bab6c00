package dev.aftersales.ticket;

/** Shows free text in {@code toString} without its content, which may be personal data (rule EU-4). */
final class Redaction {

    private Redaction() {
    }

    /**
     * Describes a text without revealing it.
     *
     * @param text the text, may be null
     * @return {@code "none"} or {@code "(n chars withheld)"}
     */
    static String text(String text) {
        return text == null ? "none" : "(" + text.length() + " chars withheld)";
    }

    /**
     * Describes an intake command without personal data (rule EU-4): its name, its kind's own
     * fields, the common fields, the description withheld.
     *
     * @param command the command
     * @param lead    what comes before the location, e.g. {@code "PRAISE, "}, or {@code ""}
     * @param extra   what comes after the channel, e.g. {@code ", urgency=NORMAL"}, or {@code ""}
     * @return the description
     */
    static String intakeCommand(IntakeCommand command, String lead, String extra) {
        return command.getClass().getSimpleName() + "[" + lead + command.location() + ", " + command.reporter()
                + ", channel=" + command.channel() + extra
                + (command.category() == null ? "" : ", category=" + command.category().code())
                + ", receivingUnit=" + command.receivingUnit()
                + ", description " + text(command.description()) + "]";
    }
}
