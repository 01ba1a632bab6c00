package dev.aftersales.property.service;

import dev.aftersales.common.Actor;
import dev.aftersales.property.*;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The use cases of estates, units, owners and ownerships (rules EU-1..EU-4, PH-1, WA-1): the
 * register, the owners' profiles (update, payment status, outstanding items: EU-3), contracts,
 * handovers and transfers, and the queries, for the library's entry point to delegate to. Every
 * command runs the desk's {@link StepEffects step pipeline}: it is validated first
 * ({@link CommandValidator}, one {@link InvalidCommandException} listing every violation, CP-2),
 * then decided and saved in one unit of work together with its {@link PropertyEvent}s in the
 * store's outbox (when it has one); after the commit the events reach the listeners in the order
 * they happened. A listener's failure does not undo the change.
 *
 * <p>"Today", which no contract, handover or transfer date may be after, is the injected clock's
 * date in the clock's zone. Every failure leaves the store unchanged; messages name ids, states and
 * dates only (EU-4). This class does not log.
 *
 * <p>Commands throw, besides what each method lists: {@link NullPointerException} for a null
 * command, {@link InvalidCommandException} for an invalid one, and {@link StaleWriteException} when
 * a concurrent command changed the same records first (reload and retry).
 */
public final class PropertyService {

    private final EstateRepository estates;
    private final UnitRepository units;
    private final OwnerRepository owners;
    private final OwnershipRepository ownerships;
    private final Clock clock;
    private final IdGenerator ids;
    private final CommandValidator validator;
    private final StepEffects effects;

    /**
     * Creates the service of a desk; applications get it from {@code AfterSales.property()}.
     *
     * @param context the desk's store, clock (which stamps events and defines today), identifiers
     *                (owner ids when a command gives none, ownership ids, event ids), validator and
     *                step pipeline
     * @throws NullPointerException if the context is null
     */
    public PropertyService(StepContext context) {
        Objects.requireNonNull(context, "context");
        this.estates = context.store().estates();
        this.units = context.store().units();
        this.owners = context.store().owners();
        this.ownerships = context.store().ownerships();
        this.clock = context.clock();
        this.ids = context.ids();
        this.validator = context.validator();
        this.effects = context.effects();
    }

    /**
     * Registers an estate (EU-1) and publishes {@link EstateRegistered}.
     *
     * @param command the command
     * @return the stored estate
     * @throws PropertyConflictException if an estate with that id exists
     */
    public Estate registerEstate(RegisterEstate command) {
        validator.validate(command);
        EstateId id = EstateId.of(command.estateId());
        return write(published -> {
            if (estates.findEstate(id).isPresent()) {
                throw PropertyConflictException.alreadyExists("estate", id);
            }
            Estate saved = estates.saveEstate(Estate.create(id, command.name()));
            published.add(new EstateRegistered(eventId(), clock.instant(), id));
            return saved;
        });
    }

    /**
     * Adds a plot to an estate (EU-1) and publishes {@link PlotAdded}.
     *
     * @param command the command
     * @return the stored plot
     * @throws PropertyNotFoundException  if the estate is not stored
     * @throws PropertyConflictException if a plot with that id exists
     */
    public Plot addPlot(AddPlot command) {
        validator.validate(command);
        EstateId estate = EstateId.of(command.estateId());
        PlotId id = PlotId.of(command.plotId());
        return write(published -> {
            estates.findEstate(estate).orElseThrow(() -> new PropertyNotFoundException("estate", estate.value()));
            if (estates.findPlot(id).isPresent()) {
                throw PropertyConflictException.alreadyExists("plot", id);
            }
            Plot saved = estates.savePlot(Plot.create(id, estate, command.name()));
            published.add(new PlotAdded(eventId(), clock.instant(), id, estate));
            return saved;
        });
    }

    /**
     * Adds a building to a plot (EU-1) and publishes {@link BuildingAdded}.
     *
     * @param command the command
     * @return the stored building
     * @throws PropertyNotFoundException  if the plot is not stored
     * @throws PropertyConflictException if a building with that id exists
     */
    public Building addBuilding(AddBuilding command) {
        validator.validate(command);
        PlotId plotId = PlotId.of(command.plotId());
        BuildingId id = BuildingId.of(command.buildingId());
        return write(published -> {
            Plot plot = estates.findPlot(plotId).orElseThrow(() -> new PropertyNotFoundException("plot", plotId.value()));
            if (estates.findBuilding(id).isPresent()) {
                throw PropertyConflictException.alreadyExists("building", id);
            }
            Building saved = estates.saveBuilding(Building.create(id, plot, command.name()));
            published.add(new BuildingAdded(eventId(), clock.instant(), id, plot.id(), plot.estate()));
            return saved;
        });
    }

