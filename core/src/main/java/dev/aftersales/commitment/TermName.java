package dev.aftersales.commitment;

import java.util.Locale;
import java.util.Objects;

/**
 * The name of a commitment term as people read it, in Chinese and in English (rule SL-15:
 * explanations speak of "contact the owner", not of an internal key such as {@code rp2-contact-1wd}).
 * The term's key stays its identifier.
 *
 * @param chinese the Chinese name, e.g. {@code 首次联系业主}
 * @param english the English name, e.g. {@code contact the owner}
 */
public record TermName(String chinese, String english) {

    /**
     * Creates a name.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public TermName {
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(english, "english");
        if (chinese.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("a term name is not blank in either language");
        }
    }

    /**
     * Gets the name in a language.
     *
     * @param locale Chinese for {@code zh}; any other language gets English
     * @return the name
     * @throws NullPointerException if {@code locale} is null
     */
    public String in(Locale locale) {
        return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh") ? chinese : english;
    }
}
