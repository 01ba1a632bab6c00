package dev.aftersales.ticket;

import static dev.aftersales.ticket.TicketState.ANSWERED;
import static dev.aftersales.ticket.TicketState.ASSIGNED;
import static dev.aftersales.ticket.TicketState.CALLBACK_DONE;
import static dev.aftersales.ticket.TicketState.CALLBACK_WAIVED;
import static dev.aftersales.ticket.TicketState.CLASSIFIED;
import static dev.aftersales.ticket.TicketState.CLOSED;
import static dev.aftersales.ticket.TicketState.CLOSURE_CONFIRMED;
import static dev.aftersales.ticket.TicketState.EXPLAINED;
import static dev.aftersales.ticket.TicketState.FORWARDED;
import static dev.aftersales.ticket.TicketState.IN_PROGRESS;
import static dev.aftersales.ticket.TicketState.JUDGED_INVALID;
import static dev.aftersales.ticket.TicketState.OWNER_CONTACTED;
import static dev.aftersales.ticket.TicketState.OWNER_INFORMED;
import static dev.aftersales.ticket.TicketState.PLAN_AGREED;
import static dev.aftersales.ticket.TicketState.RECEIVED;
import static dev.aftersales.ticket.TicketState.REOPENED;
import static dev.aftersales.ticket.TicketState.RESULT_RETURNED;
import static dev.aftersales.ticket.TicketState.VISIT_AGREED;
import static dev.aftersales.ticket.TicketState.WAITING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal transitions of the ticket life cycle: for a state, a step and the ticket's kind,
 * the state the step leads to. The table is documented on {@link Ticket}. Two rows depend on
 * the kind: {@link TicketStep#ANSWER} is open to consultations, suggestions and praise only
 * (rules CV-2, CV-4), and starting work without an agreed plan too (repairs need one by RP-3,
 * complaints by CP-7). {@link TicketStep#RESUME} leads back to the state the ticket was in
 * before it started waiting.
 *
 * <p>Stateless and thread-safe; user interfaces may ask it which steps to offer.
 */
public final class TicketLifeCycle {

    /** The states in which handling may wait (rule CP-10). */
    private static final Set<TicketState> WAITABLE = Collections.unmodifiableSet(
            EnumSet.of(ASSIGNED, OWNER_CONTACTED, VISIT_AGREED, PLAN_AGREED, IN_PROGRESS));

    /** Per state, the legal steps and their targets; RESUME's entry is a placeholder, see {@link #target}. */
    private static final Map<TicketState, Map<TicketStep, TicketState>> TABLE = table();

    private TicketLifeCycle() {
    }

    private static Map<TicketState, Map<TicketStep, TicketState>> table() {
        Map<TicketState, Map<TicketStep, TicketState>> t = new EnumMap<>(TicketState.class);
        for (TicketState s : TicketState.values()) {
            t.put(s, new EnumMap<>(TicketStep.class));
        }
        for (TicketState atCustomerService : EnumSet.of(RECEIVED, FORWARDED, REOPENED)) {
            t.get(atCustomerService).put(TicketStep.CLASSIFY_VALID, CLASSIFIED);
            t.get(atCustomerService).put(TicketStep.CLASSIFY_INVALID, JUDGED_INVALID);
            t.get(atCustomerService).put(TicketStep.ANSWER, ANSWERED);
            t.get(atCustomerService).put(TicketStep.AGREE_ANSWER_TIME, atCustomerService);
        }
        t.get(RECEIVED).put(TicketStep.FORWARD, FORWARDED);
        t.get(CLASSIFIED).put(TicketStep.ASSIGN, ASSIGNED);
        t.get(CLASSIFIED).put(TicketStep.ANSWER, ANSWERED);
        t.get(CLASSIFIED).put(TicketStep.AGREE_ANSWER_TIME, CLASSIFIED);
        t.get(JUDGED_INVALID).put(TicketStep.CONTACT_OWNER, EXPLAINED);
        t.get(EXPLAINED).put(TicketStep.CONFIRM_CLOSURE, CLOSURE_CONFIRMED);
        t.get(EXPLAINED).put(TicketStep.REJECT_CLOSURE, FORWARDED);
        t.get(ASSIGNED).put(TicketStep.ASSIGN, ASSIGNED);
        t.get(ASSIGNED).put(TicketStep.CONTACT_OWNER, OWNER_CONTACTED);
        t.get(OWNER_CONTACTED).put(TicketStep.AGREE_VISIT, VISIT_AGREED);
        t.get(OWNER_CONTACTED).put(TicketStep.AGREE_PLAN, PLAN_AGREED);
        t.get(OWNER_CONTACTED).put(TicketStep.START_WORK, IN_PROGRESS);
        t.get(VISIT_AGREED).put(TicketStep.AGREE_VISIT, VISIT_AGREED);
        t.get(VISIT_AGREED).put(TicketStep.AGREE_PLAN, PLAN_AGREED);
        t.get(VISIT_AGREED).put(TicketStep.START_WORK, IN_PROGRESS);
        t.get(PLAN_AGREED).put(TicketStep.START_WORK, IN_PROGRESS);
        for (TicketState handling : EnumSet.of(OWNER_CONTACTED, VISIT_AGREED, PLAN_AGREED, IN_PROGRESS, WAITING)) {
            t.get(handling).put(TicketStep.AGREE_NEW_TIME, handling);
        }
        for (TicketState handling : WAITABLE) {
            t.get(handling).put(TicketStep.WAIT, WAITING);
        }
        t.get(WAITING).put(TicketStep.RESUME, WAITING);
        t.get(IN_PROGRESS).put(TicketStep.RETURN_RESULT, RESULT_RETURNED);
        t.get(RESULT_RETURNED).put(TicketStep.INFORM_OWNER, OWNER_INFORMED);
        t.get(OWNER_INFORMED).put(TicketStep.CONFIRM_CLOSURE, CLOSURE_CONFIRMED);
        t.get(OWNER_INFORMED).put(TicketStep.REJECT_CLOSURE, IN_PROGRESS);
        t.get(CLOSURE_CONFIRMED).put(TicketStep.RECORD_CALLBACK, CALLBACK_DONE);
        t.get(CLOSURE_CONFIRMED).put(TicketStep.RECORD_CALLBACK_ATTEMPT, CLOSURE_CONFIRMED);
        t.get(CLOSURE_CONFIRMED).put(TicketStep.CALLBACK_UNREACHABLE, CALLBACK_WAIVED);
        t.get(CLOSURE_CONFIRMED).put(TicketStep.CALLBACK_DECLINED, CALLBACK_WAIVED);
        t.get(CALLBACK_DONE).put(TicketStep.CLOSE, CLOSED);
        t.get(CALLBACK_WAIVED).put(TicketStep.CLOSE, CLOSED);
        t.get(ANSWERED).put(TicketStep.CLOSE, CLOSED);
        t.get(CLOSED).put(TicketStep.REOPEN, REOPENED);
        return t;
    }

    /**
     * Checks if a step is legal for a ticket of the given kind in the given state.
     *
     * @param from the current state
     * @param step the step
     * @param kind the ticket's kind
     * @return true if the step is legal
     * @throws NullPointerException if an argument is null
     */
    public static boolean allows(TicketState from, TicketStep step, TicketKind kind) {
        return refusal(from, step, kind).isEmpty();
    }

    /**
     * Returns why a step is illegal, or empty when it is legal.
     *
     * @param from the current state
     * @param step the step
     * @param kind the ticket's kind
     * @return the reason, naming the state, step and kind only
     * @throws NullPointerException if an argument is null
     */
    public static Optional<String> refusal(TicketState from, TicketStep step, TicketKind kind) {
        return refusal(from, step, kind, Locale.ENGLISH);
    }

    /**
     * Returns why a step is illegal, in English or (for a Chinese locale) Chinese, or empty when it
     * is legal (rule CP-2).
     *
     * @param from   the current state
     * @param step   the step
     * @param kind   the ticket's kind
     * @param locale the language: any Chinese locale for Chinese, any other for English
     * @return the reason, naming the state, step and kind only
     * @throws NullPointerException if an argument is null
     */
    public static Optional<String> refusal(TicketState from, TicketStep step, TicketKind kind, Locale locale) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kind, "kind");
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        if (!TABLE.get(from).containsKey(step)) {
            return Optional.of(zh ? "工单生命周期中没有这一转换" : "the life cycle has no such transition");
        }
        if (step == TicketStep.ANSWER && !kind.mayBeAnsweredAtOnce()) {
            return Optional.of(zh ? "只有咨询、建议和表扬可当即答复（CV-2），" + kind.displayName(locale) + "不可以"
                    : "only consultations, suggestions and praise are answered at once (CV-2), not a " + kind);
        }
        if (step == TicketStep.AGREE_ANSWER_TIME && !kind.mayBeAnsweredAtOnce()) {
            return Optional.of(zh ? "只有咨询、建议和表扬可约定时间回电答复（CV-2），" + kind.displayName(locale) + "不可以"
                    : "only consultations, suggestions and praise get an answer by callback at an agreed time"
                    + " (CV-2), not a " + kind);
        }
        if (step == TicketStep.START_WORK && from != PLAN_AGREED && kind.needsAgreedPlan()) {
            return Optional.of(zh ? kind.displayName(locale) + "须先与业主确认方案才能开工（RP-3、CP-7）"
                    : "a " + kind + " needs a plan agreed with the owner before work starts (RP-3, CP-7)");
        }
        return Optional.empty();
    }

    /**
     * Returns the state a legal step leads to.
     *
     * @param from        the current state
     * @param step        the step
     * @param kind        the ticket's kind
     * @param waitingFrom the state before waiting, needed when {@code from} is {@link TicketState#WAITING}
     *                    and the step is {@link TicketStep#RESUME}; otherwise ignored and may be null
     * @return the next state, or empty if the step is illegal
     * @throws NullPointerException if {@code from}, {@code step} or {@code kind} is null, or
     *                              {@code waitingFrom} is null when resuming
     */
    public static Optional<TicketState> target(TicketState from, TicketStep step, TicketKind kind,
                                               TicketState waitingFrom) {
        if (!allows(from, step, kind)) {
            return Optional.empty();
        }
        if (step == TicketStep.RESUME) {
            return Optional.of(Objects.requireNonNull(waitingFrom, "waitingFrom"));
        }
        return Optional.of(TABLE.get(from).get(step));
    }

    /**
     * Returns every step legal for a ticket of the given kind in the given state.
     *
     * @param from the current state
     * @param kind the ticket's kind
     * @return the legal steps in declaration order, unmodifiable
     * @throws NullPointerException if an argument is null
     */
    public static Set<TicketStep> allowedSteps(TicketState from, TicketKind kind) {
        EnumSet<TicketStep> out = EnumSet.noneOf(TicketStep.class);
        for (TicketStep step : TABLE.get(Objects.requireNonNull(from, "from")).keySet()) {
            if (allows(from, step, kind)) {
                out.add(step);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Checks if handling may wait in the given state (rule CP-10): assigned, owner contacted,
     * visit agreed, plan agreed or in progress.
     *
     * @param state the state
     * @return true if {@link TicketStep#WAIT} is legal there
     */
    public static boolean mayWaitIn(TicketState state) {
        return WAITABLE.contains(state);
    }
}
