package dev.aftersales.spi;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import java.util.Optional;

/**
 * Stores estates, their plots and their buildings (rule EU-1). Estates, plots and buildings are
 * three record types with three id spaces: an estate and a plot may share an id text.
 *
 * <p>Common contracts (see the {@code spi} package): saves are optimistic (version {@code 0}
 * inserts, any other version replaces exactly that stored version, else
 * {@link StaleWriteException} and nothing is written); a save joins the calling thread's
 * {@link UnitOfWork} if one is open, else it is atomic on its own; reads see the calling thread's
 * own uncommitted writes and never another thread's; implementations are thread-safe. The store
 * does not check references (that a plot's estate exists): the library does before it saves.
 */
public interface EstateRepository {

    /**
     * Inserts or updates an estate. Atomic; joins the current unit of work.
     *
     * @param estate the estate; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the estate is null
     * @throws StaleWriteException  if the estate was inserted with an id already stored, or updated
     *                              from a version that is not the stored one (or of a missing
     *                              estate); nothing is written
     */
    Estate saveEstate(Estate estate);

    /**
     * Finds an estate by id.
     *
     * @param id the id
     * @return the estate at its stored version, or empty if no estate has that id
     * @throws NullPointerException if the id is null
     */
    Optional<Estate> findEstate(EstateId id);

    /**
     * Lists all estates, ordered by id text (ascending, by UTF-16 code units as
     * {@link String#compareTo}).
     *
     * @param page the page wanted
     * @return the page; empty if there are no estates or the offset is past the end
     * @throws NullPointerException if the page request is null
     */
    Page<Estate> findEstates(PageRequest page);

    /**
     * Inserts or updates a plot. Atomic; joins the current unit of work.
     *
     * @param plot the plot; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the plot is null
     * @throws StaleWriteException  if the insert finds the id taken or the version is not the
     *                              stored one; nothing is written
     */
    Plot savePlot(Plot plot);

    /**
     * Finds a plot by id.
     *
     * @param id the id
     * @return the plot, or empty if no plot has that id
     * @throws NullPointerException if the id is null
     */
    Optional<Plot> findPlot(PlotId id);

    /**
     * Lists the plots of an estate, ordered by plot id text (ascending, as {@link String#compareTo}).
     *
     * @param estate the estate
     * @param page   the page wanted
     * @return the page; empty if the estate has no plots or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Plot> findPlotsOfEstate(EstateId estate, PageRequest page);

    /**
     * Inserts or updates a building. Atomic; joins the current unit of work.
     *
     * @param building the building; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the building is null
     * @throws StaleWriteException  if the insert finds the id taken or the version is not the
     *                              stored one; nothing is written
     */
    Building saveBuilding(Building building);

    /**
     * Finds a building by id.
     *
     * @param id the id
     * @return the building, or empty if no building has that id
     * @throws NullPointerException if the id is null
     */
    Optional<Building> findBuilding(BuildingId id);

    /**
     * Lists the buildings on a plot, ordered by building id text (ascending, as
     * {@link String#compareTo}).
     *
     * @param plot the plot
     * @param page the page wanted
     * @return the page; empty if the plot has no buildings or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Building> findBuildingsOfPlot(PlotId plot, PageRequest page);

    /**
     * Lists the buildings of an estate (on all its plots), ordered by building id text (ascending,
     * as {@link String#compareTo}).
     *
     * @param estate the estate
     * @param page   the page wanted
     * @return the page; empty if the estate has no buildings or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Building> findBuildingsOfEstate(EstateId estate, PageRequest page);

    /**
     * Counts the buildings on a plot (rule EU-2). Sees the calling thread's own uncommitted writes.
     *
     * @param plot the plot
     * @return the number of buildings, {@code 0} if the plot has none or is not stored
     * @throws NullPointerException if the plot is null
     */
    long countBuildingsOfPlot(PlotId plot);
}
