package dev.aftersales.warranty.service;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.PropertyNotFoundException;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketNotFoundException;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.MissingWarrantyDataException;
import dev.aftersales.warranty.NotARepairTicketException;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.WarrantySettingsSaved;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warranties (rules WA-1, WA-2, WA-5, WA-6): the estates' settings, coverage decisions on the
 * units of the property register, and the decisions recorded on repair tickets. Reached as
 * {@code desk.warranty()}; the desk assembles it over its one step pipeline.
 *
 * <p>A decision reads the unit's first handover date from its current ownership, which a transfer
 * (resale) carries over unchanged: the warranty runs with the unit, not the owner (WA-1). A
 * decision recorded on a ticket is an entry appended in the step's unit of work; a later decision
 * on the same ticket (a cause found on site) is another entry, never an overwrite (WA-6). Saving
 * settings publishes {@link WarrantySettingsSaved}, recording a decision
 * {@link WarrantyDecisionRecorded}, through the step pipeline (in the step's transaction to the
 * outbox when the store has one, else to the listeners after the commit). Logs ticket ids and
 * outcomes only, never reasons.
 */
public final class WarrantyService {

    private static final Logger LOG = LoggerFactory.getLogger(WarrantyService.class);

    private final AfterSalesStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private final StepEffects effects;
    private final WarrantyDecider decider;
    private final WarrantyTermDeriver deriver;

    /**
     * Creates the service with a decider and the deriver of stored unit terms (rule WA-4) that
     * the desk's step pipeline runs on each handover; {@code AfterSales.builder()} assembles it
     * (its catalogue: {@code Builder.warrantyCatalogue}), applications use {@code desk.warranty()}.
     *
     * @param context the store, clock and step pipeline
     * @param decider the decider
     * @param deriver the deriver of the units' stored terms, over the same store and catalogue
     */
    public WarrantyService(StepContext context, WarrantyDecider decider, WarrantyTermDeriver deriver) {
        Objects.requireNonNull(context, "context");
        this.store = context.store();
        this.clock = context.clock();
        this.ids = context.ids();
        this.effects = context.effects();
        this.decider = Objects.requireNonNull(decider, "decider");
        this.deriver = Objects.requireNonNull(deriver, "deriver");
    }

    /**
     * Saves an estate's warranty settings (rules WA-1, WA-5), optimistically: version {@code 0}
     * for the first settings of an estate, else the version they were read at. The stored terms of
     * the estate's handed-over units are derived again in the same unit of work (rule WA-4), and
     * {@link WarrantySettingsSaved} is published with the new version.
     *
     * @param settings the settings
     * @return the stored settings, with their new version
     * @throws NullPointerException                     if the settings are null
     * @throws PropertyNotFoundException                if the estate is not registered
     * @throws dev.aftersales.spi.StaleWriteException   if someone else saved in between; nothing is written
     */
    public WarrantySettings saveSettings(WarrantySettings settings) {
        Objects.requireNonNull(settings, "settings");
        String eventId = ids.next("EV");
        return effects.<DomainEvent, WarrantySettings>run(published -> {
            store.estates().findEstate(settings.estate())
                    .orElseThrow(() -> new PropertyNotFoundException("estate", settings.estate().value()));
            WarrantySettings saved = store.warrantySettings().save(settings);
            deriver.rederiveEstate(saved.estate());
            published.add(new WarrantySettingsSaved(eventId, clock.instant(), saved.estate(), saved.version()));
            return saved;
        });
    }

    /**
     * Finds an estate's warranty settings.
     *
     * @param estate the estate
     * @return the settings, or empty if none are saved
     * @throws NullPointerException if the estate is null
     */
    public Optional<WarrantySettings> settingsOf(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        return effects.read(() -> store.warrantySettings().find(estate));
    }

