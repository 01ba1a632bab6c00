package dev.aftersales.storage.jdbc;

/**
 * The columns that hold personal data (rules EU-3, EU-4), each passed through the store's
 * {@link PersonalDataCodec} on its way in and out. The table names are without prefix.
 */
public enum PersonalColumn {

    /** An owner's name. */
    OWNER_NAME("owner", "name", 500),
    /** An owner's occupation. */
    OWNER_OCCUPATION("owner", "occupation", 500),
    /** An owner's employer. */
    OWNER_EMPLOYER("owner", "employer", 500),
    /** An owner's phone numbers, joined by commas. */
    OWNER_PHONES("owner", "phones", 500),
    /** An owner's ID-card number. */
    OWNER_ID_CARD_NUMBER("owner", "id_card_number", 500),
    /** The description of an owner's outstanding item. */
    OWNER_ITEM_DESCRIPTION("owner_item", "description", 0),
    /** The name of a ticket's non-owner contact. */
    TICKET_CONTACT_NAME("ticket", "contact_name", 500),
    /** The phone of a ticket's non-owner contact. */
    TICKET_CONTACT_PHONE("ticket", "contact_phone", 500),
    /** What the reporter said, in their words. */
    TICKET_DESCRIPTION("ticket", "description", 0),
    /** A note on a ticket's step. */
    TICKET_STEP_NOTE("ticket_step", "note", 0),
    /** The staff member's recorded reason of an excluded warranty decision (rule WA-6). */
    WARRANTY_DECISION_REASON("warranty_decision", "reason", 0);

    private final String table;
    private final String column;
    private final int maxLength;

    PersonalColumn(String table, String column, int maxLength) {
        this.table = table;
        this.column = column;
        this.maxLength = maxLength;
    }

    /**
     * Returns how many characters the column holds.
     *
     * @return the length, {@code 0} for a text without a limit the library knows of
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Encodes a value for this column with a codec and checks that the result fits, so that no
     * database (MariaDB/MySQL outside strict mode among them) truncates it silently.
     *
     * @param codec the codec
     * @param value the value, or null
     * @return the stored text, or null for a null value
     * @throws IllegalArgumentException if the codec returned null or more than {@link #maxLength()}
     *                                  characters; the message gives lengths only (rule EU-4)
     */
    public String encode(PersonalDataCodec codec, String value) {
        if (value == null) {
            return null;
        }
        String stored = codec.encode(this, value);
        if (stored == null || maxLength > 0 && stored.length() > maxLength) {
            throw new IllegalArgumentException("the personal data codec made " + (stored == null ? "null" : stored.length()
                    + " characters") + " of a value for " + table + "." + column + ", which holds " + maxLength);
        }
        return stored;
    }

    /**
     * Decodes a stored value of this column with a codec.
     *
     * @param codec  the codec
     * @param stored the stored text, or null
     * @return the value, or null for a null stored text
     */
    public String decode(PersonalDataCodec codec, String stored) {
        return stored == null ? null : codec.decode(this, stored);
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
