package dev.aftersales.ticket;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.EstateId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket (工单): one request from a customer, a repair, complaint, consultation, suggestion or
 * praise, and its life cycle from reception to closure. The aggregate changes only through
 * {@link #take(TicketStepCommand, Actor)}, and the named step methods that are shorthands for it
 * ({@link #forward}, {@link #classify}, {@link #assign} ...): it checks the step against the table
 * below ({@link TicketLifeCycle}), appends a {@link TimelineEntry} stamped by the injected
 * {@link Clock} with the acting {@link Actor}, and collects a pending {@link TicketEvent}. An
 * illegal step throws {@link IllegalTicketStepException} and changes nothing: state, timeline and
 * pending events stay as they were.
 *
 * <table class="striped">
 * <caption>Legal steps (from state, step, to state; rule ids)</caption>
 * <thead><tr><th>from</th><th>step</th><th>to</th><th>rules</th></tr></thead>
 * <tbody>
 * <tr><td>(new)</td><td>RECEIVE</td><td>RECEIVED</td><td>CP-4 one-stop: any receiving unit, no refusal</td></tr>
 * <tr><td>RECEIVED</td><td>FORWARD</td><td>FORWARDED</td><td>CP-5</td></tr>
 * <tr><td>RECEIVED, FORWARDED, REOPENED</td><td>CLASSIFY_VALID</td><td>CLASSIFIED</td><td>CP-3</td></tr>
 * <tr><td>RECEIVED, FORWARDED, REOPENED</td><td>CLASSIFY_INVALID</td><td>JUDGED_INVALID</td><td>CP-3, CP-6</td></tr>
 * <tr><td>RECEIVED, FORWARDED, REOPENED, CLASSIFIED</td><td>ANSWER (*)</td><td>ANSWERED</td><td>CV-2, CV-4</td></tr>
 * <tr><td>CLASSIFIED, ASSIGNED</td><td>ASSIGN</td><td>ASSIGNED</td><td>CP-3 (again: reassignment)</td></tr>
 * <tr><td>JUDGED_INVALID</td><td>CONTACT_OWNER</td><td>EXPLAINED</td><td>CP-6</td></tr>
 * <tr><td>ASSIGNED</td><td>CONTACT_OWNER</td><td>OWNER_CONTACTED</td><td>RP-2, CP-1</td></tr>
 * <tr><td>OWNER_CONTACTED, VISIT_AGREED</td><td>AGREE_VISIT</td><td>VISIT_AGREED</td><td>RP-2, CP-9</td></tr>
 * <tr><td>OWNER_CONTACTED, VISIT_AGREED</td><td>AGREE_PLAN</td><td>PLAN_AGREED</td><td>RP-3, CP-7</td></tr>
 * <tr><td>PLAN_AGREED</td><td>START_WORK</td><td>IN_PROGRESS</td><td>RP-4</td></tr>
 * <tr><td>OWNER_CONTACTED, VISIT_AGREED</td><td>START_WORK (**)</td><td>IN_PROGRESS</td><td>CV-2</td></tr>
 * <tr><td>OWNER_CONTACTED, VISIT_AGREED, PLAN_AGREED, IN_PROGRESS, WAITING</td><td>AGREE_NEW_TIME</td>
 *     <td>(unchanged)</td><td>CP-5, SL-11</td></tr>
 * <tr><td>ASSIGNED, OWNER_CONTACTED, VISIT_AGREED, PLAN_AGREED, IN_PROGRESS</td><td>WAIT</td><td>WAITING</td>
 *     <td>CP-10</td></tr>
 * <tr><td>WAITING</td><td>RESUME</td><td>(the state before waiting)</td><td>CP-10</td></tr>
 * <tr><td>IN_PROGRESS</td><td>RETURN_RESULT</td><td>RESULT_RETURNED</td><td>CP-5</td></tr>
 * <tr><td>RESULT_RETURNED</td><td>INFORM_OWNER</td><td>OWNER_INFORMED</td><td>CP-5</td></tr>
 * <tr><td>OWNER_INFORMED, EXPLAINED</td><td>CONFIRM_CLOSURE</td><td>CLOSURE_CONFIRMED</td><td>RP-5</td></tr>
 * <tr><td>OWNER_INFORMED</td><td>REJECT_CLOSURE</td><td>IN_PROGRESS</td><td>RP-5</td></tr>
 * <tr><td>EXPLAINED</td><td>REJECT_CLOSURE</td><td>FORWARDED (judged again)</td><td>RP-5, CP-6</td></tr>
 * <tr><td>CLOSURE_CONFIRMED</td><td>RECORD_CALLBACK</td><td>CALLBACK_DONE</td><td>RP-6, MS-3</td></tr>
 * <tr><td>CLOSURE_CONFIRMED</td><td>RECORD_CALLBACK_ATTEMPT</td><td>CLOSURE_CONFIRMED</td><td>RP-6</td></tr>
 * <tr><td>CLOSURE_CONFIRMED</td><td>CALLBACK_UNREACHABLE (after {@value #CALLBACK_ATTEMPTS} attempts)</td><td>CALLBACK_WAIVED</td><td>RP-6</td></tr>
 * <tr><td>CLOSURE_CONFIRMED</td><td>CALLBACK_DECLINED</td><td>CALLBACK_WAIVED</td><td>RP-6</td></tr>
 * <tr><td>CALLBACK_DONE, CALLBACK_WAIVED, ANSWERED</td><td>CLOSE</td><td>CLOSED</td><td></td></tr>
 * <tr><td>RECEIVED, FORWARDED, REOPENED, CLASSIFIED</td><td>AGREE_ANSWER_TIME (consultations, suggestions, praise)</td><td>(unchanged)</td><td>CV-2</td></tr>
 * <tr><td>CLOSED</td><td>REOPEN</td><td>REOPENED (cycle + 1)</td><td></td></tr>
 * </tbody>
 * </table>
 * (*) consultations, suggestions and praise only. (**) consultations, suggestions and praise
 * only: repairs (RP-3) and complaints (CP-7) need an agreed plan before work starts.
 *
 * <p>The usual paths: a repair RECEIVED, CLASSIFIED, ASSIGNED, OWNER_CONTACTED, VISIT_AGREED,
 * PLAN_AGREED, IN_PROGRESS, RESULT_RETURNED, OWNER_INFORMED, CLOSURE_CONFIRMED, CALLBACK_DONE,
 * CLOSED; a complaint at a sales office adds FORWARDED after RECEIVED (CP-5); an invalid
 * complaint goes RECEIVED, FORWARDED, JUDGED_INVALID, EXPLAINED, CLOSURE_CONFIRMED,
 * CALLBACK_DONE, CLOSED (CP-6: never a dead end); a question answered at once goes RECEIVED,
 * ANSWERED, CLOSED (CV-2).
 *
 * <p>Time: each entry is stamped with {@code clock.instant()}, or with the previous entry's time
 * if the clock reads earlier (a clock stepped back never makes the timeline go back). The
 * aggregate never reads the system time.
 *
 * <p>Storage: {@link #toRecord()} gives the immutable {@link TicketRecord} that storage adapters
 * save; {@link #fromRecord} rebuilds the aggregate. Pending events are handed over by
 * {@link #drainEvents()} after a successful save.
 *
 * <p>Not thread-safe: one command uses one instance.
 */
public final class Ticket {

    /**
     * How many callback attempts must be recorded since the owner confirmed the closure before
     * the callback may be waived because the owner cannot be reached (rule RP-6): 3.
     */
    public static final int CALLBACK_ATTEMPTS = 3;

    private final Clock clock;
    private final IdGenerator ids;
    private TicketRecord current;
    private final List<TicketEvent> pending = new ArrayList<>();

    private Ticket(TicketRecord record, Clock clock, IdGenerator ids) {
        this.current = Objects.requireNonNull(record, "record");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Obtains a new ticket, received by a receiving unit (rule CP-4: whichever unit receives a
     * ticket accepts it; there is no refusal). Records the reception on the timeline and a
     * pending {@link TicketStep#RECEIVE} event.
     *
     * @param id            the new ticket's id
     * @param intake        what was reported
     * @param receivingUnit the department that received it
     * @param actor         who received it
     * @param clock         the clock stamping every step
     * @param ids           the generator of event ids
     * @return the ticket in state {@link TicketState#RECEIVED}, version 0
     * @throws NullPointerException if an argument is null
     */
    public static Ticket receive(TicketId id, TicketIntake intake, DepartmentId receivingUnit, Actor actor,
                                 Clock clock, IdGenerator ids) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(actor, "actor");
        Instant at = Objects.requireNonNull(clock, "clock").instant();
        TimelineEntry entry = new TimelineEntry(1, 1, at, TicketStep.RECEIVE, null, TicketState.RECEIVED, actor,
                StepDetails.none());
        TicketRecord record = TicketRecord.received(id, intake, receivingUnit, entry);
        Ticket ticket = new Ticket(record, clock, ids);
        ticket.pending.add(TicketEvent.of(ids.next("EV"), record, entry));
        return ticket;
    }

    /**
     * Rebuilds a ticket from its storage form, with no pending events.
     *
     * @param record the stored record
     * @param clock  the clock stamping every further step
     * @param ids    the generator of event ids
     * @return the ticket
     * @throws NullPointerException if an argument is null
     */
    public static Ticket fromRecord(TicketRecord record, Clock clock, IdGenerator ids) {
        return new Ticket(record, clock, ids);
    }

    /**
     * Forwards the ticket from the receiving unit to customer service (rule CP-5).
     *
     * @param actor           who forwards it
     * @param customerService the customer-service department it goes to
     * @throws NullPointerException        if an argument is null
     * @throws IllegalTicketStepException  if the step is not legal now
     */
    public void forward(Actor actor, DepartmentId customerService) {
        take(new ForwardTicket(id(), customerService), actor);
    }

    /**
     * Records customer service's judgement (rule CP-3): a valid ticket goes on to assignment, an
     * invalid one to contact with an explanation (rule CP-6).
     *
     * @param actor    who judges
     * @param validity valid or invalid
     * @param note     the reasoning, or {@code null}
     * @throws NullPointerException       if the actor or validity is null
     * @throws IllegalArgumentException   if the note is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void classify(Actor actor, Validity validity, String note) {
        take(new ClassifyTicket(id(), validity, note), actor);
    }

    /**
     * Assigns (or reassigns) the ticket to a responsible department and person (rules CP-3, CP-7).
     *
     * @param actor      who assigns it
     * @param department the responsible department
     * @param staffId    the responsible person's staff id
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the staff id is malformed
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void assign(Actor actor, DepartmentId department, String staffId) {
        take(new AssignTicket(id(), department, staffId), actor);
    }

    /**
     * Records that the owner was contacted (rules RP-2, CP-1); for an invalid ticket, with the
     * explanation that manages expectations (rule CP-6).
     *
     * @param actor who contacted the owner
     * @param note  what was said, or {@code null}
     * @throws NullPointerException       if the actor is null
     * @throws IllegalArgumentException   if the note is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void contactOwner(Actor actor, String note) {
        take(new ContactOwner(id(), note), actor);
    }

    /**
     * Records a visit time agreed with the owner (rule RP-2; CP-9's on-site visit), or a new one.
     *
     * @param actor   who agreed it
     * @param visitAt the agreed visit time
     * @throws NullPointerException       if an argument is null
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void agreeVisit(Actor actor, Instant visitAt) {
        take(new AgreeVisit(id(), visitAt), actor);
    }

    /**
     * Records the plan explained to and agreed with the owner (rules RP-3, CP-7).
     *
     * @param actor who agreed it
     * @param plan  the plan
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the plan is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void agreePlan(Actor actor, String plan) {
        take(new AgreePlan(id(), plan), actor);
    }

    /**
     * Records that handling started (rule RP-4).
     *
     * @param actor who started it
     * @throws NullPointerException       if the actor is null
     * @throws IllegalTicketStepException if the step is not legal now, e.g. a repair without an agreed plan
     */
    public void startWork(Actor actor) {
        take(new StartWork(id()), actor);
    }

    /**
     * Records a new resolution time agreed with the owner because the matter cannot be solved at
     * once (rules CP-5, SL-11). The state does not change.
     *
     * @param actor   who agreed it
     * @param newTime the agreed resolution time
     * @param reason  why more time is needed
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the reason is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void agreeNewTime(Actor actor, Instant newTime, String reason) {
        take(new AgreeNewTime(id(), newTime, reason), actor);
    }

    /**
     * Records that handling waits for the owner or for a third party (rule CP-10).
     *
     * @param actor  who put it on hold
     * @param reason for whom it waits
     * @param note   details, or {@code null}
     * @throws NullPointerException       if the actor or reason is null
     * @throws IllegalArgumentException   if the note is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void waitFor(Actor actor, WaitingReason reason, String note) {
        take(new StartWaiting(id(), reason, note), actor);
    }

    /**
     * Records that handling resumes, in the state it was in before waiting.
     *
     * @param actor who resumed it
     * @throws NullPointerException       if the actor is null
     * @throws IllegalTicketStepException if the ticket is not waiting
     */
    public void resume(Actor actor) {
        take(new ResumeHandling(id()), actor);
    }

    /**
     * Records the result the responsible department returns to customer service (rule CP-5).
     *
     * @param actor  who returned it
     * @param result the result
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the result is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void returnResult(Actor actor, String result) {
        take(new ReturnResult(id(), result), actor);
    }

    /**
     * Records that customer service told the owner the result (rule CP-5).
     *
     * @param actor who informed the owner
     * @param note  what was said, or {@code null}
     * @throws NullPointerException       if the actor is null
     * @throws IllegalArgumentException   if the note is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void informOwner(Actor actor, String note) {
        take(new InformOwner(id(), note), actor);
    }

    /**
     * Records that a consultation, suggestion or praise was answered at once (rules CV-2, CV-4).
     *
     * @param actor  who answered
     * @param answer the answer given
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the answer is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now or the kind is a repair or complaint
     */
    public void answer(Actor actor, String answer) {
        take(new AnswerAtOnce(id(), answer), actor);
    }

    /**
     * Records that the owner confirmed the closure (rule RP-5).
     *
     * @param actor who recorded the confirmation (staff, or the customer)
     * @throws NullPointerException       if the actor is null
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void confirmClosure(Actor actor) {
        take(new ConfirmClosure(id()), actor);
    }

    /**
     * Records that the owner rejected the closure (rule RP-5): handling resumes in progress, or an
     * invalid judgement goes back to customer service.
     *
     * @param actor  who recorded the rejection
     * @param reason why the owner rejected it
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the reason is blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void rejectClosure(Actor actor, String reason) {
        take(new RejectClosure(id(), reason), actor);
    }

    /**
     * Records the callback with the customer's satisfaction (rules RP-6, MS-3).
     *
     * @param actor        who made the callback
     * @param method       phone, email or visit
     * @param satisfaction the satisfaction score, 1 (very dissatisfied) to 5 (very satisfied)
     * @param note         remarks, or {@code null}
     * @throws NullPointerException       if the actor or method is null
     * @throws IllegalArgumentException   if the score is outside 1 to 5 or the note blank or too long
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void recordCallback(Actor actor, CallbackMethod method, int satisfaction, String note) {
        take(new RecordCallback(id(), method, satisfaction, note), actor);
    }

    /**
     * Closes the ticket.
     *
     * @param actor who closed it
     * @throws NullPointerException       if the actor is null
     * @throws IllegalTicketStepException if the step is not legal now (e.g. before the callback, RP-6)
     */
    public void close(Actor actor) {
        take(new CloseTicket(id()), actor);
    }

    /**
     * Reopens a closed ticket: a new cycle starts with customer service; the history stays.
     *
     * @param actor  who reopened it
     * @param reason why
     * @throws NullPointerException       if an argument is null
     * @throws IllegalArgumentException   if the reason is blank or too long
     * @throws IllegalTicketStepException if the ticket is not closed
     */
    public void reopen(Actor actor, String reason) {
        take(new ReopenTicket(id(), reason), actor);
    }

    /**
     * Takes a step of the life cycle: checks it against the table above (for this ticket's state
     * and kind), appends its {@link TimelineEntry} with the command's {@link StepDetails}, applies
     * what it changes (state, cycle, waiting state, and the step's own
     * {@link TicketStepCommand#applyEffect effect}) and collects its pending {@link TicketEvent}.
     * The named step methods ({@link #forward}, {@link #classify} ...) are shorthands for it.
     *
     * @param command the step and its data
     * @param actor   who takes the step
     * @throws NullPointerException       if an argument is null, or a field the step needs
     * @throws IllegalArgumentException   if the command is for another ticket, or its data is malformed
     * @throws IllegalTicketStepException if the step is not legal now
     */
    public void take(TicketStepCommand command, Actor actor) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        TicketRecord r = current;
        if (!r.id().equals(Objects.requireNonNull(command.ticketId(), "ticketId"))) {
            throw new IllegalArgumentException("a command for ticket " + command.ticketId()
                    + " cannot be taken on ticket " + r.id());
        }
        TicketStep step = command.step();
        StepDetails details = command.details();
        TicketState to = TicketLifeCycle.target(r.state(), step, r.kind(), r.waitingFrom())
                .orElseThrow(() -> new IllegalTicketStepException(r.id(), r.state(), step,
                        TicketLifeCycle.refusal(r.state(), step, r.kind()).orElse("refused"),
                        TicketLifeCycle.refusal(r.state(), step, r.kind(), Locale.CHINESE).orElse("被拒绝")));
        Instant now = clock.instant();
        Instant last = r.lastEntry().at();
        Instant at = now.isBefore(last) ? last : now;
        int cycle = step == TicketStep.REOPEN ? r.cycle() + 1 : r.cycle(); // reopening starts a new cycle
        TimelineEntry entry = new TimelineEntry(r.timeline().size() + 1, cycle, at, step, r.state(), to, actor, details);
        TicketRecord next = command.applyEffect(r.withStep(entry));
        TicketEvent event = TicketEvent.of(ids.next("EV"), next, entry);
        current = next;
        pending.add(event);
    }

    /**
     * Returns the ticket's id.
     *
     * @return the id
     */
    public TicketId id() {
        return current.id();
    }

    /**
     * Returns the ticket's kind.
     *
     * @return the kind
     */
    public TicketKind kind() {
        return current.kind();
    }

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public TicketState state() {
        return current.state();
    }

    /**
     * Returns the current cycle: 1, plus one per reopening.
     *
     * @return the cycle
     */
    public int cycle() {
        return current.cycle();
    }

    /**
     * Returns what was reported.
     *
     * @return the intake
     */
    public TicketIntake intake() {
        return current.intake();
    }

    /**
     * Returns the facts service commitments select on.
     *
     * @return the facts
     */
    public TicketFacts facts() {
        return current.facts();
    }

    /**
     * Returns the estate of the ticket's location.
     *
     * @return the estate
     */
    public EstateId estate() {
        return current.estate();
    }

    /**
     * Returns when the ticket was received.
     *
     * @return the reception time
     */
    public Instant reportedAt() {
        return current.reportedAt();
    }

    /**
     * Returns the responsible department, once assigned.
     *
     * @return the department, or empty
     */
    public Optional<DepartmentId> responsibleDepartment() {
        return Optional.ofNullable(current.responsibleDepartment());
    }

    /**
     * Returns the responsible person's staff id, once assigned.
     *
     * @return the staff id, or empty
     */
    public Optional<String> responsibleStaffId() {
        return Optional.ofNullable(current.responsibleStaffId());
    }

    /**
     * Returns every step taken, oldest first.
     *
     * @return the timeline, unmodifiable
     */
    public List<TimelineEntry> timeline() {
        return current.timeline();
    }

    /**
     * Returns the steps legal now (for a user interface to offer).
     *
     * @return the legal steps, unmodifiable
     */
    public Set<TicketStep> allowedSteps() {
        return TicketLifeCycle.allowedSteps(current.state(), current.kind());
    }

    /**
     * Returns the storage form of the ticket as it is now, with the version it was read at.
     *
     * @return the record
     */
    public TicketRecord toRecord() {
        return current;
    }

    /**
     * Returns the events of the steps taken since the ticket was created or rebuilt, or since the
     * last drain, without removing them.
     *
     * @return the pending events, oldest first, a copy
     */
    public List<TicketEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    /**
     * Returns and removes the pending events. Callers drain them after the record was saved, so
     * that no event announces a change that was not stored.
     *
     * @return the events, oldest first
     */
    public List<TicketEvent> drainEvents() {
        List<TicketEvent> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    @Override
    public String toString() {
        return "Ticket[" + current.id() + " " + current.kind() + " " + current.state() + " cycle " + current.cycle()
                + " version " + current.version() + "]";
    }
}
