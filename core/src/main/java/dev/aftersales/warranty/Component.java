package dev.aftersales.warranty;

import java.util.Locale;
import java.util.Objects;

/**
 * A part of a home that has its own warranty term (rule WA-1), e.g. roof waterproofing.
 *
 * @param key    stable identifier, lower case letters, digits and dashes, e.g. {@code roof-waterproofing}
 * @param nameEn English display name
 * @param nameZh Chinese display name
 */
public record Component(String key, String nameEn, String nameZh) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the key is not lower case letters, digits and dashes, or a name is blank
     */
    public Component {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("key: lower case letters, digits and dashes, got '" + key + "'");
        }
        if (nameEn.isBlank() || nameZh.isBlank()) {
            throw new IllegalArgumentException("names of component " + key + " must not be blank");
        }
    }

    /**
     * Creates a component.
     *
     * @param key    the key
     * @param nameEn the English name
     * @param nameZh the Chinese name
     * @return the component
     */
    public static Component of(String key, String nameEn, String nameZh) {
        return new Component(key, nameEn, nameZh);
    }

    /**
     * Gets the display name in a language: Chinese for a Chinese locale, English otherwise.
     *
     * @param locale the locale
     * @return the name
     */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
