package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;
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
        super(kind + " " + id + " not found");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
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
