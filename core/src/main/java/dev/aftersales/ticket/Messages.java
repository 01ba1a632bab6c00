package dev.aftersales.ticket;

/**
 * The message bundle of the ticket exceptions, {@code dev/aftersales/ticket/messages}, in English
 * and Chinese (rules EU-4, CP-2).
 */
final class Messages {

    /** The bundle's base name. */
    static final String BUNDLE = "dev.aftersales.ticket.messages";

    private Messages() {
    }
}
