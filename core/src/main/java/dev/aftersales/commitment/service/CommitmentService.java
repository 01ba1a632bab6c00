package dev.aftersales.commitment.service;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.Explanation;
import dev.aftersales.commitment.Lateness;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.common.Actor;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service commitments of stored tickets (rules SL-6 to SL-16): applies ticket events to the
 * stored commitments of their ticket, answers a ticket's commitments and their explanations,
 * re-evaluates commitments under a new policy version on request (SL-13), recomputes running
 * commitments when a calendar's exceptions change (SL-14), and runs the period queries of MS-1.
 *
 * <p>Each change is one unit of work: the commitments of one ticket event are saved together or not
 * at all. A concurrent change of the same commitments (a sweep, another event of the ticket)
 * makes a save stale; re-evaluations and recomputations then reload and apply again, up to
 * {@link #MAX_ATTEMPTS} times. Ticket events come in one way, {@link #onTicketEvent}, which the
 * ticket service calls inside each step's unit of work: it never retries (a retry inside a joined
 * unit of work would run on partly written state, and on JDBC in a transaction already marked
 * rollback-only), so the step fails with the {@link StaleWriteException} and its caller retries the
 * whole step. Applying the same ticket event twice changes nothing the second time for starts,
 * stops, pauses and resumes (a term starts once per cycle, a stopped commitment stays stopped).
 *
 * <p>Time comes only from the injected clock. Thread-safe when its collaborators are. Logs
 * identifiers only (rule EU-4).
 */
public final class CommitmentService {

    /** How often a change is tried when concurrent writes make it stale. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(CommitmentService.class);
    private static final int RECOMPUTE_PAGE = 500;

    private final CommitmentRepository commitments;
    private final UnitOfWork unitOfWork;
    private final CommitmentEngine engine;
    private final Clock clock;

    /**
     * Creates the service of a desk; applications get it from {@code AfterSales.commitments()}.
     *
     * @param context the desk's store (commitments and unit of work) and clock (re-evaluations,
     *                recomputations and explanations)
     * @param engine  the engine with the registered policies and calendars
     * @throws NullPointerException if an argument is null
     */
    public CommitmentService(StepContext context, CommitmentEngine engine) {
        Objects.requireNonNull(context, "context");
        this.commitments = context.store().commitments();
        this.unitOfWork = context.store();
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = context.clock();
    }

    /**
     * Gets the engine.
     *
     * @return the engine
     */
    public CommitmentEngine engine() {
        return engine;
    }

    /**
     * Applies a ticket event to its ticket's stored commitments (rules SL-7, SL-9 to SL-12): starts,
     * stops, pauses, resumes, agreed deadlines, chained starts. The one way ticket events reach the
     * commitments: each ticket step calls it inside its unit of work (see
     * {@link dev.aftersales.step.StepEffects}), so that the step and its commitments are kept
     * together or not at all. It never retries: a {@link StaleWriteException} propagates, nothing
     * of the step is kept, and the caller retries the whole step. Called outside a unit of work
     * (e.g. to replay stored events), it runs in one of its own.
     *
     * @param event the ticket event
     * @return the commitments saved, as stored (committed with the caller's unit of work)
     * @throws NullPointerException if {@code event} is null
     * @throws CommitmentException  if a commitment's policy version is not registered
     * @throws StaleWriteException  if a commitment of the ticket changed concurrently; retry the
     *                              whole step
     * @throws dev.aftersales.calendar.OutsideCoverageException if a strict calendar lacks a needed
     *                              date (rule SL-16); nothing is saved
     */
    public List<Commitment> onTicketEvent(TicketEvent event) {
        Objects.requireNonNull(event, "event");
        return unitOfWork.inTransaction(() -> {
            List<Commitment> existing = commitments.findByTicket(event.ticketId());
            return commitments.saveAll(engine.onTicketEvent(event, existing));
        });
    }

    /**
     * Obtains the same-transaction effect of the step that receives a new ticket: like
     * {@link #onTicketEvent} for each of the step's events, but it reads no commitment from the
     * store, because the ticket is created in that very unit of work and has none but those its
     * earlier events in the step started (which the effect keeps). One query fewer per intake. Use a
     * new effect for each step; a retried unit of work starts again at the reception (sequence 1).
     *
     * @return a new effect for one intake step
     */
    public StepEffects.SameTransactionEffect<TicketEvent> onNewTicket() {
        Map<CommitmentId, Commitment> started = new LinkedHashMap<>();
        return event -> {
            Objects.requireNonNull(event, "event");
            if (event.sequence() == 1) {
                started.clear();
            }
            List<Commitment> known = new ArrayList<>(started.values());
            known.sort(CommitmentRepository.ORDER);
            for (Commitment c : commitments.saveAll(engine.onTicketEvent(event, known))) {
                started.put(c.id(), c);
            }
        };
    }

