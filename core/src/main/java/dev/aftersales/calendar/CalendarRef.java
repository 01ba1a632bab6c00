package dev.aftersales.calendar;

import dev.aftersales.common.Identifiers;

import java.util.Objects;

/**
 * Names one calendar in one version, as explanations record it (rule SL-15) and as recomputation
 * compares it (rule SL-14): the calendar's id and its version (user-supplied, or the fingerprint
 * of its data).
 *
 * @param id      the calendar id
 * @param version the version
 */
public record CalendarRef(String id, String version) {

    /**
     * Creates a reference.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the id is malformed or the version is blank
     */
    public CalendarRef {
        Identifiers.requireValid("calendar id", id);
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("a calendar version is not blank");
        }
    }

    /**
     * Returns {@code id@version}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
