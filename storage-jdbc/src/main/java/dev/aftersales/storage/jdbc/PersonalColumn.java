package dev.aftersales.storage.jdbc;

/**
 * The columns that hold personal data (rules EU-3, EU-4), each passed through the store's
 * {@link PersonalDataCodec} on its way in and out. The table names are without prefix.
 */
public enum PersonalColumn {

    /** An owner's name. */
    OWNER_NAME("owner", "name"),
    /** An owner's occupation. */
    OWNER_OCCUPATION("owner", "occupation"),
    /** An owner's employer. */
    OWNER_EMPLOYER("owner", "employer"),
    /** An owner's phone numbers, joined by commas. */
    OWNER_PHONES("owner", "phones"),
    /** An owner's ID-card number. */
    OWNER_ID_CARD_NUMBER("owner", "id_card_number"),
    /** The description of an owner's outstanding item. */
    OWNER_ITEM_DESCRIPTION("owner_item", "description"),
    /** The name of a ticket's non-owner contact. */
    TICKET_CONTACT_NAME("ticket", "contact_name"),
    /** The phone of a ticket's non-owner contact. */
    TICKET_CONTACT_PHONE("ticket", "contact_phone"),
    /** What the reporter said, in their words. */
    TICKET_DESCRIPTION("ticket", "description"),
    /** A note on a ticket's step. */
    TICKET_STEP_NOTE("ticket_step", "note");

    private final String table;
    private final String column;

    PersonalColumn(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /**
     * Returns the table, without prefix.
     *
     * @return e.g. {@code "owner"}
     */
    public String table() {
        return table;
    }

    /**
     * Returns the column.
     *
     * @return e.g. {@code "phones"}
     */
    public String column() {
        return column;
    }
}
