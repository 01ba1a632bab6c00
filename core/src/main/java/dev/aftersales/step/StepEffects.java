package dev.aftersales.step;

import dev.aftersales.common.AfterSalesException;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.spi.EventOutbox;
import dev.aftersales.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The step pipeline every feature service runs its commands through, in this order:
 * <ol>
 *   <li><b>validate</b> the command (the service, before calling {@link #run}: nothing is read or
 *       written for an invalid command, rule CP-2);</li>
 *   <li><b>decide</b>: inside one unit of work of the store, load the aggregate and take the step
 *       on it, collecting the events it caused;</li>
 *   <li><b>save</b> the aggregate (optimistic versions: a concurrent change fails the whole step
 *       with {@link dev.aftersales.spi.StaleWriteException});</li>
 *   <li><b>same-transaction effects</b>: each event goes, in order, first to the feature's own
 *       effects (for a ticket step: starting, stopping, pausing and resuming its service
 *       commitments, rules SL-6..SL-12), then to the shared effects added with {@link #andThen}, and
 *       last to the store's {@link EventOutbox} when it has one. If any of them throws, nothing of
 *       the step is kept;</li>
 *   <li><b>commit</b> the unit of work;</li>
 *   <li><b>after commit</b>: the feature's own bookkeeping of what has now committed, such as a
 *       desk's catalog of policy versions, so that a listener hearing of the change finds it in the
 *       desk; run only when the unit of work committed;</li>
 *   <li><b>publish</b>: without an outbox, the events go to the listeners straight after the
 *       commit; with one, {@code AfterSales.publishPending()} delivers them from the store. A
 *       listener's failure, of any kind, is logged by the {@link EventPublisher} and never reaches
 *       the caller of a step that has committed, nor stops the other listeners.</li>
 * </ol>
 *
 * <p>A step either happens whole (its change, its effects and its outbox rows) or not at all.
 * Thread-safe when the store is. One instance serves every service of a desk; it is assembled by
 * {@code AfterSales.builder()}.
 */
public final class StepEffects {

    private final UnitOfWork unitOfWork;
    private final List<SameTransactionEffect<DomainEvent>> shared;
    private final EventOutbox outbox;
    private final EventPublisher publisher;

    private StepEffects(UnitOfWork unitOfWork, List<SameTransactionEffect<DomainEvent>> shared, EventOutbox outbox,
                        EventPublisher publisher) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shared = List.copyOf(shared);
        this.outbox = outbox;
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * Obtains the pipeline of a store.
     *
     * @param unitOfWork the store's unit of work
     * @param outbox     the store's outbox, if it has one: events are then written in the step's unit
     *                   of work and delivered from there, instead of straight after the commit
     * @param publisher  the listeners
     * @return the pipeline
     * @throws NullPointerException if an argument is null
     */
    public static StepEffects of(UnitOfWork unitOfWork, Optional<EventOutbox> outbox, EventPublisher publisher) {
        return new StepEffects(unitOfWork, List.of(), Objects.requireNonNull(outbox, "outbox").orElse(null), publisher);
    }

    /**
     * Returns a copy of this pipeline with one more shared same-transaction effect, run for every
     * event of every feature after the feature's own effects and before the outbox (e.g. an audit
     * table of the application written in the step's transaction).
     *
     * @param effect the effect; throwing undoes the whole step
     * @return the new pipeline
     * @throws NullPointerException if the effect is null
     */
    public StepEffects andThen(SameTransactionEffect<DomainEvent> effect) {
        List<SameTransactionEffect<DomainEvent>> more = new ArrayList<>(shared);
        more.add(Objects.requireNonNull(effect, "effect"));
        return new StepEffects(unitOfWork, more, outbox, publisher);
    }

    /**
     * Runs the decide, save, same-transaction effects, commit and publish stages of one step whose
     * feature has no effects of its own.
     *
     * @param <E>           the type of the feature's events
     * @param <R>           the type of the step's result
     * @param decideAndSave takes the step and saves it, adding the events it caused, in order, to
     *                      the list it is given; runs inside the unit of work (again, from an empty
     *                      list, if the store retries the unit of work)
     * @return what {@code decideAndSave} returned
     * @throws NullPointerException if an argument is null
     */
    public <E extends DomainEvent, R> R run(Function<List<E>, R> decideAndSave) {
        return run(decideAndSave, event -> { });
    }

    /**
     * Runs the decide, save, same-transaction effects, commit and publish stages of one step.
     *
     * @param <E>           the type of the feature's events
     * @param <R>           the type of the step's result
     * @param decideAndSave takes the step and saves it, adding the events it caused, in order, to
     *                      the list it is given; runs inside the unit of work
     * @param effect        the feature's own same-transaction effect, given each event in order
     *                      before the outbox; runs inside the unit of work
     * @return what {@code decideAndSave} returned
     * @throws NullPointerException if an argument is null
     */
    public <E extends DomainEvent, R> R run(Function<List<E>, R> decideAndSave, SameTransactionEffect<? super E> effect) {
        return run(decideAndSave, effect, result -> { });
    }

    /**
     * Runs the decide, save, same-transaction effects, commit, after-commit and publish stages of
     * one step.
     *
     * @param <E>           the type of the feature's events
     * @param <R>           the type of the step's result
     * @param decideAndSave takes the step and saves it, adding the events it caused, in order, to
     *                      the list it is given; runs inside the unit of work
     * @param effect        the feature's own same-transaction effect, given each event in order
     *                      before the outbox; runs inside the unit of work
     * @param afterCommit   the feature's own bookkeeping of the committed step, given its result
     *                      after the commit and before the listeners hear of its events; not run if
     *                      the unit of work failed
     * @return what {@code decideAndSave} returned
     * @throws NullPointerException if an argument is null
     */
    public <E extends DomainEvent, R> R run(Function<List<E>, R> decideAndSave, SameTransactionEffect<? super E> effect,
                                            Consumer<? super R> afterCommit) {
        Objects.requireNonNull(decideAndSave, "decideAndSave");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(afterCommit, "afterCommit");
        List<E> committed = new ArrayList<>();
        R result = unitOfWork.inTransaction(() -> {
            committed.clear();
            List<E> events = new ArrayList<>();
            R value = decideAndSave.apply(events);
            for (E event : events) {
                effect.apply(event);
                for (SameTransactionEffect<DomainEvent> next : shared) {
                    next.apply(event);
                }
                if (outbox != null) {
                    outbox.append(event);
                }
            }
            committed.addAll(events);
            return value;
        });
        afterCommit.accept(result);
        if (outbox == null) {
            publisher.publish(committed);
        }
        return result;
    }

    /**
     * Runs a query in one unit of work of the store, so that it reads one consistent state.
     *
     * @param <T>   the type of the answer
     * @param query the query
     * @return the answer
     * @throws NullPointerException if the query is null
     */
    public <T> T read(Supplier<T> query) {
        return unitOfWork.inTransaction(Objects.requireNonNull(query, "query"));
    }

    /**
     * Hands on an event that happened outside a step, such as a commitment firing the sweeper has
     * recorded: into the outbox when the store has one, otherwise straight to every listener.
     *
     * @param event the event
     * @throws dev.aftersales.common.AfterSalesException if a listener refused it (without an
     *         outbox), so that its source keeps it pending and hands it on again
     * @throws NullPointerException if the event is null
     */
    public void handOn(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (outbox != null) {
            outbox.append(event);
        } else {
            deliverToEveryListener(event);
        }
    }

    /**
     * Hands on several events that happened outside a step, in order, as {@link #handOn} does for
     * each: into the outbox in one batch when the store has one (joining the unit of work open on
     * the calling thread, so that a sweeper records firings and hands them on in one transaction),
     * otherwise straight to every listener.
     *
     * @param events the events
     * @throws dev.aftersales.common.AfterSalesException if a listener refused one (without an
     *         outbox); the events after it were not handed on
     * @throws NullPointerException if the list or an event is null
     */
    public void handOnAll(List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        events.forEach(e -> Objects.requireNonNull(e, "event"));
        if (outbox != null) {
            outbox.appendAll(events);
        } else {
            events.forEach(this::deliverToEveryListener);
        }
    }

    /**
     * Delivers one batch of the events waiting in the store's outbox to the listeners, at least once
     * each: an event that any listener refused stays pending and comes again later, also to the
     * listeners that took it (they drop duplicates by {@link DomainEvent#eventId()}).
     *
     * @return the number of events delivered; 0 without an outbox
     */
    public int publishPending() {
        return outbox == null ? 0 : outbox.publishPending(this::deliverToEveryListener);
    }

    private void deliverToEveryListener(DomainEvent event) {
        int failures = publisher.publish(event);
        if (failures > 0) {
            throw new AfterSalesException("event " + event.eventId() + " was refused by " + failures
                    + " listener(s); it stays pending and is delivered again");
        }
    }

    /**
     * Checks if events are written to the store's outbox in each step's unit of work.
     *
     * @return true if the store has an outbox
     */
    public boolean hasOutbox() {
        return outbox != null;
    }

    /**
     * A feature's effect of an event inside the step's unit of work, such as the service
     * commitments a ticket event starts or stops. Throwing undoes the whole step.
     *
     * @param <E> the type of event it handles
     */
    @FunctionalInterface
    public interface SameTransactionEffect<E extends DomainEvent> {

        /**
         * Applies the effect of one event, inside the step's unit of work.
         *
         * @param event the event
         */
        void apply(E event);
    }
}
