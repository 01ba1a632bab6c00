package dev.aftersales.storage.jdbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a database server, as far as the dialects need it (e.g. MariaDB has
 * {@code SKIP LOCKED} from 10.6, MySQL from 8.0.1, H2 from 2.2.220).
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version (H2's build number), {@code 0} if unknown
 */
public record ServerVersion(int major, int minor, int patch) implements Comparable<ServerVersion> {

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern MARIADB_BEHIND_MYSQL_PREFIX = Pattern.compile("^5\\.5\\.5-(?=\\d+\\.\\d+)");

    /**
     * Creates a version.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @throws IllegalArgumentException if a part is negative
     */
    public ServerVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative: " + major + "." + minor + "." + patch);
        }
    }

    /**
     * Obtains a version.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return the version
     * @throws IllegalArgumentException if a part is negative
     */
    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(major, minor, patch);
    }

    /**
     * Parses the first {@code major.minor[.patch]} of a product version text as drivers report it,
     * e.g. {@code "15.20 (Debian 15.20-0+deb12u1)"}, {@code "10.11.19-MariaDB-0+deb12u1"},
     * {@code "2.5.252 (2026-09-23)"}. The {@code 5.5.5-} that MariaDB servers put in front of their
     * version for old MySQL clients is skipped.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException if the text holds no version number
     */
    public static ServerVersion parse(String text) {
        String t = MARIADB_BEHIND_MYSQL_PREFIX.matcher(text).replaceFirst("");
        Matcher m = NUMBERS.matcher(t);
        if (!m.find()) {
            throw new IllegalArgumentException("no version number in database version text of " + text.length() + " characters");
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ServerVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    /**
     * Checks if this version is the given one or later.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return true if this version is at least the given one
     */
    public boolean isAtLeast(int major, int minor, int patch) {
        return compareTo(new ServerVersion(major, minor, patch)) >= 0;
    }

    @Override
    public int compareTo(ServerVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
