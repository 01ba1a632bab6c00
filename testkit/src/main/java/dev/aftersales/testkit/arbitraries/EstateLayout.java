package dev.aftersales.testkit.arbitraries;

import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Building;
import dev.aftersales.property.Estate;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotCounts;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCounts;
import java.util.List;
import java.util.Objects;

/**
 * A generated estate with its plots, buildings and units (rule EU-1), not yet stored (version
 * {@code 0}). Ids are unique within the layout and consistent: every unit names its building's plot
 * and estate. Use it as records for a repository or as commands for the library, and use
 * {@link #expectedCounts} as the reference answer of rule EU-2.
 *
 * @param estate    the estate
 * @param plots     its plots, in id order
 * @param buildings its buildings, in id order
 * @param units     its units, in id order
 */
public record EstateLayout(Estate estate, List<Plot> plots, List<Building> buildings, List<Unit> units) {

    /**
     * Creates a layout.
     *
     * @throws NullPointerException if an argument is null
     */
    public EstateLayout {
        Objects.requireNonNull(estate, "estate");
        plots = List.copyOf(plots);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
    }

    /**
     * Returns the units on a plot, in id order.
     *
     * @param plot the plot
     * @return its units
     */
    public List<Unit> unitsOf(PlotId plot) {
        return units.stream().filter(u -> u.plot().equals(plot)).toList();
    }

    /**
     * Returns what the per-plot query of rule EU-2 must answer for a plot of this layout.
     *
     * @param plot the plot
     * @return the expected counts
     */
    public PlotCounts expectedCounts(PlotId plot) {
        long buildingCount = buildings.stream().filter(b -> b.plot().equals(plot)).count();
        return new PlotCounts(plot, buildingCount, UnitCounts.tally(unitsOf(plot)));
    }

    /**
     * Returns the command that registers the estate.
     *
     * @return the command
     */
    public RegisterEstate registerEstate() {
        return new RegisterEstate(estate.id().value(), estate.name());
    }

    /**
     * Returns the commands that add the plots, in id order.
     *
     * @return the commands
     */
    public List<AddPlot> addPlots() {
        return plots.stream().map(p -> new AddPlot(p.estate().value(), p.id().value(), p.name())).toList();
    }

    /**
     * Returns the commands that add the buildings, in id order.
     *
     * @return the commands
     */
    public List<AddBuilding> addBuildings() {
        return buildings.stream().map(b -> new AddBuilding(b.plot().value(), b.id().value(), b.name())).toList();
    }

    /**
     * Returns the commands that add the units, in id order.
     *
     * @return the commands
     */
    public List<AddUnit> addUnits() {
        return units.stream().map(u -> new AddUnit(u.building().value(), u.id().value(), u.number(), u.kind(),
                u.area().squareMetres(), u.usage(), u.condition())).toList();
    }
}
