package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The data a step of the life cycle carried, as recorded on its timeline entry. Each step fills
 * only its own fields; the others are {@code null}:
 * <ul>
 *   <li>{@code department}: the customer-service department forwarded to ({@link TicketStep#FORWARD}),
 *       the responsible department ({@link TicketStep#ASSIGN});</li>
 *   <li>{@code staffId}: the responsible person ({@link TicketStep#ASSIGN});</li>
 *   <li>{@code agreedTime}: the visit time ({@link TicketStep#AGREE_VISIT}) or the new resolution
 *       time ({@link TicketStep#AGREE_NEW_TIME}), rules RP-2, CP-5, SL-11;</li>
 *   <li>{@code validity}: the judgement ({@link TicketStep#CLASSIFY_VALID}, {@link TicketStep#CLASSIFY_INVALID});</li>
 *   <li>{@code waitingReason}: why handling waits ({@link TicketStep#WAIT}), rule CP-10;</li>
 *   <li>{@code callbackMethod} and {@code satisfaction}: the callback ({@link TicketStep#RECORD_CALLBACK}), rule RP-6;</li>
 *   <li>{@code note}: free text (the plan, the result, the answer, a reason, an explanation).</li>
 * </ul>
 * The note is free text that may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param department     a department, or {@code null}
 * @param staffId        a staff member's id, or {@code null}
 * @param agreedTime     an instant agreed with the owner, or {@code null}
 * @param validity       a judgement, or {@code null}
 * @param waitingReason  a reason to wait, or {@code null}
 * @param callbackMethod how the callback reached the customer, or {@code null}
 * @param satisfaction   the satisfaction score 1 to 5, or {@code null}
 * @param note           free text up to {@value #NOTE_MAX} characters, or {@code null}
 */
public record StepDetails(DepartmentId department, String staffId, Instant agreedTime, Validity validity,
                          WaitingReason waitingReason, CallbackMethod callbackMethod, Integer satisfaction,
                          String note) {

    /** The longest note accepted. */
    public static final int NOTE_MAX = 2000;

    /** The lowest satisfaction score (rule RP-6). */
    public static final int SATISFACTION_MIN = 1;

    /** The highest satisfaction score (rule RP-6). */
    public static final int SATISFACTION_MAX = 5;

    private static final StepDetails NONE = new StepDetails(null, null, null, null, null, null, null, null);

    /**
     * Creates step details.
     *
     * @throws IllegalArgumentException if the staff id is malformed, the satisfaction is outside
     *                                  1 to 5, or the note is blank or too long
     */
    public StepDetails {
        if (staffId != null) {
            Identifiers.requireValid("staffId", staffId);
        }
        if (satisfaction != null && (satisfaction < SATISFACTION_MIN || satisfaction > SATISFACTION_MAX)) {
            throw new IllegalArgumentException("satisfaction must be " + SATISFACTION_MIN + " to "
                    + SATISFACTION_MAX + ", got " + satisfaction);
        }
        if (note != null && (note.isBlank() || note.length() > NOTE_MAX)) {
            throw new IllegalArgumentException("note must be 1 to " + NOTE_MAX
                    + " characters and not blank, got " + note.length() + " characters");
        }
    }

    /**
     * Obtains details that carry nothing.
     *
     * @return the empty details
     */
    public static StepDetails none() {
        return NONE;
    }

    /**
     * Obtains details that carry only a note.
     *
     * @param note the note, or {@code null} for none
     * @return the details
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public static StepDetails ofNote(String note) {
        return note == null ? NONE : new StepDetails(null, null, null, null, null, null, null, note);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (department != null) {
            parts.add("department=" + department);
        }
        if (staffId != null) {
            parts.add("staff=" + staffId);
        }
        if (agreedTime != null) {
            parts.add("agreedTime=" + agreedTime);
        }
        if (validity != null) {
            parts.add("validity=" + validity);
        }
        if (waitingReason != null) {
            parts.add("waitingReason=" + waitingReason);
        }
        if (callbackMethod != null) {
            parts.add("callback=" + callbackMethod);
        }
        if (satisfaction != null) {
            parts.add("satisfaction=" + satisfaction);
        }
        if (note != null) {
            parts.add("note " + Redaction.text(note));
        }
        return "StepDetails" + parts;
    }
}
