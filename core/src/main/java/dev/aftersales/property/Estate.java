package dev.aftersales.property;

import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * An estate (楼盘 / 小区 / 项目): a development project with plots, buildings and units (rule EU-1).
 * Stored as is through {@link dev.aftersales.spi.EstateRepository}.
 *
 * @param id      the estate's id
 * @param name    the estate's name, 1 to {@value #MAX_NAME} characters, e.g. "万科城"
 * @param version the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Estate(EstateId id, String name, long version) implements Versioned<Estate> {

    /** The longest estate name accepted. */
    public static final int MAX_NAME = 100;

    /**
     * Creates an estate record.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long, or the version negative
     */
    public Estate {
        Objects.requireNonNull(id, "id");
        Names.require("Estate.name", name, MAX_NAME);
        Versions.requireValid(version);
    }

    /**
     * Obtains a new, not yet stored estate.
     *
     * @param id   the estate's id
     * @param name the estate's name
     * @return the estate at version {@code 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Estate create(EstateId id, String name) {
        return new Estate(id, name, 0);
    }

    /**
     * Returns a copy of this estate with another name.
     *
     * @param newName the new name
     * @return the copy
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public Estate withName(String newName) {
        return new Estate(id, newName, version);
    }

    @Override
    public Estate withVersion(long newVersion) {
        return new Estate(id, name, newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }
}
