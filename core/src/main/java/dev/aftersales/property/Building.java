package dev.aftersales.property;

import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * A building (栋 / 楼) on a plot (rule EU-1). Holds its estate as well as its plot so that queries
 * by estate need no join. Stored through {@link dev.aftersales.spi.EstateRepository}.
 *
 * @param id      the building's id
 * @param estate  the estate of the plot
 * @param plot    the plot the building stands on
 * @param name    the building's name, 1 to {@value #MAX_NAME} characters, e.g. "3栋"
 * @param version the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Building(BuildingId id, EstateId estate, PlotId plot, String name, long version)
        implements Versioned<Building> {

    /** The longest building name accepted. */
    public static final int MAX_NAME = 100;

    /**
     * Creates a building record.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long, or the version negative
     */
    public Building {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(plot, "plot");
        Names.require("Building.name", name, MAX_NAME);
        Versions.requireValid(version);
    }

    /**
     * Obtains a new, not yet stored building on a plot.
     *
     * @param id   the building's id
     * @param plot the plot, which gives the estate
     * @param name the building's name
     * @return the building at version {@code 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Building create(BuildingId id, Plot plot, String name) {
        Objects.requireNonNull(plot, "plot");
        return new Building(id, plot.estate(), plot.id(), name, 0);
    }

    /**
     * Returns a copy of this building with another name.
     *
     * @param newName the new name
     * @return the copy
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public Building withName(String newName) {
        return new Building(id, estate, plot, newName, version);
    }

    @Override
    public Building withVersion(long newVersion) {
        return new Building(id, estate, plot, name, newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }
}