    /**
     * Decides whether a defect of a unit's component is under warranty (rules WA-1, WA-2, WA-5,
     * WA-6), from the unit's first handover date in the property register and its estate's settings.
     * Reads only.
     *
     * @param unit       the unit
     * @param component  the component key, e.g. {@code pipe-leaks}
     * @param defectDate the date the defect appeared
     * @param cause      the cause found by staff
     * @return the decision with its reasons
     * @throws NullPointerException         if an argument is null
     * @throws PropertyNotFoundException    if the unit is not registered
     * @throws MissingWarrantyDataException if the estate has no settings, or the term needs a setting it lacks
     * @throws IllegalArgumentException     if the component is unknown
     */
    public CoverageDecision decide(UnitId unit, String component, LocalDate defectDate, DefectCause cause) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(defectDate, "defectDate");
        Objects.requireNonNull(cause, "cause");
        UnitFacts facts = effects.read(() -> factsOf(unit, component));
        return decider.decide(facts, component, defectDate, cause);
    }

    /**
     * Records a decision on a repair ticket as a step of its life (rules WA-1, WA-2, WA-6): an
     * entry appended, numbered after the ticket's earlier ones, stamped with the clock's instant,
     * in one unit of work, which publishes {@link WarrantyDecisionRecorded} (identifiers and the
     * outcome, never the recorded reason, rule EU-4). An earlier entry is never changed.
     *
     * @param ticket   the repair ticket
     * @param decision the decision
     * @param actor    who records it
     * @return the recorded entry
     * @throws NullPointerException                   if an argument is null
     * @throws TicketNotFoundException                if the ticket is not stored
     * @throws NotARepairTicketException              if the ticket is not a repair ticket
     * @throws dev.aftersales.spi.StaleWriteException if another decision was recorded on it at the
     *                                                same time; nothing is written
     */
    public WarrantyDecisionEntry recordDecision(TicketId ticket, CoverageDecision decision, Actor actor) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(actor, "actor");
        String eventId = ids.next("EV");
        WarrantyDecisionEntry entry = effects.<DomainEvent, WarrantyDecisionEntry>run(published -> {
            TicketRecord record = store.tickets().findById(ticket).orElseThrow(() -> new TicketNotFoundException(ticket));
            if (record.kind() != TicketKind.REPAIR) {
                throw new NotARepairTicketException(ticket, record.kind());
            }
            int previous = store.warrantyDecisions().decisionsOf(ticket).size();
            WarrantyDecisionEntry appended = store.warrantyDecisions().append(
                    WarrantyDecisionEntry.next(ticket, previous, decision, actor, clock.instant()));
            published.add(WarrantyDecisionRecorded.of(eventId, appended));
            return appended;
        });
        LOG.debug("warranty decision {} recorded on ticket {}: {}", entry.sequence(), ticket.value(),
                decision.outcome());
        return entry;
    }

    /**
     * Lists the decisions recorded on a ticket, in the order they were recorded (rule WA-6).
     *
     * @param ticket the ticket
     * @return the entries, empty if none
     * @throws NullPointerException if the ticket is null
     */
    public List<WarrantyDecisionEntry> decisionsOf(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return effects.read(() -> store.warrantyDecisions().decisionsOf(ticket));
    }

    /**
     * Tells whether a repair ticket's repair is paid by the owner (rule WA-2): its latest recorded
     * decision is not COVERED. A ticket without a decision is not (yet) a paid repair.
     *
     * @param ticket the ticket
     * @return true if the latest decision is not COVERED
     * @throws NullPointerException if the ticket is null
     */
    public boolean isPaidRepair(TicketId ticket) {
        List<WarrantyDecisionEntry> entries = decisionsOf(ticket);
        return !entries.isEmpty() && entries.get(entries.size() - 1).paidRepair();
    }

    /**
     * Lists the stored terms of handed-over units that end in a period (rule WA-4), e.g. a month,
     * to group the repairs of components running out of warranty into rounds.
     *
     * @param from the first end date included
     * @param to   the first end date excluded (half-open period [from, to))
     * @return the terms ordered by end, unit and component; empty if {@code to} is not after {@code from}
     * @throws NullPointerException                          if a date is null
     * @throws dev.aftersales.spi.UnsupportedRepositoryException if the store keeps no terms
     */
    public List<UnitTerm> termsEndingBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return effects.read(() -> store.warrantyTerms().endingBetween(from, to));
    }

    /**
     * Lists a unit's stored terms (rule WA-4): one per component whose term could be decided, none
     * before the unit is handed over or its estate has settings.
     *
     * @param unit the unit
     * @return the terms ordered by component key
     * @throws NullPointerException                          if the unit is null
     * @throws dev.aftersales.spi.UnsupportedRepositoryException if the store keeps no terms
     */
    public List<UnitTerm> termsOf(UnitId unit) {
        Objects.requireNonNull(unit, "unit");
        return effects.read(() -> store.warrantyTerms().termsOf(unit));
    }

    private UnitFacts factsOf(UnitId id, String component) {
        Unit unit = store.units().findById(id).orElseThrow(() -> new PropertyNotFoundException("unit", id.value()));
        WarrantySettings settings = store.warrantySettings().find(unit.estate())
                .orElseThrow(() -> new MissingWarrantyDataException("warrantySettings", component));
        LocalDate handover = unit.currentOwnership() == null ? null : store.ownerships().findById(unit.currentOwnership())
                .map(Ownership::handedOverOn).orElse(null);
        return new UnitFacts(unit.building(), handover, settings);
    }
}
