package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeTexts;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 *   <li>{@code note}: free text (the plan, the result, the answer, a reason, an explanation);</li>
 *   <li>{@code aspects}: the aspects of the callback's satisfaction the customer rated
 *       ({@link TicketStep#RECORD_CALLBACK}), rule MS-3; {@code null} when none was rated (empty
 *       aspects are kept as {@code null});</li>
 *   <li>{@code category}: the request category the classification gives the ticket
 *       ({@link TicketStep#CLASSIFY_VALID}, {@link TicketStep#CLASSIFY_INVALID}), rule PS-1;
 *       {@code null} when it keeps its category.</li>
 * </ul>
 * Each step's details come from a named factory ({@link #forward}, {@link #classify}, {@link #assign},
 * {@link #visit}, {@link #newTime}, {@link #waiting}, {@link #callback}, {@link #ofNote},
 * {@link #none}), which the step's {@link TicketStepCommand} calls. The note is free text that may
 * mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param department     a department, or {@code null}
 * @param staffId        a staff member's id, or {@code null}
 * @param agreedTime     an instant agreed with the owner, or {@code null}
 * @param validity       a judgement, or {@code null}
 * @param waitingReason  a reason to wait, or {@code null}
 * @param callbackMethod how the callback reached the customer, or {@code null}
 * @param satisfaction   the satisfaction score 1 to 5, or {@code null}
 * @param note           free text up to {@value #NOTE_MAX} characters, or {@code null}
 * @param aspects        the rated aspects of the satisfaction, or {@code null}
 * @param category       the category a classification gives the ticket, or {@code null}
 */
public record StepDetails(DepartmentId department, String staffId, Instant agreedTime, Validity validity,
                          WaitingReason waitingReason, CallbackMethod callbackMethod, Integer satisfaction,
                          String note, SatisfactionAspects aspects, TicketCategory category) {

    /** The longest note accepted. */
    public static final int NOTE_MAX = 2000;

    /** The lowest satisfaction score (rule RP-6). */
    public static final int SATISFACTION_MIN = 1;

    /** The highest satisfaction score (rule RP-6). */
    public static final int SATISFACTION_MAX = 5;

    private static final StepDetails NONE = new StepDetails(null, null, null, null, null, null, null, null, null, null);

    /**
     * Creates step details.
     *
     * @throws IllegalArgumentException if the staff id is malformed, the satisfaction or an aspect is
     *                                  outside 1 to 5, or the note is blank or too long
     */
    public StepDetails {
        if (aspects != null) {
            aspects = aspects.isEmpty() ? null : aspects.requireOnScale();
        }
        if (staffId != null) {
            Identifiers.requireValid("staffId", staffId);
        }
        if (satisfaction != null && (satisfaction < SATISFACTION_MIN || satisfaction > SATISFACTION_MAX)) {
            throw new IllegalArgumentException("satisfaction must be " + SATISFACTION_MIN + " to "
                    + SATISFACTION_MAX + ", got " + satisfaction);
        }
        if (note != null) {
            FreeTexts.require("note", note, NOTE_MAX);
        }
    }

    /**
     * Creates step details without rated aspects, as before aspects were recorded.
     *
     * @param department     a department, or {@code null}
     * @param staffId        a staff member's id, or {@code null}
     * @param agreedTime     an instant agreed with the owner, or {@code null}
     * @param validity       a judgement, or {@code null}
     * @param waitingReason  a reason to wait, or {@code null}
     * @param callbackMethod how the callback reached the customer, or {@code null}
     * @param satisfaction   the satisfaction score 1 to 5, or {@code null}
     * @param note           free text, or {@code null}
     * @throws IllegalArgumentException if the staff id is malformed, the satisfaction is outside
     *                                  1 to 5, or the note is blank or too long
     */
    public StepDetails(DepartmentId department, String staffId, Instant agreedTime, Validity validity,
                       WaitingReason waitingReason, CallbackMethod callbackMethod, Integer satisfaction, String note) {
        this(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction, note, null, null);
    }

    /**
     * Creates step details without a category, as before classifications gave one.
     *
     * @param department     a department, or {@code null}
     * @param staffId        a staff member's id, or {@code null}
     * @param agreedTime     an instant agreed with the owner, or {@code null}
     * @param validity       a judgement, or {@code null}
     * @param waitingReason  a reason to wait, or {@code null}
     * @param callbackMethod how the callback reached the customer, or {@code null}
     * @param satisfaction   the satisfaction score 1 to 5, or {@code null}
     * @param note           free text, or {@code null}
     * @param aspects        the rated aspects of the satisfaction, or {@code null}
     * @throws IllegalArgumentException if the staff id is malformed, the satisfaction or an aspect is
     *                                  outside 1 to 5, or the note is blank or too long
     */
    public StepDetails(DepartmentId department, String staffId, Instant agreedTime, Validity validity,
                       WaitingReason waitingReason, CallbackMethod callbackMethod, Integer satisfaction, String note,
                       SatisfactionAspects aspects) {
        this(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction, note, aspects,
                null);
    }

    /**
     * Obtains details that carry nothing: the steps that take no data (start work, resume,
     * confirm the closure, close).
     *
     * @return the empty details
     */
    public static StepDetails none() {
        return NONE;
    }

    /**
     * Obtains details that carry only a note: the plan, the result, the answer, a reason or what
     * was said to the owner.
     *
     * @param note the note, or {@code null} for none
     * @return the details
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public static StepDetails ofNote(String note) {
        return note == null ? NONE : NONE.withNote(note);
    }

    /**
     * Obtains the details of {@link TicketStep#FORWARD}: the customer-service department the
     * ticket goes to (rule CP-5).
     *
     * @param customerService the customer-service department
     * @return the details
     * @throws NullPointerException if the department is null
     */
    public static StepDetails forward(DepartmentId customerService) {
        return NONE.withDepartment(Objects.requireNonNull(customerService, "customerService"));
    }

    /**
     * Obtains the details of a classification that also gives the ticket its request category
     * (rules CP-3, PS-1).
     *
     * @param validity the judgement
     * @param category the category, or {@code null} to keep the ticket's
     * @param note     the note, or {@code null}
     * @return the details
     * @throws NullPointerException     if the validity is null
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public static StepDetails classify(Validity validity, TicketCategory category, String note) {
        return classify(validity, note).withCategory(category);
    }

    /**
     * Obtains the details of a classification: the judgement and its reasoning (rules CP-3, CP-6).
     *
     * @param validity valid or invalid
     * @param note     the reasoning, or {@code null}
     * @return the details
     * @throws NullPointerException     if the validity is null
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public static StepDetails classify(Validity validity, String note) {
        Objects.requireNonNull(validity, "validity");
        return ofNote(note).withValidity(validity);
    }

    /**
     * Obtains the details of {@link TicketStep#ASSIGN}: the responsible department and person
     * (rules CP-3, CP-7).
     *
     * @param department the responsible department
     * @param staffId    the responsible person's staff id
     * @return the details
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the staff id is malformed
     */
    public static StepDetails assign(DepartmentId department, String staffId) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(staffId, "staffId");
        return NONE.withStaffId(staffId).withDepartment(department);
    }

    /**
     * Obtains the details of {@link TicketStep#AGREE_VISIT}: the visit time agreed with the owner
     * (rule RP-2).
     *
     * @param visitAt the agreed visit time
     * @return the details
     * @throws NullPointerException if the time is null
     */
    public static StepDetails visit(Instant visitAt) {
        return NONE.withAgreedTime(Objects.requireNonNull(visitAt, "visitAt"));
    }

    /**
     * Obtains the details of {@link TicketStep#AGREE_NEW_TIME}: the resolution time agreed with the
     * owner and why more time is needed (rules CP-5, SL-11).
     *
     * @param newTime the agreed resolution time
     * @param reason  why more time is needed
     * @return the details
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public static StepDetails newTime(Instant newTime, String reason) {
        Objects.requireNonNull(newTime, "newTime");
        Objects.requireNonNull(reason, "reason");
        return NONE.withNote(reason).withAgreedTime(newTime);
    }

    /**
     * Obtains the details of {@link TicketStep#WAIT}: for whom handling waits (rule CP-10).
     *
     * @param reason for whom it waits
     * @param note   details, or {@code null}
     * @return the details
     * @throws NullPointerException     if the reason is null
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public static StepDetails waiting(WaitingReason reason, String note) {
        Objects.requireNonNull(reason, "reason");
        return ofNote(note).withWaitingReason(reason);
    }

    /**
     * Obtains the details of {@link TicketStep#RECORD_CALLBACK}: how the customer was reached and
     * the satisfaction score (rules RP-6, MS-3).
     *
     * @param method       phone, email or visit
     * @param satisfaction the score, {@value #SATISFACTION_MIN} (very dissatisfied) to
     *                     {@value #SATISFACTION_MAX} (very satisfied)
     * @param note         remarks, or {@code null}
     * @return the details
     * @throws NullPointerException     if the method is null
     * @throws IllegalArgumentException if the score is outside 1 to 5 or the note blank or too long
     */
    public static StepDetails callback(CallbackMethod method, int satisfaction, String note) {
        Objects.requireNonNull(method, "method");
        return NONE.withSatisfaction(satisfaction).withNote(note).withCallbackMethod(method);
    }

    /**
     * Obtains the details of {@link TicketStep#RECORD_CALLBACK} with the aspects of the satisfaction
     * the customer rated: response speed, attitude and result (rules RP-6, MS-3).
     *
     * @param method       phone, email or visit
     * @param satisfaction the overall score, 1 (very dissatisfied) to 5 (very satisfied)
     * @param aspects      the rated aspects, each optional
     * @param note         remarks, or {@code null}
     * @return the details
     * @throws NullPointerException     if the method or the aspects are null
     * @throws IllegalArgumentException if a score is outside 1 to 5 or the note blank or too long
     */
    public static StepDetails callback(CallbackMethod method, int satisfaction, SatisfactionAspects aspects,
                                       String note) {
        Objects.requireNonNull(aspects, "aspects");
        return callback(method, satisfaction, note).withAspects(aspects);
    }

    /**
     * Returns the rated aspects of the satisfaction, empty when none was rated.
     *
     * @return the aspects, never {@code null}
     */
    public SatisfactionAspects ratedAspects() {
        return aspects == null ? SatisfactionAspects.none() : aspects;
    }

    /**
     * Returns a copy of these details with other rated aspects of the satisfaction.
     *
     * @param aspects the aspects, or {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if a rating is outside 1 to 5
     */
    public StepDetails withAspects(SatisfactionAspects aspects) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another department.
     *
     * @param department the department, or {@code null} for none
     * @return the copy
     */
    public StepDetails withDepartment(DepartmentId department) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another staff id.
     *
     * @param staffId the staff id, or {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if the staff id is malformed
     */
    public StepDetails withStaffId(String staffId) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another agreed time.
     *
     * @param agreedTime the agreed time, or {@code null} for none
     * @return the copy
     */
    public StepDetails withAgreedTime(Instant agreedTime) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another judgement.
     *
     * @param validity the judgement, or {@code null} for none
     * @return the copy
     */
    public StepDetails withValidity(Validity validity) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another reason to wait.
     *
     * @param waitingReason the reason, or {@code null} for none
     * @return the copy
     */
    public StepDetails withWaitingReason(WaitingReason waitingReason) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another callback method.
     *
     * @param callbackMethod the method, or {@code null} for none
     * @return the copy
     */
    public StepDetails withCallbackMethod(CallbackMethod callbackMethod) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another satisfaction score.
     *
     * @param satisfaction the score 1 to 5, or {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if the score is outside 1 to 5
     */
    public StepDetails withSatisfaction(Integer satisfaction) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another category (rule PS-1).
     *
     * @param category the category, or {@code null} for none
     * @return the copy
     */
    public StepDetails withCategory(TicketCategory category) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
    }

    /**
     * Returns a copy of these details with another note.
     *
     * @param note the note, or {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if the note is blank or too long
     */
    public StepDetails withNote(String note) {
        return new StepDetails(department, staffId, agreedTime, validity, waitingReason, callbackMethod, satisfaction,
                note, aspects, category);
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
        if (aspects != null) {
            parts.add("aspects=" + aspects);
        }
        if (category != null) {
            parts.add("category=" + category.code());
        }
        if (note != null) {
            parts.add("note " + Redaction.text(note));
        }
        return "StepDetails" + parts;
    }
}
