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
}
