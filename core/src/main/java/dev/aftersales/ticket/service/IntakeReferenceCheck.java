package dev.aftersales.ticket.service;

import dev.aftersales.property.Building;
import dev.aftersales.property.Unit;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.ticket.IntakeCommand;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketReferenceException;
import dev.aftersales.ticket.TicketReferenceException.Problem;
import dev.aftersales.ticket.TicketReferenceException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks an intake command's location and reporting owner up in the property register (rules EU-1,
 * EU-3), as {@link IntakeReferences} says, inside the unit of work of the reception. Reads only;
 * the repositories are taken from the store at each check, so a service whose references are
 * trusted needs none for common areas and full unit locations.
 */
final class IntakeReferenceCheck {

    private final AfterSalesStore store;
    private final IntakeReferences mode;

    IntakeReferenceCheck(AfterSalesStore store, IntakeReferences mode) {
        this.store = Objects.requireNonNull(store, "store");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Returns the location the ticket of a validated command is stored at: the command's own,
     * or, for a unit named alone, the unit with the register's building and estate.
     *
     * @throws TicketReferenceException listing every reference the register contradicts
     */
    TicketLocation locate(IntakeCommand command) {
        List<Problem> problems = new ArrayList<>();
        TicketLocation located = locate(command.location(), problems);
        if (mode == IntakeReferences.CHECKED) {
            command.reporter().owner()
                    .filter(owner -> store.owners().findById(owner).isEmpty())
                    .ifPresent(owner -> problems.add(Problem.unknown(Reason.UNKNOWN_OWNER, owner.value())));
        }
        if (!problems.isEmpty()) {
            throw new TicketReferenceException(command.getClass().getSimpleName(), problems);
        }
        return located;
    }

    private TicketLocation locate(TicketLocation location, List<Problem> problems) {
        if (location instanceof TicketLocation.UnitOnly named) {
            Optional<Unit> unit = store.units().findById(named.unitId());
            if (unit.isEmpty()) {
                problems.add(Problem.unknown(Reason.UNKNOWN_UNIT, named.unitId().value()));
                return location;
            }
            return TicketLocation.ofUnit(named.unitId(), unit.get().building(), unit.get().estate());
        }
        if (mode == IntakeReferences.TRUSTED) {
            return location;
        }
        if (location instanceof TicketLocation.InUnit given) {
            checkUnit(given, problems);
        } else if (location instanceof TicketLocation.BuildingArea given) {
            checkBuilding(given, problems);
        } else if (location instanceof TicketLocation.EstateArea given
                && store.estates().findEstate(given.estateId()).isEmpty()) {
            problems.add(Problem.unknown(Reason.UNKNOWN_ESTATE, given.estateId().value()));
        }
        return location;
    }

    private void checkUnit(TicketLocation.InUnit given, List<Problem> problems) {
        Optional<Unit> unit = store.units().findById(given.unitId());
        if (unit.isEmpty()) {
            problems.add(Problem.unknown(Reason.UNKNOWN_UNIT, given.unitId().value()));
        } else if (!unit.get().building().equals(given.buildingId()) || !unit.get().estate().equals(given.estateId())) {
            problems.add(new Problem(Reason.UNIT_IN_OTHER_BUILDING, given.unitId().value(),
                    "is in building " + unit.get().building() + " of estate " + unit.get().estate()
                            + ", not in building " + given.buildingId() + " of estate " + given.estateId(),
                    "在楼盘 " + unit.get().estate() + " 的楼栋 " + unit.get().building() + " 中，不在楼盘 "
                            + given.estateId() + " 的楼栋 " + given.buildingId() + " 中"));
        }
    }

    private void checkBuilding(TicketLocation.BuildingArea given, List<Problem> problems) {
        Optional<Building> building = store.estates().findBuilding(given.buildingId());
        if (building.isEmpty()) {
            problems.add(Problem.unknown(Reason.UNKNOWN_BUILDING, given.buildingId().value()));
        } else if (!building.get().estate().equals(given.estateId())) {
            problems.add(new Problem(Reason.BUILDING_IN_OTHER_ESTATE, given.buildingId().value(),
                    "is in estate " + building.get().estate() + ", not in estate " + given.estateId(),
                    "在楼盘 " + building.get().estate() + " 中，不在楼盘 " + given.estateId() + " 中"));
        }
    }
}
