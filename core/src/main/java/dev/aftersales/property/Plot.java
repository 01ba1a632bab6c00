package dev.aftersales.property;

import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * A plot (地块): a land parcel of an estate, e.g. plots A, B and C of seed 004 (rule EU-1). Staff
 * answer the counts of rule EU-2 per plot. Stored through {@link dev.aftersales.spi.EstateRepository}.
 *
 * @param id      the plot's id
 * @param estate  the estate the plot belongs to
 * @param name    the plot's name, 1 to {@value #MAX_NAME} characters, e.g. "A地块"
 * @param version the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Plot(PlotId id, EstateId estate, String name, long version) implements Versioned<Plot> {

    /** The longest plot name accepted. */
    public static final int MAX_NAME = 100;

    /**
     * Creates a plot record.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long, or the version negative
     */
    public Plot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estate, "estate");
        Names.require("Plot.name", name, MAX_NAME);
        Versions.requireValid(version);
    }

    /**
     * Obtains a new, not yet stored plot of an estate.
     *
     * @param id     the plot's id
     * @param estate the estate
     * @param name   the plot's name
     * @return the plot at version {@code 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Plot create(PlotId id, EstateId estate, String name) {
        return new Plot(id, estate, name, 0);
    }

    /**
     * Returns a copy of this plot with another name.
     *
     * @param newName the new name
     * @return the copy
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public Plot withName(String newName) {
        return new Plot(id, estate, newName, version);
    }

    @Override
    public Plot withVersion(long newVersion) {
        return new Plot(id, estate, name, newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }
}
