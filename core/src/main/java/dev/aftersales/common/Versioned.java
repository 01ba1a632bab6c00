package dev.aftersales.common;

/**
 * A stored record with an optimistic-concurrency version. A record that was never stored has
 * version {@code 0}; each successful save stores it with {@code version + 1} and returns that copy.
 *
 * @param <R> the record type
 */
public interface Versioned<R extends Versioned<R>> {

    /**
     * Returns the version this record was read at, {@code 0} if it was never stored.
     *
     * @return the version, zero or more
     */
    long version();

    /**
     * Returns a copy of this record with the given version. Used by storage adapters only.
     *
     * @param version the new version
     * @return the copy
     */
    R withVersion(long version);

    /**
     * Returns the identifier of this record as text, for error messages and keys.
     *
     * @return the id text
     */
    String idText();
}
