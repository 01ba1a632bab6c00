package dev.aftersales;

import dev.aftersales.common.Actor;
import dev.aftersales.common.AfterSalesException;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.Owner;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.PlotCounts;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StoreProvider;
import dev.aftersales.ticket.AskQuestion;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the library: the after-sales service desk of a property developer. Built once
 * per application with {@link #builder()}, thread-safe, and closed when the application stops.
 *
 * <pre>{@code
 * AfterSales desk = AfterSales.builder()
 *         .clock(clock)                        // default: the system clock in the system zone
 *         .locale(Locale.SIMPLIFIED_CHINESE)   // language of validation messages, default English
 *         .listener(event -> outbox.add(event))
 *         .build();                            // default store: in memory, if on the class path
 * TicketRecord ticket = desk.reportRepair(command, Actor.staff("S-7"));
 * }</pre>
 *
 * <p>The most common use cases are methods of this class, named by their domain verbs. The full
 * set lives in {@link #property()} (estates, units, owners, handover: rules EU-1..EU-4) and
 * {@link #tickets()} (every step of a ticket's life cycle: rules RP-1..RP-6, CP-1..CP-13,
 * CV-1..CV-4). Every command is validated first (one exception listing every problem, rule CP-2);
 * every change is saved before its events reach the listeners, and a failing listener neither
 * loses the change nor stops the other listeners.
 */
public final class AfterSales implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AfterSales.class);

    private final AfterSalesStore store;
    private final Clock clock;
    private final Locale locale;
    private final CommandValidator validator;
    private final EventPublisher publisher;
    private final PropertyService property;
    private final TicketService tickets;

    private AfterSales(Builder b, AfterSalesStore store) {
        this.store = store;
        this.clock = b.clock;
        this.locale = b.locale;
        this.validator = new CommandValidator(b.locale);
        this.publisher = new EventPublisher(b.listeners);
        this.property = new PropertyService(store.estates(), store.units(), store.owners(), store.ownerships(),
                store, clock, b.ids, validator, publisher::publish);
        this.tickets = new TicketService(store.tickets(), store, event -> { }, clock, b.ids, validator,
                publisher::publish);
    }

    /**
     * Obtains a builder with the defaults: the in-memory store (when {@code aftersales-storage-memory}
     * is on the class path), the system clock, English messages, random UUID identifiers, and no
     * listeners.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Receives a repair request from any receiving unit (rules RP-1, RP-2, CP-4).
     *
     * @param command    the repair request
     * @param receivedBy who received it
     * @return the stored ticket
     * @throws dev.aftersales.common.InvalidCommandException listing every problem of the command
     */
    public TicketRecord reportRepair(ReportRepair command, Actor receivedBy) {
        return tickets.reportRepair(command, receivedBy);
    }

    /**
     * Receives a complaint from any receiving unit, which may not refuse it (rules CP-2, CP-4).
     *
     * @param command    the complaint
     * @param receivedBy who received it
     * @return the stored ticket
     * @throws dev.aftersales.common.InvalidCommandException listing every problem of the command
     */
    public TicketRecord lodgeComplaint(LodgeComplaint command, Actor receivedBy) {
        return tickets.lodgeComplaint(command, receivedBy);
    }

    /**
     * Receives a consultation, oral or written (rules CV-1, CV-2, CV-4).
     *
     * @param command    the question
     * @param receivedBy who received it
     * @return the stored ticket
     * @throws dev.aftersales.common.InvalidCommandException listing every problem of the command
     */
    public TicketRecord askQuestion(AskQuestion command, Actor receivedBy) {
        return tickets.askQuestion(command, receivedBy);
    }

    /**
     * Finds a ticket.
     *
     * @param ticketId the ticket's id
     * @return the ticket, or empty if there is none with that id
     */
    public Optional<TicketRecord> findTicket(TicketId ticketId) {
        return tickets.find(ticketId);
    }

    /**
     * Finds a unit's open tickets, oldest report first.
     *
     * @param unit the unit
     * @param page the page wanted
     * @return one page of the unit's open tickets
     */
    public Page<TicketRecord> openTicketsOfUnit(UnitId unit, PageRequest page) {
        return tickets.openTicketsOfUnit(unit, page);
    }

    /**
     * Registers an owner with the profile of rule EU-3.
     *
     * @param command the owner's data
     * @return the stored owner
     * @throws dev.aftersales.common.InvalidCommandException listing every problem of the command
     */
    public Owner registerOwner(RegisterOwner command) {
        return property.registerOwner(command);
    }

    /**
     * Hands a unit over to its owners: the day warranty terms start (rules PH-4, WA-1).
     *
     * @param command the handover
     * @return the ownership, now handed over
     * @throws dev.aftersales.common.InvalidCommandException listing every problem of the command
     */
    public Ownership handOver(HandOverUnit command) {
        return property.handOver(command);
    }

    /**
     * Counts a plot's buildings, households, shops and parking spaces (rule EU-2).
     *
     * @param plot the plot
     * @return the counts
     */
    public PlotCounts countPlot(PlotId plot) {
        return property.countPlot(plot);
    }

    /**
     * Returns every use case on estates, units, owners and ownership.
     *
     * @return the property service
     */
    public PropertyService property() {
        return property;
    }

    /**
     * Returns every use case on tickets: each step of the life cycle and the queries.
     *
     * @return the ticket service
     */
    public TicketService tickets() {
        return tickets;
    }

    /**
     * Registers one more listener, after those given to the builder.
     *
     * @param listener the listener
     */
    public void addListener(DomainEventListener listener) {
        publisher.register(listener);
    }

    /**
     * Returns the clock every step is stamped with.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the language of validation messages.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the store.
     *
     * @return the store
     */
    public AfterSalesStore store() {
        return store;
    }

    /** Releases the validator's resources. The store belongs to the caller and stays open. */
    @Override
    public void close() {
        validator.close();
    }

    /**
     * Configures an {@link AfterSales}. Each setting is checked when it is set. Not thread-safe.
     */
    public static final class Builder {

        private AfterSalesStore store;
        private Clock clock = Clock.systemDefaultZone();
        private Locale locale = Locale.ENGLISH;
        private IdGenerator ids = IdGenerator.randomUuids();
        private final List<DomainEventListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the store. Default: the in-memory store, found on the class path.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(AfterSalesStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the clock every step, event and deadline is measured with. Default: the system clock
         * in the system's zone.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the language of validation messages: {@link Locale#ENGLISH} (default) or
         * {@link Locale#SIMPLIFIED_CHINESE}; other locales fall back to English.
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets how new identifiers are made. Default: random UUIDs.
         *
         * @param ids the generator
         * @return this builder
         */
        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * Adds a listener of domain events; listeners are called in the order added.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(DomainEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Builds the desk and logs its effective configuration once.
         *
         * @return the desk
         * @throws AfterSalesException if no store was set and none is on the class path
         */
        public AfterSales build() {
            AfterSalesStore chosen = store != null ? store : defaultStore();
            AfterSales desk = new AfterSales(this, chosen);
            LOG.info("aftersales ready: store={}, clock zone={}, locale={}, listeners={}",
                    chosen, clock.getZone(), locale, listeners.size());
            return desk;
        }

        private static AfterSalesStore defaultStore() {
            Iterator<StoreProvider> providers = ServiceLoader.load(StoreProvider.class).iterator();
            if (!providers.hasNext()) {
                throw new AfterSalesException("no store configured and none found on the class path: "
                        + "add aftersales-storage-memory or aftersales-storage-jdbc, or call store(...)");
            }
            return providers.next().create();
        }
    }
}
