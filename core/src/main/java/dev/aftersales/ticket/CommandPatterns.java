package dev.aftersales.ticket;

/** Regular expressions shared by the ticket commands' constraints. */
final class CommandPatterns {

    /** The shape of a staff id, as {@link dev.aftersales.common.Identifiers} requires. */
    static final String STAFF_ID = "[A-Za-z0-9._:-]{1,64}";

    private CommandPatterns() {
    }
}
