package dev.aftersales;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.CoverageEnd;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.Explanation;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.commitment.service.PolicyService;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.ScheduledSweeps;
import dev.aftersales.commitment.service.SweepReport;
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
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StoreProvider;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.ticket.AskQuestion;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.measurement.MeasurementSettings;
import dev.aftersales.measurement.service.MeasurementService;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.service.MaintenanceService;
import dev.aftersales.warranty.service.WarrantyReminderSweeper;
import dev.aftersales.warranty.service.WarrantyService;
import dev.aftersales.warranty.service.WarrantyTermDeriver;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;
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
 * CV-1..CV-4) and {@link #commitments()} (service commitments: rules SL-6..SL-16); {@link #measurement()}
 * gives the service's KPIs (rules MS-1, MS-3, RP-6). Ticket events
 * start, stop, pause and resume commitments in the same unit of work as the step; {@link #sweep()}
 * fires warnings, breaches and escalations. Every command is validated first (one exception listing every problem, rule CP-2);
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
    private final StepEffects effects;
    private final PropertyService property;
    private final TicketService tickets;
    private final MeasurementService measurement;
    private final WarrantyService warranty;
    private final MaintenanceService maintenance;
    private final CalendarRegistry calendars;
    private final CommitmentService commitments;
    private final PolicyService policies;
    private final CommitmentSweeper sweeper;
    private final WarrantyReminderSweeper reminders;
    private final CalendarRegistry.Listener calendarListener;

    /** The one assembly of the desk: every service over one step context and pipeline. */
    private AfterSales(Builder b, AfterSalesStore store) {
        this.store = store;
        this.clock = b.clock;
        this.locale = b.locale;
        this.validator = new CommandValidator(b.locale);
        this.publisher = new EventPublisher(b.listeners);
        WarrantyDecider decider = new WarrantyDecider(b.warrantyCatalogue);
        // WA-4: a handover stores the unit's warranty terms in its unit of work
        WarrantyTermDeriver deriver = new WarrantyTermDeriver(store, decider.terms(), clock, b.warrantyReminderLead);
        this.effects = StepEffects.of(store, store.outbox(), publisher).andThen(deriver);
        StepContext context = new StepContext(store, clock, b.ids, validator, effects);
        this.calendars = b.calendars != null ? b.calendars : CalendarRegistry.withReadyCalendars();
        PolicyCatalog catalog = new PolicyCatalog(calendars);
        (b.policies != null ? b.policies : CommitmentPresets.all()).forEach(catalog::register);
        CommitmentEngine engine = new CommitmentEngine(catalog, b.ids, clock.getZone());
        this.commitments = new CommitmentService(context, engine);
        this.policies = new PolicyService(context, engine, commitments, b.policyRefresh);
        // SL-14: a new version of a calendar recomputes the running commitments on it
        this.calendarListener = commitments.watch(calendars);
        this.sweeper = new CommitmentSweeper(context, engine,
                b.sweeperName != null ? b.sweeperName : b.ids.next("sweeper"), CommitmentSweeper.DEFAULT_BATCH_SIZE,
                CommitmentSweeper.DEFAULT_LEASE, b.sweepWorkers);
        this.property = new PropertyService(context);
        // each ticket step starts, stops, pauses and resumes commitments in its unit of work
        this.tickets = new TicketService(context, commitments,
                b.checkReferences ? IntakeReferences.CHECKED : IntakeReferences.TRUSTED);
        this.measurement = new MeasurementService(context, MeasurementSettings.defaults(), calendars);
        this.warranty = new WarrantyService(context, decider, deriver);
        this.maintenance = new MaintenanceService(context, decider.terms());
        this.reminders = new WarrantyReminderSweeper(context);
    }

    /**
     * Delivers one batch of the events waiting in the store's outbox to the listeners, at least
     * once each (an event any listener refused stays pending and comes again later, also to the
     * listeners that took it: they drop duplicates by {@link dev.aftersales.common.DomainEvent#eventId()}).
     * Call it on a schedule when the store has an outbox (the JDBC store); without an outbox, events
     * reach the listeners straight after each commit and this returns 0.
     *
     * @return the number of events delivered
     */
    public int publishPending() {
        return effects.publishPending();
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
     * @throws dev.aftersales.ticket.TicketReferenceException if the location or the reporting owner
     *         is not in the property register (rules EU-1, EU-3; see {@link Builder#checkReferences})
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
     * @throws dev.aftersales.ticket.TicketReferenceException if the location or the reporting owner
     *         is not in the property register (rules EU-1, EU-3; see {@link Builder#checkReferences})
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
     * @throws dev.aftersales.ticket.TicketReferenceException if the location or the reporting owner
     *         is not in the property register (rules EU-1, EU-3; see {@link Builder#checkReferences})
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
     * Finds the service commitments of a ticket, in every cycle, oldest start first (rules
     * SL-6..SL-12): the deadlines its events started, with their state.
     *
     * @param ticketId the ticket
     * @return the commitments, possibly empty
     */
    public List<Commitment> commitmentsOf(TicketId ticketId) {
        return commitments.commitmentsOf(ticketId);
    }

    /**
     * Explains a commitment's deadline in words (rule SL-15): its start and trigger, target,
     * calendar and version, each non-working span skipped with holiday names, each pause, agreed
     * change and recomputation, and the result.
     *
     * @param commitmentId the commitment
     * @param language     {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
     * @return the explanation, one step a line
     * @throws dev.aftersales.commitment.CommitmentException if there is no such commitment
     */
    public String explain(CommitmentId commitmentId, Locale language) {
        return commitments.explain(commitmentId, language);
    }

    /**
     * Explains a commitment's deadline as a structured value (rules SL-15, SL-16): the same
     * content as {@link #explain(CommitmentId, Locale)}, for applications that show it their own
     * way; {@link Explanation#render(Locale)} gives the text.
     *
     * @param commitmentId the commitment
     * @return the explanation as of now
     * @throws dev.aftersales.commitment.CommitmentException if there is no such commitment
     */
    public Explanation explanation(CommitmentId commitmentId) {
        return commitments.explain(commitmentId);
    }

    /**
     * Finds a ticket's commitment of one term in its current (latest) cycle (rule SL-12).
     *
     * @param ticketId the ticket
     * @param termKey  the term's key, e.g. {@link CommitmentPresets#TERM_RP2_CONTACT}
     * @return the commitment, or empty if that term has not started in the current cycle
     */
    public Optional<Commitment> findCommitment(TicketId ticketId, String termKey) {
        return commitments.find(ticketId, termKey);
    }

    /**
     * Fires every warning, breach and escalation that is due by the clock, each exactly once, and
     * delivers them to the listeners as {@link dev.aftersales.commitment.CommitmentEvent}s (rules
     * SL-8, SL-9, CP-8, CP-9); then fires every warranty expiry reminder that is due, each exactly
     * once per unit, component and term end, as a {@link dev.aftersales.warranty.WarrantyReminderDue}
     * (rule WA-4). Safe to call from several threads and nodes at once.
     *
     * @return what the sweep did
     */
    public SweepReport sweep() {
        return sweeper.sweep().plus(reminders.sweep());
    }

    /**
     * Sweeps at a fixed delay on the application's executor until the returned handle is closed.
     *
     * @param executor the executor, owned by the application
     * @param interval the delay between sweeps, positive and at most a day ({@link dev.aftersales.commitment.service.ScheduledSweeps#MAX_INTERVAL})
     * @return the running sweeps
     * @throws IllegalArgumentException if the interval is not positive or longer than a day
     */
    public ScheduledSweeps startSweeping(ScheduledExecutorService executor, Duration interval) {
        return ScheduledSweeps.start(this::sweep, executor, interval);
    }

    /**
     * Returns every use case on service commitments: queries, explanations, re-evaluation under a
     * new policy version (SL-13) and recomputation after a calendar change (SL-14).
     *
     * @return the commitment service
     */
    public CommitmentService commitments() {
        return commitments;
    }

    /**
     * Returns the business calendars commitments are measured on. Registering a new version of a
     * calendar (next year's official holidays, an estate's closure) recomputes the running
     * commitments on it (rule SL-14).
     *
     * @return the calendar registry
     */
    public CalendarRegistry calendars() {
        return calendars;
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
     * Returns the service policies as data (rules SL-13, PS-1): register a new version while the
     * desk runs ({@code policies().register(policy, actor)}), read a policy's history, preview what
     * a proposed version would change, re-evaluate a running commitment under a chosen version.
     * With a store that keeps policies, every version is stored and every desk of the store finds it.
     *
     * @return the policy service
     */
    public PolicyService policies() {
        return policies;
    }

    /**
     * Returns the service's figures: timely-response, effective-handling, satisfaction and
     * callback-coverage rates, times to first response and to closure, breaches (rules MS-1, MS-3,
     * RP-6), with reports in English and Chinese and a CSV export.
     *
     * @return the measurement service
     */
    public MeasurementService measurement() {
        return measurement;
    }

    /**
     * Returns the warranty service (rules WA-1, WA-2, WA-5, WA-6): estates' settings, coverage
     * decisions and the decisions recorded on repair tickets. It needs a store with the warranty
     * repositories (the memory and JDBC stores have them).
     *
     * @return the warranty service
     */
    public WarrantyService warranty() {
        return warranty;
    }

    /**
     * Returns the maintenance service (rule WA-3): the estates' plans of proactive inspections and
     * maintenance per component, the dated tasks they generate per unit or building, their
     * completion and the overdue tasks. It needs a store with a maintenance repository (the memory
     * and JDBC stores have one).
     *
     * @return the maintenance service
     */
    public MaintenanceService maintenance() {
        return maintenance;
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

    /**
     * Stops listening to the calendar registry and releases the validator's resources. The store,
     * the registry and any executor belong to the caller and stay open.
     */
    @Override
    public void close() {
        calendars.removeListener(calendarListener);
        validator.close();
    }

    /**
     * Configures an {@link AfterSales}. Each setting is checked when it is set. Not thread-safe.
     */
    public static final class Builder {

        /**
         * The message of the failure to build without a store when none is found on the class path.
         * The JDBC store needs a {@code DataSource}, so it is never found there: it is given with
         * {@link #store}.
         */
        static final String NO_STORE = "no store configured and none found on the class path: call store(...) "
                + "with e.g. JdbcStore.create(dataSource).build() (aftersales-storage-jdbc), "
                + "or add aftersales-storage-memory for the in-memory store";

        private AfterSalesStore store;
        private Clock clock = Clock.systemDefaultZone();
        private Locale locale = Locale.ENGLISH;
        private IdGenerator ids = IdGenerator.randomUuids();
        private final List<DomainEventListener> listeners = new ArrayList<>();
        private CalendarRegistry calendars;
        private List<CommitmentPolicy> policies;
        private String sweeperName;
        private int sweepWorkers = CommitmentSweeper.DEFAULT_WORKERS;
        private Period coverageWarning = DEFAULT_COVERAGE_WARNING;
        private Duration policyRefresh = DEFAULT_POLICY_REFRESH;
        private Period warrantyReminderLead = WarrantyReminder.DEFAULT_LEAD;
        private StatutoryCatalogue warrantyCatalogue = StatutoryCatalogue.builtIn();

        /** The default of {@link #policyRefresh(Duration)}: 30 seconds. */
        public static final Duration DEFAULT_POLICY_REFRESH = Duration.ofSeconds(30);

        /** The default of {@link #coverageWarning(Period)}: 60 days. */
        public static final Period DEFAULT_COVERAGE_WARNING = Period.ofDays(60);
        private boolean checkReferences = true;

        private Builder() {
        }

        /**
         * Sets whether intake checks its references against the property register (rules EU-1,
         * EU-3). Default: true: a repair, complaint, question or feedback on a unit, building or
         * estate that is not registered, on a unit or building placed elsewhere than the register
         * says, or reported by an owner never registered, is refused with a
         * {@link dev.aftersales.ticket.TicketReferenceException} and nothing is stored. False takes
         * the references as given (for applications whose own register is the reference, and tests
         * about something else); a unit named alone ({@code TicketLocation.ofUnit(unitId)}) is
         * looked up either way. What is checked is listed on {@link TicketService}.
         *
         * @param value true to check, false to trust
         * @return this builder
         */
        public Builder checkReferences(boolean value) {
            this.checkReferences = value;
            return this;
        }

        /**
         * Sets the business calendars that policies name. Default:
         * {@link CalendarRegistry#withReadyCalendars()} (24/7, the CP-1 hotline, the Chinese office
         * week with the official holidays).
         *
         * @param registry the calendars
         * @return this builder
         */
        public Builder calendars(CalendarRegistry registry) {
            this.calendars = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Sets the service-commitment policies, replacing the default
         * {@link CommitmentPresets#all()} (RP-2, CP-1, CP-5, CV-3, CP-9, each with CP-8
         * escalation). Each is validated when the desk is built.
         *
         * @param value the policies; empty for none
         * @return this builder
         */
        public Builder policies(List<CommitmentPolicy> value) {
            this.policies = List.copyOf(value);
            return this;
        }

        /**
         * Sets the name this node's sweeper claims commitments under. Default: a new id.
         *
         * @param name an identifier, unique among the nodes sharing a store
         * @return this builder
         */
        public Builder sweeperName(String name) {
            this.sweeperName = dev.aftersales.common.Identifiers.requireValid("sweeperName", name);
            return this;
        }

        /**
         * Sets how many workers each sweep of this node runs at once (rules SL-8, SL-9). Default:
         * {@value dev.aftersales.commitment.service.CommitmentSweeper#DEFAULT_WORKERS}, on the thread
         * that calls {@link AfterSales#sweep()}. With more, a sweep starts {@code workers - 1} more
         * threads for its duration; each worker claims its own batches of due commitments and
         * completes them, so a database store needs a connection per worker. Every firing is still
         * recorded exactly once.
         *
         * @param workers 1 to {@value dev.aftersales.commitment.service.CommitmentSweeper#MAX_WORKERS}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder sweepWorkers(int workers) {
            this.sweepWorkers = CommitmentSweeper.requireWorkers(workers);
            return this;
        }

        /**
         * Sets the store. Default: the in-memory store, when {@code aftersales-storage-memory} is on
         * the class path. The JDBC store needs a {@code DataSource}, so it is never found on the class
         * path: give it here, e.g. {@code store(JdbcStore.create(dataSource).build())}.
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
         * Sets how far ahead {@link #build()} warns of calendars whose dated exceptions run out
         * (rule SL-16): one WARN per registered calendar whose coverage, from today in the clock's
         * zone, ends within this period, so that next year's holidays are added before deadlines
         * fall back to the weekly pattern. Default {@link #DEFAULT_COVERAGE_WARNING}; zero turns
         * the warning off.
         *
         * @param period the period, zero or more
         * @return this builder
         * @throws NullPointerException     if {@code period} is null
         * @throws IllegalArgumentException if {@code period} is negative
         */
        public Builder coverageWarning(Period period) {
            if (Objects.requireNonNull(period, "period").isNegative()) {
                throw new IllegalArgumentException("coverageWarning is zero or more, got " + period);
            }
            this.coverageWarning = period;
            return this;
        }

        /**
         * Sets how long this desk takes the latest policy versions it read from the store as current
         * (rule SL-13): a version registered on another desk of the same store starts applying here
         * at most this long later (at once after {@code policies().refresh()}); the ticket steps in
         * between read no policy from the store. Default {@link #DEFAULT_POLICY_REFRESH}.
         *
         * @param interval the interval, zero (read at every step that may start commitments) or more
         * @return this builder
         * @throws NullPointerException     if {@code interval} is null
         * @throws IllegalArgumentException if {@code interval} is negative
         */
        public Builder policyRefresh(Duration interval) {
            if (Objects.requireNonNull(interval, "interval").isNegative()) {
                throw new IllegalArgumentException("policyRefresh is zero or more, got " + interval);
            }
            this.policyRefresh = interval;
            return this;
        }

        /**
         * Sets how long before a component's warranty term ends its expiry reminder is due (rule
         * WA-4): at the start, in the clock's zone, of the local date this long before the term's
         * end (the first date it no longer covers). Default {@link WarrantyReminder#DEFAULT_LEAD},
         * one month. It applies to the reminders scheduled from then on, when a unit is handed
         * over or its estate's warranty settings are saved.
         *
         * @param lead the lead, zero or more
         * @return this builder
         * @throws NullPointerException     if {@code lead} is null
         * @throws IllegalArgumentException if {@code lead} is negative
         */
        public Builder warrantyReminderLead(Period lead) {
            this.warrantyReminderLead = WarrantyReminder.requireLead(lead);
            return this;
        }

        /**
         * Sets the catalogue of components and their statutory terms the desk decides on (rules
         * WA-1, WA-5, WA-6): the built-in one by default ({@link StatutoryCatalogue#builtIn()}),
         * or one of the application's, e.g. read with {@link StatutoryCatalogue#parse} from a file
         * that overrides a preset. Decisions, stored terms, reminders and maintenance plans all use it.
         *
         * @param catalogue the catalogue
         * @return this builder
         * @throws NullPointerException if {@code catalogue} is null
         */
        public Builder warrantyCatalogue(StatutoryCatalogue catalogue) {
            this.warrantyCatalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Builds the desk and logs its effective configuration once, with a WARN for each
         * calendar whose coverage ends within {@link #coverageWarning(Period)}.
         *
         * @return the desk
         * @throws AfterSalesException if no store was set and none is on the class path (the message
         *         says how to give one: {@code store(JdbcStore.create(dataSource).build())}, or
         *         {@code aftersales-storage-memory} on the class path)
         * @throws dev.aftersales.commitment.InvalidPolicyException if a policy is invalid, naming
         *         every problem
         */
        public AfterSales build() {
            AfterSalesStore chosen = store != null ? store : defaultStore();
            AfterSales desk = new AfterSales(this, chosen);
            LOG.info("aftersales ready: store={}, clock zone={}, locale={}, listeners={}, calendars={}, policies={}, "
                    + "intake references={}", chosen, clock.getZone(), locale, listeners.size(), desk.calendars.ids(),
                    policies != null ? policies.size() : "presets", checkReferences ? "checked" : "trusted");
            if (!coverageWarning.isZero()) {
                LocalDate today = LocalDate.now(clock);
                for (CoverageEnd end : desk.calendars.coverageEndingBefore(today, today.plus(coverageWarning))) {
                    LOG.warn("calendar {} knows its holidays and closures only until {}: deadlines needing later dates "
                            + "fall back to its weekly pattern (SL-16). Add next year's official holidays with "
                            + "CalendarRegistry.addOfficialYear (README, 'Every November')", end.calendar(),
                            end.coveredUntil());
                }
            }
            return desk;
        }

        private static AfterSalesStore defaultStore() {
            Iterator<StoreProvider> providers = ServiceLoader.load(StoreProvider.class).iterator();
            if (!providers.hasNext()) {
                throw new AfterSalesException(NO_STORE);
            }
            StoreProvider provider = providers.next();
            if (providers.hasNext()) {
                throw new AfterSalesException("no store configured and several store providers on the class path ("
                        + provider.name() + ", " + providers.next().name() + "): call store(...)");
            }
            LOG.warn("no store configured: using the {} store found on the class path; nothing survives the JVM "
                    + "unless it is persistent. Call store(...) to choose one.", provider.name());
            return provider.create();
        }
    }
}
