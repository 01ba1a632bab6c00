package dev.aftersales.testkit.arbitraries;

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
import static dev.aftersales.ticket.TicketState.REOPENED;
import static dev.aftersales.ticket.TicketState.RESULT_RETURNED;
import static dev.aftersales.ticket.TicketState.VISIT_AGREED;
import static dev.aftersales.ticket.TicketState.WAITING;

import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An independent, deliberately plain encoding of the life-cycle table documented on
 * {@link dev.aftersales.ticket.Ticket}: one switch per state, written from the documentation and
 * not from {@link dev.aftersales.ticket.TicketLifeCycle}. The stateful properties compare the
 * aggregate with it.
 */
final class ReferenceLifeCycle {

    private ReferenceLifeCycle() {
    }

    static Optional<TicketState> next(TicketState s, TicketStep step, TicketKind kind, TicketState waitingFrom) {
        return next(s, step, kind, waitingFrom, 0);
    }

    /**
     * The target state, given also the callback attempts recorded since the closure was confirmed:
     * the owner counts as unreachable after three (rule RP-6).
     */
    static Optional<TicketState> next(TicketState s, TicketStep step, TicketKind kind, TicketState waitingFrom,
                                      int callbackAttempts) {
        boolean shortPaths = kind == TicketKind.CONSULTATION || kind == TicketKind.SUGGESTION
                || kind == TicketKind.PRAISE;
        TicketState to = switch (s) {
            case RECEIVED -> switch (step) {
                case FORWARD -> FORWARDED;
                case CLASSIFY_VALID -> CLASSIFIED;
                case CLASSIFY_INVALID -> JUDGED_INVALID;
                case ANSWER -> shortPaths ? ANSWERED : null;
                case AGREE_ANSWER_TIME -> shortPaths ? s : null;
                default -> null;
            };
            case FORWARDED, REOPENED -> switch (step) {
                case CLASSIFY_VALID -> CLASSIFIED;
                case CLASSIFY_INVALID -> JUDGED_INVALID;
                case ANSWER -> shortPaths ? ANSWERED : null;
                case AGREE_ANSWER_TIME -> shortPaths ? s : null;
                default -> null;
            };
            case CLASSIFIED -> switch (step) {
                case ASSIGN -> ASSIGNED;
                case ANSWER -> shortPaths ? ANSWERED : null;
                case AGREE_ANSWER_TIME -> shortPaths ? CLASSIFIED : null;
                default -> null;
            };
            case JUDGED_INVALID -> step == TicketStep.CONTACT_OWNER ? EXPLAINED : null;
            case EXPLAINED -> switch (step) {
                case CONFIRM_CLOSURE -> CLOSURE_CONFIRMED;
                case REJECT_CLOSURE -> FORWARDED;
                default -> null;
            };
            case ASSIGNED -> switch (step) {
                case ASSIGN -> ASSIGNED;
                case CONTACT_OWNER -> OWNER_CONTACTED;
                case WAIT -> WAITING;
                default -> null;
            };
            case OWNER_CONTACTED, VISIT_AGREED -> switch (step) {
                case AGREE_VISIT -> VISIT_AGREED;
                case AGREE_PLAN -> PLAN_AGREED;
                case START_WORK -> shortPaths ? IN_PROGRESS : null;
                case AGREE_NEW_TIME -> s;
                case WAIT -> WAITING;
                default -> null;
            };
            case PLAN_AGREED -> switch (step) {
                case START_WORK -> IN_PROGRESS;
                case AGREE_NEW_TIME -> PLAN_AGREED;
                case WAIT -> WAITING;
                default -> null;
            };
            case IN_PROGRESS -> switch (step) {
                case RETURN_RESULT -> RESULT_RETURNED;
                case AGREE_NEW_TIME -> IN_PROGRESS;
                case WAIT -> WAITING;
                default -> null;
            };
            case WAITING -> switch (step) {
                case RESUME -> waitingFrom;
                case AGREE_NEW_TIME -> WAITING;
                default -> null;
            };
            case RESULT_RETURNED -> step == TicketStep.INFORM_OWNER ? OWNER_INFORMED : null;
            case OWNER_INFORMED -> switch (step) {
                case CONFIRM_CLOSURE -> CLOSURE_CONFIRMED;
                case REJECT_CLOSURE -> IN_PROGRESS;
                default -> null;
            };
            case ANSWERED -> step == TicketStep.CLOSE ? CLOSED : null;
            case CLOSURE_CONFIRMED -> switch (step) {
                case RECORD_CALLBACK -> CALLBACK_DONE;
                case RECORD_CALLBACK_ATTEMPT -> CLOSURE_CONFIRMED;
                case CALLBACK_UNREACHABLE -> callbackAttempts >= 3 ? CALLBACK_WAIVED : null;
                case CALLBACK_DECLINED -> CALLBACK_WAIVED;
                default -> null;
            };
            case CALLBACK_DONE, CALLBACK_WAIVED -> step == TicketStep.CLOSE ? CLOSED : null;
            case CLOSED -> step == TicketStep.REOPEN ? REOPENED : null;
        };
        return Optional.ofNullable(to);
    }

    /** The steps (other than the reception) the reference allows, or refuses when {@code allowed} is false. */
    static List<TicketStep> steps(TicketState s, TicketKind kind, TicketState waitingFrom, int callbackAttempts,
                                  boolean allowed) {
        List<TicketStep> out = new ArrayList<>();
        for (TicketStep step : TicketStep.values()) {
            if (step != TicketStep.RECEIVE && next(s, step, kind, waitingFrom, callbackAttempts).isPresent() == allowed) {
                out.add(step);
            }
        }
        return out;
    }
}
