package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a command names an estate, plot, building, unit, owner or ownership that is not
 * stored. The message names the kind and the id only (rule EU-4); nothing is changed.
 */
public class PropertyNotFoundException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what was looked for, e.g. {@code "unit"}
     * @param id   the id looked for
     */
    public PropertyNotFoundException(String kind, String id) {
        super(text(Messages.BUNDLE, Locale.ENGLISH, "notFound", Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(id, "id")));
        this.kind = kind;
        this.id = id;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 未找到房屋 U-1}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the kind and the id
     */
    @Override
    public String message(Locale locale) {
        return text(Messages.BUNDLE, locale, "notFound", Messages.kind(kind, locale), id);
    }

    /**
     * Returns what was looked for.
     *
     * @return the kind, e.g. {@code "unit"}
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the id looked for.
     *
     * @return the id text
     */
    public String id() {
        return id;
    }
}
