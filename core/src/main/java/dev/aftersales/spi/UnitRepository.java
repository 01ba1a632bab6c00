package dev.aftersales.spi;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCounts;
import dev.aftersales.property.UnitId;
import java.util.Optional;

/**
 * Stores units (rule EU-1) and answers the per-plot counts of rule EU-2. A unit record carries its
 * building, plot and estate, so every query here filters one table.
 *
 * <p>Common contracts (see the {@code spi} package): optimistic saves with
 * {@link StaleWriteException}; a save joins the calling thread's {@link UnitOfWork} if one is open;
 * reads see the calling thread's own uncommitted writes; thread-safe. Orders compare id texts as
 * {@link String#compareTo} does (UTF-16 code units, ascending).
 */
public interface UnitRepository {

    /**
     * Inserts or updates a unit. Atomic; joins the current unit of work.
     *
     * @param unit the unit; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the unit is null
     * @throws StaleWriteException  if the insert finds the id taken or the version is not the stored
     *                              one (or the unit is missing); nothing is written
     */
    Unit save(Unit unit);

    /**
     * Finds a unit by id.
     *
     * @param id the id
     * @return the unit at its stored version, or empty if no unit has that id
     * @throws NullPointerException if the id is null
     */
    Optional<Unit> findById(UnitId id);

    /**
     * Lists the units of a building, ordered by unit id text.
     *
     * @param building the building
     * @param page     the page wanted
     * @return the page; empty if the building has no units or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Unit> findByBuilding(BuildingId building, PageRequest page);

    /**
     * Lists the units of all buildings on a plot, ordered by unit id text.
     *
     * @param plot the plot
     * @param page the page wanted
     * @return the page; empty if the plot has no units or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Unit> findByPlot(PlotId plot, PageRequest page);

    /**
     * Lists the units of all buildings of an estate, ordered by unit id text.
     *
     * @param estate the estate
     * @param page   the page wanted
     * @return the page; empty if the estate has no units or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Unit> findByEstate(EstateId estate, PageRequest page);

    /**
     * Counts the units of a plot per kind, sums their floor areas per kind and counts the usable
     * parking spaces (rule EU-2). The result must equal {@link UnitCounts#tally} of
     * {@link #findByPlot}'s units, read in one consistent view (a unit of work committed by another
     * thread is counted completely or not at all).
     *
     * @param plot the plot
     * @return the counts; all zero if the plot has no units or is not stored
     * @throws NullPointerException if the plot is null
     */
    UnitCounts countByPlot(PlotId plot);
}
