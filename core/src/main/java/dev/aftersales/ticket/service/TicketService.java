package dev.aftersales.ticket.service;

import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.ticket.*;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket use cases by domain verb: receive a repair, complaint, question or feedback (one-stop,
 * rule CP-4), take each step of the life cycle by ticket id, and query tickets.
 *
 * <p>Every verb runs the desk's {@link StepEffects step pipeline}: it validates its command (rule
 * CP-2: one {@link InvalidCommandException} listing every violation), then in one unit of work
 * loads the ticket, takes the step on the {@link Ticket} aggregate, saves the record with its
 * optimistic version and hands each event of the step to the service commitments
 * ({@link CommitmentService#onTicketEvent}: receiving a ticket starts its deadlines, a step stops,
 * pauses or resumes them, rules SL-6..SL-12) and to the store's outbox; after the commit the events
 * reach the listeners. If the commitments cannot be written, nothing of the step is kept; a
 * listener's failure never undoes a committed step.
 *
 * <p>What intake checks. A repair, complaint, question or feedback is first validated (CP-2); then,
 * in the unit of work that stores the new ticket, its references are looked up in the property
 * register (rules EU-1, EU-3), unless the desk trusts them ({@link IntakeReferences#TRUSTED}):
 * <ul>
 *   <li>a unit ({@link TicketLocation#ofUnit(UnitId, BuildingId, EstateId)}) must be registered,
 *       in the building and estate the command names;</li>
 *   <li>a unit named alone ({@link TicketLocation#ofUnit(UnitId)}) must be registered; the ticket
 *       is stored with the building and estate of the register (also when references are
 *       trusted);</li>
 *   <li>a common area of a building must name a registered building, in the estate the command
 *       names; a common area of an estate a registered estate;</li>
 *   <li>a reporting owner ({@link Reporter#byOwner}) must be registered; whether the owner holds
 *       the unit is not checked (owners report on common areas and on neighbours' units too), nor
 *       are non-owner contacts, staff reporters or the receiving unit.</li>
 * </ul>
 * A command that fails any of these is refused with one {@link TicketReferenceException} listing
 * every problem by id (never personal data, rule EU-4), and nothing is stored or published.
 *
 * <p>Concurrency: two commands on the same ticket at once are resolved by the repository: one
 * saves, the other fails with {@link StaleWriteException} and changes nothing; the caller may
 * retry it. Thread-safe when its collaborators are. Logs identifiers only (rule EU-4).
 */
public final class TicketService {

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;
    private final Clock clock;
    private final IdGenerator ids;
    private final CommandValidator validator;
    private final StepEffects effects;
    private final CommitmentService commitments;
    private final IntakeReferenceCheck references;

    /**
     * Creates the service of a desk that checks every intake's references against the property
     * register ({@link IntakeReferences#CHECKED}); applications get it from {@code AfterSales.tickets()}.
     *
     * @param context     the desk's store, clock, identifiers, validator and step pipeline
     * @param commitments the service commitments each step's events start, stop, pause and resume
     *                    in the step's unit of work
     * @throws NullPointerException if an argument is null
     */
    public TicketService(StepContext context, CommitmentService commitments) {
        this(context, commitments, IntakeReferences.CHECKED);
    }

    /**
     * Creates the service of a desk; applications get it from {@code AfterSales.tickets()}.
     *
     * @param context     the desk's store, clock, identifiers, validator and step pipeline
     * @param commitments the service commitments each step's events start, stop, pause and resume
     *                    in the step's unit of work
     * @param references  whether intake checks its references against the property register
     * @throws NullPointerException if an argument is null
     */
    public TicketService(StepContext context, CommitmentService commitments, IntakeReferences references) {
        Objects.requireNonNull(context, "context");
        this.tickets = context.store().tickets();
        this.clock = context.clock();
        this.ids = context.ids();
        this.validator = context.validator();
        this.effects = context.effects();
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.references = new IntakeReferenceCheck(context.store(), references);
    }

    /**
     * Receives a repair request (rules RP-1, RP-2, CP-4).
     *
     * @param command    the repair request
     * @param receivedBy who received it
     * @return the stored ticket, in state {@link TicketState#RECEIVED}
     * @throws NullPointerException    if an argument is null
     * @throws InvalidCommandException listing every violation of the command
     * @throws TicketReferenceException listing every reference the property register contradicts
     *                                  (see the class description); nothing is stored
     */
    public TicketRecord reportRepair(ReportRepair command, Actor receivedBy) {
        return receive(command, receivedBy);
    }

    /**
     * Receives a complaint at whichever unit the customer chose (rules CP-3, CP-4).
     *
     * @param command    the complaint
     * @param receivedBy who received it
     * @return the stored ticket, in state {@link TicketState#RECEIVED}
     * @throws NullPointerException    if an argument is null
     * @throws InvalidCommandException listing every violation of the command
     * @throws TicketReferenceException listing every reference the property register contradicts
     *                                  (see the class description); nothing is stored
     */
    public TicketRecord lodgeComplaint(LodgeComplaint command, Actor receivedBy) {
        return receive(command, receivedBy);
    }

    /**
     * Receives a consultation (rules CV-1, CV-2).
     *
     * @param command    the question
     * @param receivedBy who received it
     * @return the stored ticket, in state {@link TicketState#RECEIVED}
     * @throws NullPointerException    if an argument is null
     * @throws InvalidCommandException listing every violation of the command
     * @throws TicketReferenceException listing every reference the property register contradicts
     *                                  (see the class description); nothing is stored
     */
    public TicketRecord askQuestion(AskQuestion command, Actor receivedBy) {
        return receive(command, receivedBy);
    }

    /**
     * Receives a suggestion or praise.
     *
     * @param command    the feedback
     * @param receivedBy who received it
     * @return the stored ticket, in state {@link TicketState#RECEIVED}
     * @throws NullPointerException    if an argument is null
     * @throws InvalidCommandException listing every violation of the command
     * @throws TicketReferenceException listing every reference the property register contradicts
     *                                  (see the class description); nothing is stored
     */
    public TicketRecord giveFeedback(GiveFeedback command, Actor receivedBy) {
        return receive(command, receivedBy);
    }

    private TicketRecord receive(IntakeCommand command, Actor receivedBy) {
        validator.validate(command);
        Objects.requireNonNull(receivedBy, "receivedBy");
        TicketId id = TicketId.of(ids.next("T"));
        return saveAndPublish(() -> {
            // EU-1, EU-3: read in the unit of work that stores the ticket; a refusal stores nothing
            TicketLocation at = references.locate(command);
            return Ticket.receive(id, command.toIntake(at), command.receivingUnit(), receivedBy, clock, ids);
        }, commitments.onNewTicket());
    }

    /**
     * Takes a step of a ticket's life cycle by ticket id: validates the command (rule CP-2: one
     * {@link InvalidCommandException} listing every violation), loads the ticket, takes the step on
     * it ({@link Ticket#take}), saves it with its version and then publishes the step's event. The
     * verbs below ({@link #forward}, {@link #classify} ...) are shorthands for it.
     *
     * @param command the step and its data
     * @param actor   who takes the step
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now, e.g. not in the ticket's
     *                                    state or not for its kind; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord take(TicketStepCommand command, Actor actor) {
        validator.validate(command);
        return step(command, actor);
    }

    /**
     * Forwards a ticket to customer service (rule CP-5).
     *
     * @param command the command
     * @param actor   who forwards it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord forward(ForwardTicket command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records customer service's judgement (rules CP-3, CP-6).
     *
     * @param command the command
     * @param actor   who judges
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord classify(ClassifyTicket command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Assigns a ticket to a responsible department and person (rules CP-3, CP-7).
     *
     * @param command the command
     * @param actor   who assigns it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord assign(AssignTicket command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records that the owner was contacted (rules RP-2, CP-1, CP-6).
     *
     * @param command the command
     * @param actor   who contacted the owner
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord contactOwner(ContactOwner command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records a visit time agreed with the owner (rule RP-2).
     *
     * @param command the command
     * @param actor   who agreed it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord agreeVisit(AgreeVisit command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records the plan agreed with the owner (rules RP-3, CP-7).
     *
     * @param command the command
     * @param actor   who agreed it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord agreePlan(AgreePlan command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records that handling started (rule RP-4).
     *
     * @param ticketId the ticket
     * @param actor    who started it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord startWork(TicketId ticketId, Actor actor) {
        return take(new StartWork(Objects.requireNonNull(ticketId, "ticketId")), actor);
    }

    /**
     * Records a new resolution time agreed with the owner (rules CP-5, SL-11).
     *
     * @param command the command
     * @param actor   who agreed it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord agreeNewTime(AgreeNewTime command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Puts handling on hold for the owner or a third party (rule CP-10).
     *
     * @param command the command
     * @param actor   who put it on hold
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord startWaiting(StartWaiting command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Resumes handling where it stopped.
     *
     * @param ticketId the ticket
     * @param actor    who resumed it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the ticket is not waiting; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord resume(TicketId ticketId, Actor actor) {
        return take(new ResumeHandling(Objects.requireNonNull(ticketId, "ticketId")), actor);
    }

    /**
     * Records the result the responsible department returns (rule CP-5).
     *
     * @param command the command
     * @param actor   who returned it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord returnResult(ReturnResult command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records that the owner was told the result (rule CP-5).
     *
     * @param command the command
     * @param actor   who informed the owner
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord informOwner(InformOwner command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Answers a consultation, suggestion or praise at once (rules CV-2, CV-4).
     *
     * @param command the command
     * @param actor   who answered
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now or not for this kind; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord answerAtOnce(AnswerAtOnce command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records that the owner confirmed the closure (rule RP-5).
     *
     * @param ticketId the ticket
     * @param actor    who recorded it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord confirmClosure(TicketId ticketId, Actor actor) {
        return take(new ConfirmClosure(Objects.requireNonNull(ticketId, "ticketId")), actor);
    }

    /**
     * Records that the owner rejected the closure (rule RP-5).
     *
     * @param command the command
     * @param actor   who recorded it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord rejectClosure(RejectClosure command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Records the callback with the customer's satisfaction (rules RP-6, MS-3).
     *
     * @param command the command
     * @param actor   who made the callback
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord recordCallback(RecordCallback command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Closes a ticket.
     *
     * @param ticketId the ticket
     * @param actor    who closed it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the step is not legal now; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord close(TicketId ticketId, Actor actor) {
        return take(new CloseTicket(Objects.requireNonNull(ticketId, "ticketId")), actor);
    }

    /**
     * Reopens a closed ticket; a new cycle starts and the history stays.
     *
     * @param command the command
     * @param actor   who reopened it
     * @return the stored ticket after the step
     * @throws NullPointerException       if an argument is null
     * @throws InvalidCommandException    listing every violation of the command
     * @throws TicketNotFoundException    if the ticket is not stored
     * @throws IllegalTicketStepException if the ticket is not closed; nothing is stored
     * @throws StaleWriteException        if the ticket changed concurrently; nothing is stored
     */
    public TicketRecord reopen(ReopenTicket command, Actor actor) {
        return take(command, actor);
    }

    /**
     * Finds a ticket.
     *
     * @param ticketId the ticket
     * @return the stored ticket, or empty
     * @throws NullPointerException if the id is null
     */
    public Optional<TicketRecord> find(TicketId ticketId) {
        return tickets.findById(ticketId);
    }

    /**
     * Finds the open tickets of a unit, oldest first.
     *
     * @param unit the unit
     * @param page the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> openTicketsOfUnit(UnitId unit, PageRequest page) {
        return tickets.findByUnit(unit, Openness.OPEN, page);
    }

    /**
     * Finds the tickets of a unit.
     *
     * @param unit     the unit
     * @param openness open, closed or any
     * @param page     the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsOfUnit(UnitId unit, Openness openness, PageRequest page) {
        return tickets.findByUnit(unit, openness, page);
    }

    /**
     * Finds the tickets an owner raised.
     *
     * @param owner    the owner
     * @param openness open, closed or any
     * @param page     the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsOfOwner(OwnerId owner, Openness openness, PageRequest page) {
        return tickets.findByOwner(owner, openness, page);
    }

    /**
     * Finds the tickets in a building (units and common areas).
     *
     * @param building the building
     * @param openness open, closed or any
     * @param page     the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsOfBuilding(BuildingId building, Openness openness, PageRequest page) {
        return tickets.findByBuilding(building, openness, page);
    }

    /**
     * Finds the tickets in an estate.
     *
     * @param estate   the estate
     * @param openness open, closed or any
     * @param page     the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsOfEstate(EstateId estate, Openness openness, PageRequest page) {
        return tickets.findByEstate(estate, openness, page);
    }

    /**
     * Finds the tickets in a state.
     *
     * @param state the state
     * @param page  the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsInState(TicketState state, PageRequest page) {
        return tickets.findByState(state, page);
    }

    /**
     * Finds the tickets a department is responsible for.
     *
     * @param department the department
     * @param openness   open, closed or any
     * @param page       the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public Page<TicketRecord> ticketsOfDepartment(DepartmentId department, Openness openness, PageRequest page) {
        return tickets.findByDepartment(department, openness, page);
    }

    /**
     * Finds the tickets reported in [{@code fromInclusive}, {@code toExclusive}).
     *
     * @param fromInclusive the first instant; clamped to {@link dev.aftersales.common.SupportedRange}
     *                      (rule IN-2), never refused for being outside it
     * @param toExclusive   the instant after the period, clamped likewise
     * @param page          the page wanted
     * @return the page, in {@link TicketRepository#ORDER}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public Page<TicketRecord> ticketsReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        return tickets.findReportedBetween(fromInclusive, toExclusive, page);
    }

    private TicketRecord step(TicketStepCommand command, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return saveAndPublish(() -> {
            TicketRecord stored = tickets.findById(command.ticketId())
                    .orElseThrow(() -> new TicketNotFoundException(command.ticketId()));
            Ticket ticket = Ticket.fromRecord(stored, clock, ids);
            ticket.take(command, actor);
            return ticket;
        });
    }

    /**
     * Loads or creates the ticket, saves it and hands its events to the in-transaction handler, all
     * in one unit of work; then, after the commit, delivers the events to the sink.
     */
    private TicketRecord saveAndPublish(Supplier<Ticket> work) {
        return saveAndPublish(work, commitments::onTicketEvent);
    }

    private TicketRecord saveAndPublish(Supplier<Ticket> work, StepEffects.SameTransactionEffect<TicketEvent> onCommitments) {
        TicketRecord saved = effects.<TicketEvent, TicketRecord>run(events -> {
            Ticket ticket = work.get();
            TicketRecord record = tickets.save(ticket.toRecord());
            events.addAll(ticket.drainEvents());
            return record;
        }, onCommitments);
        TimelineEntry last = saved.lastEntry();
        LOG.info("ticket {} {} -> {} (cycle {}, version {}) by {}", saved.id(), last.step(), saved.state(),
                saved.cycle(), saved.version(), last.actor());
        return saved;
    }
}
