package dev.aftersales.property;

import dev.aftersales.common.validation.FreeTexts;
import java.util.Objects;

/** Checks of the free texts held by the property model (names, numbers, descriptions). */
final class Names {

    private Names() {
    }

    /**
     * Checks that a text is present, free text as rule IN-1 says (no control character, well formed, not
     * blank) and at most {@code max} characters long. The message
     * names the field only, never the text (rule EU-4).
     */
    static String require(String field, String value, int max) {
        return FreeTexts.require(field, value, max);
    }

    /** Like {@link #require} but accepts null (an unknown value). */
    static String optional(String field, String value, int max) {
        return value == null ? null : require(field, value, max);
    }
}
