package dev.aftersales.commitment;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Identifiers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Who an escalation goes to (rules SL-9, CP-8, CP-9): a department (e.g. the administration and HR
 * department of CP-8) or a role (e.g. the property director of CP-9). Identifiers only, never names
 * of people. The departments and roles the presets name have display names in English and Chinese
 * ({@link #displayName(Locale)}: {@code admin-hr} is 行政人事部, {@code property-director} 物业总监);
 * the embedding system names its own.
 *
 * @param kind department or role
 * @param id   the department id or role id
 */
public record Recipient(Kind kind, String id) {

    /** The kinds of recipient. */
    public enum Kind {
        /** A department, by {@link DepartmentId}. */
        DEPARTMENT,
        /** A role, e.g. {@code property-director}, resolved to people by the embedding system. */
        ROLE
    }

    /**
     * Creates a recipient.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Identifiers.requireValid("Recipient.id", id);
    }

    /**
     * Obtains a department as recipient.
     *
     * @param department the department
     * @return the recipient
     * @throws NullPointerException if {@code department} is null
     */
    public static Recipient department(DepartmentId department) {
        return new Recipient(Kind.DEPARTMENT, department.value());
    }

    /**
     * Obtains a department as recipient.
     *
     * @param departmentId the department id
     * @return the recipient
     * @throws NullPointerException     if {@code departmentId} is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Recipient department(String departmentId) {
        return new Recipient(Kind.DEPARTMENT, departmentId);
    }

    /**
     * Obtains a role as recipient.
     *
     * @param roleId the role id
     * @return the recipient
     * @throws NullPointerException     if {@code roleId} is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Recipient role(String roleId) {
        return new Recipient(Kind.ROLE, roleId);
    }

    /**
     * Parses {@code department:<id>} or {@code role:<id>}, the form of {@link #toString()}.
     *
     * @param text the text
     * @return the recipient
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text has another form
     */
    public static Recipient parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a recipient is department:<id> or role:<id>, got " + text);
        }
        String kind = text.substring(0, colon);
        String id = text.substring(colon + 1);
        if (kind.equals("department")) {
            return department(id);
        }
        if (kind.equals("role")) {
            return role(id);
        }
        throw new IllegalArgumentException("a recipient is department:<id> or role:<id>, got " + text);
    }

    /**
     * Returns the name to show to people, for the departments and roles the presets name
     * ({@link CommitmentPresets#ADMIN_HR}, {@link CommitmentPresets#PROPERTY_DIRECTOR},
     * {@link CommitmentPresets#GM_OFFICE}): e.g. {@code Administration and HR department} or
     * {@code 行政人事部}. Any other recipient has no name in the library: empty.
     *
     * @param locale the language: any Chinese locale for Chinese, any other for English
     * @return the display name, or empty for a recipient the library does not name
     * @throws NullPointerException if the locale is null
     */
    public Optional<String> displayName(Locale locale) {
        Locale language = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle names = ResourceBundle.getBundle(NAMES, language, Recipient.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = kind + "." + id;
        return names.containsKey(key) ? Optional.of(names.getString(key)) : Optional.empty();
    }

    /** The bundle of the preset recipients' display names. */
    private static final String NAMES = "dev.aftersales.commitment.Recipients";

    @Override
    public String toString() {
        return (kind == Kind.DEPARTMENT ? "department:" : "role:") + id;
    }
}
