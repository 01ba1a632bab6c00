package dev.aftersales.commitment;

import dev.aftersales.common.Identifiers;

/**
 * Names one version of a commitment policy (rule SL-13): a commitment keeps the version under
 * which it started.
 *
 * @param id      the policy id
 * @param version the version, 1 or more
 */
public record PolicyRef(String id, int version) {

    /**
     * Creates a reference.
     *
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if the id is malformed or the version is below 1
     */
    public PolicyRef {
        Identifiers.requireValid("policy id", id);
        if (version < 1) {
            throw new IllegalArgumentException("a policy version is 1 or more, got " + version);
        }
    }

    /**
     * Parses {@code id@version}, the form of {@link #toString()}.
     *
     * @param text the text
     * @return the reference
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is malformed
     */
    public static PolicyRef parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("a policy reference is id@version, got " + text);
        }
        try {
            return new PolicyRef(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a policy reference is id@version, got " + text, e);
        }
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
