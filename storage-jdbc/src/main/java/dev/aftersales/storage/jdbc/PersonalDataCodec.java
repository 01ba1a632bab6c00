package dev.aftersales.storage.jdbc;

/**
 * Turns personal data into what is stored in its column and back (rules EU-3, EU-4): the place
 * where an integrator encrypts, tokenizes or masks the {@link PersonalColumn}s. The default,
 * {@link #PLAIN}, stores the values as they are.
 *
 * <p>The JDBC store calls {@link #encode} for every non-null personal value it writes and
 * {@link #decode} for every one it reads; {@code decode(c, encode(c, v))} must equal {@code v}.
 * The columns are sized for the UTF-8 bytes of the longest value encrypted with AES-GCM and
 * encoded in base64; a codec with longer output needs wider columns (a migration of the
 * integrator's own). Nothing the codec returns is logged. Implementations must be thread-safe and
 * must not put the values in exception messages.
 *
 * <pre>{@code
 * PersonalDataCodec encrypting = new PersonalDataCodec() {
 *     public String encode(PersonalColumn column, String value) { return crypto.encrypt(column.name(), value); }
 *     public String decode(PersonalColumn column, String stored) { return crypto.decrypt(column.name(), stored); }
 * };
 * }</pre>
 */
public interface PersonalDataCodec {

    /** Stores personal data as it is. */
    PersonalDataCodec PLAIN = new PersonalDataCodec() {
        @Override
        public String encode(PersonalColumn column, String value) {
            return value;
        }

        @Override
        public String decode(PersonalColumn column, String stored) {
            return stored;
        }

        @Override
        public String toString() {
            return "PersonalDataCodec.PLAIN";
        }
    };

    /**
     * Returns what to store for a personal value.
     *
     * @param column the column
     * @param value  the value, not null
     * @return the stored text, not null
     */
    String encode(PersonalColumn column, String value);

    /**
     * Returns the personal value from what was stored.
     *
     * @param column the column
     * @param stored the stored text, not null
     * @return the value
     */
    String decode(PersonalColumn column, String stored);
}