    /**
     * Finds a commitment.
     *
     * @param id the id
     * @return the commitment, or empty
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Commitment> find(CommitmentId id) {
        return commitments.findById(Objects.requireNonNull(id, "id"));
    }

    /**
     * Finds a ticket's commitment of one term in its latest cycle, the one a reopened ticket runs
     * now (rules SL-12, RP-5).
     *
     * @param ticket  the ticket
     * @param termKey the term's key, e.g. {@code CommitmentPresets.TERM_RP2_CONTACT}
     * @return the commitment of that term in the ticket's latest cycle (the latest started, when
     *         an agreed deadline after a breach started another of the same term, rule SL-11), or
     *         empty if the term has not started in that cycle
     * @throws NullPointerException if an argument is null
     */
    public Optional<Commitment> find(TicketId ticket, String termKey) {
        Objects.requireNonNull(termKey, "termKey");
        List<Commitment> all = commitmentsOf(ticket);
        int cycle = all.stream().mapToInt(Commitment::cycle).max().orElse(0);
        Commitment found = null;
        for (Commitment c : all) {
            if (c.cycle() == cycle && c.termKey().equals(termKey)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Finds a ticket's commitment of one term in a given cycle.
     *
     * @param ticket  the ticket
     * @param termKey the term's key
     * @param cycle   the cycle, 1 until the first reopening
     * @return the commitment of that term in that cycle (the latest started), or empty
     * @throws NullPointerException if an argument is null
     */
    public Optional<Commitment> find(TicketId ticket, String termKey, int cycle) {
        Objects.requireNonNull(termKey, "termKey");
        Commitment found = null;
        for (Commitment c : commitmentsOf(ticket)) {
            if (c.cycle() == cycle && c.termKey().equals(termKey)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Measures how late a commitment is as of now (rules SL-9, SL-10): in elapsed time, and for
     * business-time and working-day terms in working time on the term's calendar (rule SL-4),
     * from its breach to its stop step, or to now while it is open.
     *
     * @param id the commitment
     * @return the lateness, empty if it has not breached (or was met in time)
     * @throws NullPointerException if {@code id} is null
     * @throws CommitmentException  if no such commitment is stored
     */
    public Optional<Lateness> lateness(CommitmentId id) {
        return engine.lateness(require(id), clock.instant());
    }

    /**
     * Gets when a commitment's next warning is due if nothing changes before (rule SL-8).
     *
     * @param id the commitment
     * @return the instant, empty if no warning is left to fire
     * @throws NullPointerException if {@code id} is null
     * @throws CommitmentException  if no such commitment is stored
     */
    public Optional<Instant> nextWarningAt(CommitmentId id) {
        return engine.nextWarningAt(require(id));
    }

    /**
     * Gets a ticket's commitments, every cycle, oldest first.
     *
     * @param ticket the ticket
     * @return the commitments, empty if none
     * @throws NullPointerException if {@code ticket} is null
     */
    public List<Commitment> commitmentsOf(TicketId ticket) {
        return commitments.findByTicket(Objects.requireNonNull(ticket, "ticket"));
    }

    /**
     * Explains a commitment's deadline as of now (rules SL-15, SL-16).
     *
     * @param id the commitment
     * @return the explanation
     * @throws NullPointerException if {@code id} is null
     * @throws CommitmentException  if no such commitment is stored
     */
    public Explanation explain(CommitmentId id) {
        return engine.explain(require(id), clock.instant());
    }

    /**
     * Explains a commitment's deadline as of now, rendered in a language (rule SL-15).
     *
     * @param id     the commitment
     * @param locale English, or Chinese for {@code zh}
     * @return the text
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if no such commitment is stored
     */
    public String explain(CommitmentId id, Locale locale) {
        return explain(id).render(locale);
    }

    /**
     * Re-evaluates an open commitment under the latest version of its policy (rule SL-13).
     *
     * @param id the commitment
     * @param by who asks
     * @return the commitment as stored afterwards
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if it is not stored or not open, or the latest version lacks its term
     * @throws StaleWriteException  if concurrent writes kept the change stale
     */
    public Commitment reEvaluate(CommitmentId id, Actor by) {
        Objects.requireNonNull(by, "by");
        return retrying("re-evaluation of " + id, () -> {
            Commitment c = require(id);
            CommitmentPolicy latest = engine.policies().latest(c.policy().id()).orElseThrow();
            Commitment changed = engine.reEvaluate(c, latest.ref(), by, clock.instant());
            return changed == c ? c : commitments.save(changed);
        });
    }

    /**
     * Re-evaluates an open commitment under a chosen version of its policy (rule SL-13), e.g. back
     * to an earlier version or forward to one registered on another node: its term of the same key
     * in that version applies from its start, and the explanation records who asked, the versions
     * and the deadline before and after.
     *
     * @param id      the commitment
     * @param version the version of its policy to apply
     * @param by      who asks
     * @return the commitment as stored afterwards (unchanged if it already runs under that version)
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if it is not stored or not open, or that version is not registered
     *                              or lacks its term
     * @throws StaleWriteException  if concurrent writes kept the change stale
     */
    public Commitment reEvaluate(CommitmentId id, int version, Actor by) {
        Objects.requireNonNull(by, "by");
        return retrying("re-evaluation of " + id, () -> {
            Commitment c = require(id);
            PolicyRef to = new PolicyRef(c.policy().id(), version);
            engine.policies().get(to);
            Commitment changed = engine.reEvaluate(c, to, by, clock.instant());
            return changed == c ? c : commitments.save(changed);
        });
    }

    /**
     * Re-evaluates the open commitments of a ticket's latest cycle under the latest versions of
     * their policies (rule SL-13). Commitments whose latest policy lacks their term are left as
     * they are and logged.
     *
     * @param ticket the ticket
     * @param by     who asks
     * @return the commitments re-evaluated, as stored
     * @throws NullPointerException if an argument is null
     * @throws StaleWriteException  if concurrent writes kept the change stale
     */
    public List<Commitment> reEvaluateTicket(TicketId ticket, Actor by) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(by, "by");
        return retrying("re-evaluation of ticket " + ticket, () -> {
            List<Commitment> all = commitments.findByTicket(ticket);
            int cycle = all.stream().mapToInt(Commitment::cycle).max().orElse(0);
            Instant now = clock.instant();
            List<Commitment> out = new ArrayList<>();
            for (Commitment c : all) {
                if (c.cycle() != cycle || !c.isOpen()) {
                    continue;
                }
                CommitmentPolicy latest = engine.policies().latest(c.policy().id()).orElseThrow();
                if (latest.term(c.termKey()).isEmpty()) {
                    LOG.warn("commitment {} keeps policy {}: version {} has no term {}", c.id(), c.policy(),
                            latest.version(), c.termKey());
                    continue;
                }
                Commitment changed = engine.reEvaluate(c, latest.ref(), by, now);
                if (changed != c) {
                    out.add(commitments.save(changed));
                }
            }
            return out;
        });
    }

    /**
     * Recomputes the open commitments computed with a calendar whose registered version changed
     * (rule SL-14), page by page, each page one unit of work.
     *
     * @param calendarId the calendar id
     * @return how many commitments were recomputed
     * @throws NullPointerException if {@code calendarId} is null
     * @throws StaleWriteException  if concurrent writes kept a page stale
     */
    public int recomputeCalendar(String calendarId) {
        Objects.requireNonNull(calendarId, "calendarId");
        int total = 0;
        PageRequest page = PageRequest.first(RECOMPUTE_PAGE);
        while (true) {
            PageRequest current = page;
            int[] changed = new int[1];
            boolean more = retrying("recomputation on calendar " + calendarId, () -> {
                changed[0] = 0;
                Page<Commitment> found = commitments.findOpenByCalendar(calendarId, current);
                Instant now = clock.instant();
                for (Commitment c : found.items()) {
                    Commitment r = engine.recompute(c, now);
                    if (r != c) {
                        commitments.save(r);
                        changed[0]++;
                    }
                }
                return found.hasMore();
            });
            total += changed[0];
            if (!more) {
                break;
            }
            // recomputed commitments keep their place in the order: the next page follows on
            page = page.next();
        }
        if (total > 0) {
            LOG.info("recomputed {} commitment(s) on calendar {}", total, calendarId);
        }
        return total;
    }

    /**
     * Recomputes running commitments whenever a calendar of a registry is replaced by another
     * version (rule SL-14), on the registering thread.
     *
     * @param calendars the registry the engine's policies use
     * @return the listener registered; remove it with {@link CalendarRegistry#removeListener} to stop
     * @throws NullPointerException if {@code calendars} is null
     */
    public CalendarRegistry.Listener watch(CalendarRegistry calendars) {
        Objects.requireNonNull(calendars, "calendars");
        CalendarRegistry.Listener listener = (BusinessCalendar previous, BusinessCalendar current) ->
                recomputeCalendar(current.id());
        calendars.addListener(listener);
        return listener;
    }

    /**
     * Finds commitments due, warned or breached in a period, narrowed by estate, building,
     * department and ticket kind (rule MS-1).
     *
     * @param query the query
     * @param page  the page wanted
     * @return the page
     * @throws NullPointerException if an argument is null
     */
    public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
        return commitments.find(query, page);
    }

    private Commitment require(CommitmentId id) {
        return commitments.findById(Objects.requireNonNull(id, "id"))
                .orElseThrow(() -> new CommitmentException(CommitmentException.Reason.NO_COMMITMENT, id));
    }

    private <T> T retrying(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(work);
            } catch (StaleWriteException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("{} was stale (attempt {}), retrying: {}", what, attempt, e.getMessage());
            }
        }
    }
}
