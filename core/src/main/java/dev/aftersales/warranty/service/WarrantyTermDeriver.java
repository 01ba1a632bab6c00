package dev.aftersales.warranty.service;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitHandedOver;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.step.StepEffects;
import dev.aftersales.warranty.MissingWarrantyDataException;
import dev.aftersales.warranty.StatutoryTerm;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.WarrantyTerms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives and stores the warranty terms of handed-over units (rules WA-1, WA-4, WA-5), in the unit
 * of work of the step that changes them: as a same-transaction effect of the step pipeline it
 * stores a unit's terms when the unit is handed over ({@link UnitHandedOver}); the warranty
 * service re-derives an estate's units when its settings are saved. A resale keeps the handover
 * date, so it changes no term and is not listened to.
 *
 * <p>A unit gets a term for every component of the catalogue and the estate's own components
 * whose term can be decided: none before its estate has settings, none for a component whose
 * term needs a setting the estate lacks (it comes when the settings are saved with it). On a store
 * without a {@link dev.aftersales.spi.WarrantyTermRepository} the deriver does nothing.
 *
 * <p>Reminders (rule WA-4): with the terms it schedules their expiry reminders in the same unit
 * of work ({@link dev.aftersales.spi.WarrantyReminderRepository}, when the store has one), each due
 * at the start of the local date {@code lead} before the term ends in the clock's zone. A term
 * that has already ended by the clock's date gets no reminder; a term whose end moved (new
 * settings) gets a reminder for its new end, and the pending one of the old end goes; a reminder
 * that has fired is never scheduled again. The lead applies to the reminders scheduled from then
 * on: a desk built with another lead re-schedules a unit's pending reminders when its terms are
 * derived again.
 */
public final class WarrantyTermDeriver implements StepEffects.SameTransactionEffect<DomainEvent> {

    private static final int PAGE = 500;

    private final AfterSalesStore store;
    private final WarrantyTerms terms;
    private final Clock clock;
    private final Period lead;
    private final boolean supported;
    private final boolean reminders;

    /**
     * Creates the deriver over a store.
     *
     * @param store the store
     * @param terms the terms of the desk's catalogue
     * @param clock the desk's clock: its zone starts the reminders' days, its date tells which terms have ended
     * @param lead  how long before a term's end its reminder is due, not negative
     *              ({@link WarrantyReminder#DEFAULT_LEAD} by default)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lead is negative
     */
    public WarrantyTermDeriver(AfterSalesStore store, WarrantyTerms terms, Clock clock, Period lead) {
        this.store = Objects.requireNonNull(store, "store");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lead = WarrantyReminder.requireLead(lead);
        this.supported = AfterSalesStore.has(store::warrantyTerms) && AfterSalesStore.has(store::warrantySettings);
        this.reminders = supported && AfterSalesStore.has(store::warrantyReminders);
    }

    /**
     * Stores the terms of a unit handed over by the step; ignores every other event.
     *
     * @param event an event of the step
     */
    @Override
    public void apply(DomainEvent event) {
        if (supported && event instanceof UnitHandedOver handedOver) {
            rederive(handedOver.unit());
        }
    }

    /**
     * Derives and stores the terms of every unit of an estate, in the current unit of work.
     *
     * @param estate the estate
     * @return the number of units re-derived
     * @throws NullPointerException if the estate is null
     */
    public int rederiveEstate(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        if (!supported) {
            return 0;
        }
        Optional<WarrantySettings> settings = store.warrantySettings().find(estate);
        int count = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<Unit> page = store.units().findByEstate(estate, request);
            for (Unit unit : page.items()) {
                store(unit.id(), derive(unit, settings));
                count++;
            }
            if (!page.hasMore()) {
                return count;
            }
            request = request.next();
        }
    }

    private void rederive(UnitId id) {
        store.units().findById(id).ifPresent(unit -> store(id, derive(unit, store.warrantySettings().find(unit.estate()))));
    }

    private void store(UnitId unit, List<UnitTerm> derived) {
        store.warrantyTerms().replaceTermsOf(unit, derived);
        if (reminders) {
            LocalDate today = LocalDate.now(clock);
            store.warrantyReminders().scheduleFor(unit, derived.stream().filter(t -> t.end().isAfter(today))
                    .map(t -> WarrantyReminder.scheduled(t, lead, clock.getZone())).toList());
        }
    }

    private List<UnitTerm> derive(Unit unit, Optional<WarrantySettings> settings) {
        if (settings.isEmpty() || unit.currentOwnership() == null) {
            return List.of();
        }
        LocalDate handover = store.ownerships().findById(unit.currentOwnership())
                .map(Ownership::handedOverOn).orElse(null);
        if (handover == null) {
            return List.of();
        }
        UnitFacts facts = UnitFacts.handedOver(settings.get(), unit.building(), handover);
        Set<String> keys = new LinkedHashSet<>();
        terms.catalogue().terms().stream().map(StatutoryTerm::component).forEach(c -> keys.add(c.key()));
        keys.addAll(new java.util.TreeSet<>(settings.get().ownComponents().keySet()));
        List<UnitTerm> out = new ArrayList<>();
        for (String key : keys) {
            try {
                terms.termOf(facts, key).ifPresent(t -> out.add(UnitTerm.of(unit.id(), unit.estate(), t)));
            } catch (MissingWarrantyDataException e) {
                // no term until the estate's settings give what it needs
            }
        }
        return out;
    }
}