    /**
     * Adds an unsold unit to a building (EU-1) and publishes {@link UnitAdded}.
     *
     * @param command the command
     * @return the stored unit
     * @throws PropertyNotFoundException  if the building is not stored
     * @throws PropertyConflictException if a unit with that id exists
     */
    public Unit addUnit(AddUnit command) {
        validator.validate(command);
        BuildingId buildingId = BuildingId.of(command.buildingId());
        UnitId id = UnitId.of(command.unitId());
        UnitCondition condition = command.condition() == null ? UnitCondition.USABLE : command.condition();
        return write(published -> {
            Building building = estates.findBuilding(buildingId)
                    .orElseThrow(() -> new PropertyNotFoundException("building", buildingId.value()));
            if (units.findById(id).isPresent()) {
                throw PropertyConflictException.alreadyExists("unit", id);
            }
            Unit saved = units.save(Unit.create(id, building, command.number(), command.kind(),
                    Area.ofSquareMetres(command.areaSquareMetres()), command.usage(), condition));
            published.add(new UnitAdded(eventId(), clock.instant(), id, building.id(), building.plot(),
                    building.estate(), saved.kind()));
            return saved;
        });
    }

    /**
     * Changes whether a unit is usable (EU-2), publishing {@link UnitConditionChanged} if it changed.
     *
     * @param unitId    the unit
     * @param condition the new condition
     * @return the stored unit (unchanged if it already was in that condition)
     * @throws NullPointerException      if an argument is null
     * @throws PropertyNotFoundException if the unit is not stored
     */
    public Unit changeUnitCondition(UnitId unitId, UnitCondition condition) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(condition, "condition");
        return write(published -> {
            Unit unit = requireUnit(unitId);
            if (unit.condition() == condition) {
                return unit;
            }
            Unit saved = units.save(unit.withCondition(condition));
            published.add(new UnitConditionChanged(eventId(), clock.instant(), unitId, unit.condition(), condition));
            return saved;
        });
    }

    /**
     * Registers an owner with the profile of EU-3 and publishes {@link OwnerRegistered} (which holds
     * the id only, EU-4). Blank optional texts are stored as unknown.
     *
     * @param command the command
     * @return the stored owner
     * @throws PropertyConflictException if the command names an owner id already stored
     */
    public Owner registerOwner(RegisterOwner command) {
        validator.validate(command);
        OwnerId id = command.ownerId() != null ? OwnerId.of(command.ownerId()) : OwnerId.of(ids.next("O"));
        Owner owner = command.toOwner(id);
        return write(published -> {
            if (owners.findById(id).isPresent()) {
                throw PropertyConflictException.alreadyExists("owner", id);
            }
            Owner saved = owners.save(owner);
            published.add(new OwnerRegistered(eventId(), clock.instant(), id));
            return saved;
        });
    }

    /**
     * Replaces an owner's profile (EU-3): the personal data, the customer origin and the
     * property-right type, as {@link UpdateOwnerProfile} gives them. Publishes
     * {@link OwnerProfileUpdated} naming the fields that changed, never their values (EU-4); an
     * update that changes nothing stores and publishes nothing.
     *
     * @param command the command
     * @return the stored owner (unchanged if nothing changed)
     * @throws PropertyNotFoundException if the owner is not stored
     */
    public Owner updateOwnerProfile(UpdateOwnerProfile command) {
        validator.validate(command);
        OwnerId id = OwnerId.of(command.ownerId());
        OwnerProfile profile = command.toProfile();
        return write(published -> {
            Owner owner = requireOwner(id);
            Owner updated = owner.withProfile(profile).withOrigin(command.origin())
                    .withPropertyRightType(command.propertyRightType());
            List<OwnerProfileUpdated.Field> changed = OwnerProfileUpdated.changesBetween(owner, updated);
            if (changed.isEmpty()) {
                return owner;
            }
            Owner saved = owners.save(updated);
            published.add(new OwnerProfileUpdated(eventId(), clock.instant(), id, changed));
            return saved;
        });
    }

    /**
     * Records a construction leftover or compensation item as open with an owner (EU-3) and
     * publishes {@link OutstandingItemRecorded} (reference and kind, not the description, EU-4).
     *
     * @param command the command
     * @return the stored owner, with the item among its outstanding items
     * @throws PropertyNotFoundException  if the owner is not stored
     * @throws PropertyConflictException if the owner has an open item under that reference, or
     *                                    already {@value Owner#MAX_ITEMS} open items
     */
    public Owner recordOutstandingItem(RecordOutstandingItem command) {
        validator.validate(command);
        OwnerId id = OwnerId.of(command.ownerId());
        OutstandingItem item = command.toItem();
        return write(published -> {
            Owner owner = requireOwner(id);
            if (owner.outstandingItem(item.reference()).isPresent()) {
                throw PropertyConflictException.outstandingItemExists(id, item.reference());
            }
            if (owner.outstandingItems().size() >= Owner.MAX_ITEMS) {
                throw PropertyConflictException.tooManyOutstandingItems(id, Owner.MAX_ITEMS);
            }
            Owner saved = owners.save(owner.recordOutstandingItem(item));
            published.add(new OutstandingItemRecorded(eventId(), clock.instant(), id, item.reference(), item.kind()));
            return saved;
        });
    }

    /**
     * Records that an owner's open item is settled (EU-3): it leaves the owner's outstanding items.
     * Publishes {@link OutstandingItemSettled}.
     *
     * @param command the command
     * @return the stored owner, without the item
     * @throws PropertyNotFoundException if the owner is not stored, or has no open item under that
     *                                   reference (kind {@code "outstanding item"}, id
     *                                   {@code owner/reference})
     */
    public Owner settleOutstandingItem(SettleOutstandingItem command) {
        validator.validate(command);
        OwnerId id = OwnerId.of(command.ownerId());
        String reference = command.reference();
        return write(published -> {
            Owner owner = requireOwner(id);
            OutstandingItem item = owner.outstandingItem(reference)
                    .orElseThrow(() -> new PropertyNotFoundException("outstanding item", id + "/" + reference));
            Owner saved = owners.save(owner.settleOutstandingItem(reference));
            published.add(new OutstandingItemSettled(eventId(), clock.instant(), id, reference, item.kind()));
            return saved;
        });
    }

    /**
     * Records how an owner now stands with the fees due (EU-3), publishing
     * {@link PaymentStatusChanged} if it changed.
     *
     * @param command the command
     * @return the stored owner (unchanged if it already had that status)
     * @throws PropertyNotFoundException if the owner is not stored
     */
    public Owner changePaymentStatus(ChangePaymentStatus command) {
        validator.validate(command);
        OwnerId id = OwnerId.of(command.ownerId());
        PaymentStatus status = command.paymentStatus();
        return write(published -> {
            Owner owner = requireOwner(id);
            if (owner.paymentStatus() == status) {
                return owner;
            }
            Owner saved = owners.save(owner.withPaymentStatus(status));
            published.add(new PaymentStatusChanged(eventId(), clock.instant(), id, owner.paymentStatus(), status));
            return saved;
        });
    }

    /**
     * Records a signed sales contract: the buyers become the unit's owners (EU-3, PH-1); publishes
     * {@link ContractSigned}.
     *
     * @param command the command
     * @return the stored ownership, {@link OwnershipState#CONTRACT_SIGNED}
     * @throws PropertyNotFoundException  if the unit or a buyer is not stored
     * @throws PropertyConflictException if the unit is already sold or the date is after today
     */
    public Ownership signContract(SignContract command) {
        validator.validate(command);
        UnitId unitId = UnitId.of(command.unitId());
        List<CoOwner> buyers = Buyer.toCoOwners(command.buyers());
        return write(published -> {
            Unit unit = requireUnit(unitId);
            if (unit.isSold()) {
                throw PropertyConflictException.alreadySold(unitId, unit.currentOwnership());
            }
            requireOwners(buyers);
            requireNotAfterToday("contract date", command.signedOn(), unitId);
            Ownership ownership = Ownership.sign(OwnershipId.of(ids.next("OS")), unitId, buyers, command.signedOn());
            Ownership saved = ownerships.save(ownership);
            units.save(unit.withCurrentOwnership(saved.id()));
            published.add(new ContractSigned(eventId(), clock.instant(), saved.id(), unitId, saved.ownerIds(),
                    saved.contractSignedOn()));
            return saved;
        });
    }

    /**
     * Records that a sold unit was handed over to its owners (交付, EU-3); warranty clocks start on
     * that date (WA-1). Publishes {@link UnitHandedOver}.
     *
     * @param command the command
     * @return the stored ownership, {@link OwnershipState#HANDED_OVER}
     * @throws PropertyNotFoundException  if the unit is not stored
     * @throws PropertyConflictException if the unit is not sold
     * @throws OwnershipStepException     if it was already handed over, or the date is before the
     *                                    contract date or after today
     */
    public Ownership handOver(HandOverUnit command) {
        validator.validate(command);
        UnitId unitId = UnitId.of(command.unitId());
        LocalDate on = command.handedOverOn();
        Actor by = command.handedOverBy();
        return write(published -> {
            Ownership current = requireCurrentOwnership(requireUnit(unitId));
            Ownership handedOver = current.handOver(on, by);
            if (on.isAfter(today())) {
                throw new OwnershipStepException(current.id(), unitId, current.state(), "hand over",
                        "handover date " + on + " is after today " + today(),
                        "交付日期 " + on + " 晚于今天 " + today());
            }
            Ownership saved = ownerships.save(handedOver);
            published.add(new UnitHandedOver(eventId(), clock.instant(), saved.id(), unitId, saved.ownerIds(), on, by));
            return saved;
        });
    }

    /**
     * Transfers a sold unit to new owners (EU-3): the current ownership ends and a new one begins,
     * keeping the handover date if any (WA-1). Publishes {@link OwnershipTransferred}.
     *
     * @param command the command
     * @return the ended and the new ownership, both stored
     * @throws PropertyNotFoundException  if the unit or a new owner is not stored
     * @throws PropertyConflictException if the unit is not sold
     * @throws OwnershipStepException     if the date is before the contract or handover date or
     *                                    after today, or the new owners and shares are the current ones
     */
    public OwnershipTransfer transfer(TransferOwnership command) {
        validator.validate(command);
        UnitId unitId = UnitId.of(command.unitId());
        List<CoOwner> newOwners = Buyer.toCoOwners(command.newOwners());
        LocalDate on = command.transferredOn();
        return write(published -> {
            Unit unit = requireUnit(unitId);
            Ownership current = requireCurrentOwnership(unit);
            requireOwners(newOwners);
            OwnershipTransfer transfer = current.transferTo(OwnershipId.of(ids.next("OS")), newOwners, on);
            if (on.isAfter(today())) {
                throw new OwnershipStepException(current.id(), unitId, current.state(), "transfer",
                        "transfer date " + on + " is after today " + today(),
                        "转让日期 " + on + " 晚于今天 " + today());
            }
            Ownership ended = ownerships.save(transfer.ended());
            Ownership started = ownerships.save(transfer.started());
            units.save(unit.withCurrentOwnership(started.id()));
            published.add(new OwnershipTransferred(eventId(), clock.instant(), ended.id(), started.id(), unitId,
                    started.ownerIds(), on));
            return new OwnershipTransfer(ended, started);
        });
    }

    /**
     * Finds an estate.
     *
     * @param id the estate's id
     * @return the estate, or empty if not stored
     */
    public Optional<Estate> findEstate(EstateId id) {
        return estates.findEstate(id);
    }

    /**
     * Finds a unit.
     *
     * @param id the unit's id
     * @return the unit, or empty if not stored
     */
    public Optional<Unit> findUnit(UnitId id) {
        return units.findById(id);
    }

    /**
     * Finds an owner.
     *
     * @param id the owner's id
     * @return the owner, or empty if not stored
     */
    public Optional<Owner> findOwner(OwnerId id) {
        return owners.findById(id);
    }

    /**
     * Returns the ownership that holds a unit now.
     *
     * @param unitId the unit
     * @return the current ownership, or empty if the unit is unsold
     * @throws PropertyNotFoundException if the unit is not stored
     */
    public Optional<Ownership> currentOwnership(UnitId unitId) {
        return read(() -> {
            Unit unit = requireUnit(unitId);
            return unit.isSold() ? Optional.of(requireCurrentOwnership(unit)) : Optional.empty();
        });
    }

    /**
     * Lists the units an owner holds now (EU-3), ordered by unit id.
     *
     * @param ownerId the owner
     * @param page    the page wanted
     * @return the page of units
     * @throws PropertyNotFoundException if the owner is not stored
     */
    public Page<Unit> unitsOfOwner(OwnerId ownerId, PageRequest page) {
        return read(() -> {
            owners.findById(ownerId).orElseThrow(() -> new PropertyNotFoundException("owner", ownerId.value()));
            Page<Ownership> held = ownerships.findCurrentByOwner(ownerId, page);
            List<Unit> found = held.items().stream().map(o -> requireUnit(o.unit())).toList();
            return new Page<>(found, page, held.hasMore());
        });
    }

    /**
     * Lists the owners of a unit now (EU-3), in contract order; empty if the unit is unsold.
     *
     * @param unitId the unit
     * @return the owners
     * @throws PropertyNotFoundException if the unit is not stored
     */
    public List<Owner> ownersOfUnit(UnitId unitId) {
        return read(() -> currentOwnership(unitId).map(o -> o.ownerIds().stream()
                .map(id -> owners.findById(id).orElseThrow(() -> new PropertyNotFoundException("owner", id.value())))
                .toList()).orElse(List.of()));
    }

    /**
     * Lists the units of a building, ordered by unit id.
     *
     * @param building the building
     * @param page     the page wanted
     * @return the page of units, empty for an unknown building
     */
    public Page<Unit> unitsOfBuilding(BuildingId building, PageRequest page) {
        return units.findByBuilding(building, page);
    }

    /**
     * Lists the units on a plot, ordered by unit id.
     *
     * @param plot the plot
     * @param page the page wanted
     * @return the page of units, empty for an unknown plot
     */
    public Page<Unit> unitsOfPlot(PlotId plot, PageRequest page) {
        return units.findByPlot(plot, page);
    }

    /**
     * Lists the units of an estate, ordered by unit id.
     *
     * @param estate the estate
     * @param page   the page wanted
     * @return the page of units, empty for an unknown estate
     */
    public Page<Unit> unitsOfEstate(EstateId estate, PageRequest page) {
        return units.findByEstate(estate, page);
    }

    /**
     * Lists the plots of an estate, ordered by plot id.
     *
     * @param estate the estate
     * @param page   the page wanted
     * @return the page of plots, empty for an unknown estate
     */
    public Page<Plot> plotsOfEstate(EstateId estate, PageRequest page) {
        return estates.findPlotsOfEstate(estate, page);
    }

    /**
     * Lists the buildings on a plot, ordered by building id.
     *
     * @param plot the plot
     * @param page the page wanted
     * @return the page of buildings, empty for an unknown plot
     */
    public Page<Building> buildingsOfPlot(PlotId plot, PageRequest page) {
        return estates.findBuildingsOfPlot(plot, page);
    }

    /**
     * Answers the counts of rule EU-2 for a plot: buildings, households, shops, parking spaces
     * (total and usable), non-motor parking spaces and areas.
     *
     * @param plotId the plot
     * @return the counts
     * @throws PropertyNotFoundException if the plot is not stored
     */
    public PlotCounts countPlot(PlotId plotId) {
        return read(() -> {
            estates.findPlot(plotId).orElseThrow(() -> new PropertyNotFoundException("plot", plotId.value()));
            return new PlotCounts(plotId, estates.countBuildingsOfPlot(plotId), units.countByPlot(plotId));
        });
    }

    private Unit requireUnit(UnitId id) {
        return units.findById(id).orElseThrow(() -> new PropertyNotFoundException("unit", id.value()));
    }

    private Owner requireOwner(OwnerId id) {
        return owners.findById(id).orElseThrow(() -> new PropertyNotFoundException("owner", id.value()));
    }

    private Ownership requireCurrentOwnership(Unit unit) {
        if (!unit.isSold()) {
            throw PropertyConflictException.notSold(unit.id());
        }
        return ownerships.findById(unit.currentOwnership())
                .orElseThrow(() -> new PropertyNotFoundException("ownership", unit.currentOwnership().value()));
    }

    private void requireOwners(List<CoOwner> coOwners) {
        for (CoOwner c : coOwners) {
            owners.findById(c.owner()).orElseThrow(() -> new PropertyNotFoundException("owner", c.owner().value()));
        }
    }

    private void requireNotAfterToday(String what, LocalDate date, UnitId unit) {
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw PropertyConflictException.afterToday(what, date, unit, today);
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    private String eventId() {
        return ids.next("EV");
    }

    private <T> T read(Supplier<T> query) {
        return effects.read(query);
    }

    private <T> T write(Function<List<PropertyEvent>, T> work) {
        return effects.run(work);
    }
}
