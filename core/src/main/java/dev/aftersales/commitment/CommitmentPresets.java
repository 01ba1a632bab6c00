package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The seeds' service promises as ready policies, built with the same public API a user would use
 * ({@link CommitmentPolicy#builder}); every figure the seeds give is a parameter with that figure as
 * default, and every figure they leave open is a stated, configurable default. Register them in a
 * {@link PolicyCatalog} whose calendar registry holds the calendars they name (by default
 * {@link BusinessCalendars#CHINA_OFFICE_ID}, as in {@code CalendarRegistry.withReadyCalendars()}).
 *
 * <p><b>"Days" in CP-5.</b> The seeds say "within 3 days" and "within 2 days" without saying which
 * days. The presets read them as <em>working days</em> on the office calendar (rule SL-5: the start
 * date never counts; the deadline is the end of the last working period of the n-th working day),
 * because the departments concerned work office days and public holidays such as the Spring
 * Festival would otherwise swallow the promise. {@link DayCount#CALENDAR_DAYS} reads them as
 * {@code n × 24 h} of calendar time instead. Hours ("24 hours", "10 minutes") are always calendar
 * time (rule SL-6).
 *
 * <p>Terms that run from the report start on {@link TicketStep#RECEIVE} and, for the new cycle of a
 * reopened ticket, on {@link TicketStep#REOPEN}.
 *
 * <p>The presets carry no warnings (the seeds give none); add them with
 * {@link CommitmentTerm#toBuilder()} and {@link CommitmentPolicy#withTerm}. Escalation of late tasks
 * (CP-8) is added by {@link #withCp8Escalation}; {@link #all()} applies it to every preset.
 *
 * <pre>{@code
 * // every preset with its defaults (what AfterSales.builder() registers when given no policies)
 * List<CommitmentPolicy> policies = new ArrayList<>(CommitmentPresets.all());
 * // CP-5 counted in calendar days instead of working days, escalating late stages (CP-8)
 * CommitmentPolicy cp5 = CommitmentPresets.withCp8Escalation(CommitmentPresets.cp5ComplaintChain(
 *         CommitmentPresets.DayCount.CALENDAR_DAYS, BusinessCalendars.CHINA_OFFICE_ID));
 * policies.set(3, cp5);                    // all() lists RP-2, RP-2 emergency, CP-1, CP-5, CV-3, CP-9
 * // a warning at half of RP-2's working day, as version 2 of the preset
 * CommitmentPolicy rp2 = CommitmentPresets.withCp8Escalation(CommitmentPresets.rp2RepairResponse());
 * CommitmentTerm contact = rp2.term(CommitmentPresets.TERM_RP2_CONTACT).orElseThrow()
 *         .toBuilder().warnAtPercent(50).build();
 * policies.add(rp2.withTerm(contact).withVersion(2));
 * AfterSales desk = AfterSales.builder().policies(policies).build();
 * }</pre>
 */
public final class CommitmentPresets {

    /** Policy id of {@link #rp2RepairResponse()}. */
    public static final String RP2_REPAIR_RESPONSE = "rp2-repair-response";
    /** Policy id of {@link #rp2Emergency()}. */
    public static final String RP2_EMERGENCY = "rp2-emergency";
    /** Policy id of {@link #cp1ComplaintReply()}. */
    public static final String CP1_COMPLAINT_REPLY = "cp1-complaint-reply";
    /** Policy id of {@link #cp5ComplaintChain()}. */
    public static final String CP5_COMPLAINT_CHAIN = "cp5-complaint-chain";
    /** Policy id of {@link #cv3LetterToSupervisor()}. */
    public static final String CV3_LETTER = "cv3-letter-to-supervisor";
    /** Policy id of {@link #cp9SevereComplaint()}. */
    public static final String CP9_SEVERE_COMPLAINT = "cp9-severe-complaint";

    /** CV-2: a question not answered at once is answered by callback at the agreed time. */
    public static final String CV2_DEFERRED_ANSWER = "cv2-deferred-answer";
    /** RP-6: the callback after every repair whose closure the owner confirmed. */
    public static final String RP6_REPAIR_CALLBACK = "rp6-repair-callback";

    /** RP-2: an engineer contacts the owner and agrees a visit time within 24 hours (Vanke). */
    public static final String TERM_RP2_VISIT_AGREED = "rp2-visit-agreed-24h";
    /** RP-2: any repair other than an emergency gets contact within one working day. */
    public static final String TERM_RP2_CONTACT = "rp2-contact-1wd";
    /** RP-2: the engineer comes at the agreed visit time (rule SL-11). */
    public static final String TERM_RP2_VISIT = "rp2-visit";
    /** RP-2: an emergency gets an engineer on site as fast as possible. */
    public static final String TERM_RP2_EMERGENCY = "rp2-emergency-on-site";
    /** CP-1: every complaint gets a reply within 24 hours. */
    public static final String TERM_CP1_REPLY = "cp1-reply-24h";
    /** CP-5 stage 1: the receiving unit forwards to customer service within 24 hours. */
    public static final String TERM_CP5_FORWARD = "cp5-forward-24h";
    /** CP-5 stage 2: customer service classifies and forwards to the department within 24 hours. */
    public static final String TERM_CP5_DISPATCH = "cp5-dispatch-24h";
    /** CP-5 stage 3: the department returns a result within 3 days of acceptance. */
    public static final String TERM_CP5_RESULT = "cp5-result-3d";
    /** CP-5 stage 4: customer service tells the customer the result within 2 days. */
    public static final String TERM_CP5_INFORM = "cp5-inform-2d";
    /** CP-5: when it needs longer, customer service tells the customer within 3 days and agrees a new time. */
    public static final String TERM_CP5_PROGRESS = "cp5-progress-3d";
    /** RP-6: the owner is called back within 3 working days of confirming the closure. */
    public static final String TERM_RP6_CALLBACK = "rp6-callback-3wd";
    /** CV-2: the answer by callback at the time agreed with the customer. */
    public static final String TERM_CV2_ANSWER = "cv2-answer-at-agreed-time";
    /** CV-3: a letter reaches the supervisor within 10 minutes. */
    public static final String TERM_CV3_LETTER = "cv3-to-supervisor-10min";
    /** CP-9: a severe complaint is reported at once and an on-site visit organised. */
    public static final String TERM_CP9_VISIT = "cp9-onsite-visit";

    /**
     * The stated default for RP-2's "as fast as possible": an engineer on site within 2 hours of
     * calendar time (the night line of RP-1 runs around the clock).
     */
    public static final Duration RP2_EMERGENCY_DEFAULT = Duration.ofHours(2);
    /** The stated default for organising CP-9's on-site visit: 24 hours of calendar time. */
    public static final Duration CP9_VISIT_DEFAULT = Duration.ofHours(24);

    /** CP-8: the administration and HR department, to which late tasks are escalated (seed 002). */
    public static final Recipient ADMIN_HR = Recipient.department("admin-hr");
    /** CP-9: the property director. */
    public static final Recipient PROPERTY_DIRECTOR = Recipient.role("property-director");
    /** CP-9: the general manager's office. */
    public static final Recipient GM_OFFICE = Recipient.department("gm-office");

    /** How CP-5's "days" count (see the class documentation). */
    public enum DayCount {
        /** Working days on the office calendar (rule SL-5), the default. */
        WORKING_DAYS,
        /** Days of 24 hours of calendar time (rule SL-6). */
        CALENDAR_DAYS
    }

    private CommitmentPresets() {
    }

    /**
     * Obtains every preset with its defaults, each escalating late commitments to
     * {@link #ADMIN_HR} at the breach (CP-8).
     *
     * @return the presets: RP-2, RP-2 emergency, CP-1, CP-5, CV-3, CP-9, RP-6 and CV-2
     */
    public static List<CommitmentPolicy> all() {
        List<CommitmentPolicy> out = new ArrayList<>();
        for (CommitmentPolicy p : List.of(rp2RepairResponse(), rp2Emergency(), cp1ComplaintReply(), cp5ComplaintChain(),
                cv3LetterToSupervisor(), cp9SevereComplaint(), rp6RepairCallback(), cv2DeferredAnswer())) {
            out.add(withCp8Escalation(p));
        }
        return out;
    }

    /**
     * RP-2 for repairs other than emergencies, on the office calendar
     * ({@link BusinessCalendars#CHINA_OFFICE_ID}). See {@link #rp2RepairResponse(String)}.
     *
     * @return the policy {@value #RP2_REPAIR_RESPONSE}, version 1
     */
    public static CommitmentPolicy rp2RepairResponse() {
        return rp2RepairResponse(BusinessCalendars.CHINA_OFFICE_ID);
    }

    /**
     * RP-2 for repairs other than emergencies: contact with the owner within one working day
     * ({@value #TERM_RP2_CONTACT}, stopped by {@link TicketStep#CONTACT_OWNER}); an engineer
     * contacts the owner and agrees a visit time within 24 hours of the report
     * ({@value #TERM_RP2_VISIT_AGREED}, stopped by {@link TicketStep#AGREE_VISIT}, or by
     * {@link TicketStep#AGREE_PLAN} or {@link TicketStep#START_WORK} when the life cycle goes from
     * the contact straight to the plan or the work); and the visit
     * itself is due at the agreed time ({@value #TERM_RP2_VISIT}: the agreed visit time is its
     * deadline, a new agreed visit time moves it (SL-11); stopped when the plan is agreed on site or
     * work starts; paused while waiting for the owner).
     *
     * @param officeCalendarId the calendar of the working day
     * @return the policy {@value #RP2_REPAIR_RESPONSE}, version 1
     * @throws NullPointerException if {@code officeCalendarId} is null
     */
    public static CommitmentPolicy rp2RepairResponse(String officeCalendarId) {
        Objects.requireNonNull(officeCalendarId, "officeCalendarId");
        return CommitmentPolicy.builder(RP2_REPAIR_RESPONSE)
                .selecting(TicketSelector.kinds(TicketKind.REPAIR).withUrgencies(Urgency.NORMAL))
                .term(CommitmentTerm.builder(TERM_RP2_CONTACT).named("首次联系业主", "contact the owner").rules("RP-2")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN).stopsOn(TicketStep.CONTACT_OWNER)
                        .withinWorkingDays(1, officeCalendarId))
                .term(CommitmentTerm.builder(TERM_RP2_VISIT_AGREED).named("约定上门时间", "agree a visit time").rules("RP-2")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN)
                        .stopsOn(TicketStep.AGREE_VISIT, TicketStep.AGREE_PLAN, TicketStep.START_WORK)
                        .within(Duration.ofHours(24)))
                .term(CommitmentTerm.builder(TERM_RP2_VISIT).named("按约定时间上门", "visit at the agreed time").rules("RP-2", "SL-11")
                        .startsOn(TicketStep.AGREE_VISIT).stopsOn(TicketStep.AGREE_PLAN, TicketStep.START_WORK)
                        .target(Target.agreedTime()).takesAgreedDeadlineOn(TicketStep.AGREE_VISIT)
                        .pausesWhileWaiting(WaitingReason.FOR_OWNER))
                .build();
    }

    /**
     * RP-2 for emergencies with the stated default {@link #RP2_EMERGENCY_DEFAULT}.
     *
     * @return the policy {@value #RP2_EMERGENCY}, version 1
     */
    public static CommitmentPolicy rp2Emergency() {
        return rp2Emergency(RP2_EMERGENCY_DEFAULT);
    }

    /**
     * RP-2 for emergencies (a defect that endangers safety or makes basic living impossible): an
     * engineer on site "as fast as possible", made exact as a calendar-time target
     * ({@value #TERM_RP2_EMERGENCY}, from the report; the engineer is on site when the plan is
     * agreed there or work starts).
     *
     * @param onSite the time to be on site
     * @return the policy {@value #RP2_EMERGENCY}, version 1
     * @throws NullPointerException if {@code onSite} is null
     */
    public static CommitmentPolicy rp2Emergency(Duration onSite) {
        return CommitmentPolicy.builder(RP2_EMERGENCY)
                .selecting(TicketSelector.kinds(TicketKind.REPAIR).withUrgencies(Urgency.EMERGENCY))
                .term(CommitmentTerm.builder(TERM_RP2_EMERGENCY).named("紧急维修到场", "be on site for the emergency").rules("RP-2", "RP-1")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN).stopsOn(TicketStep.AGREE_PLAN, TicketStep.START_WORK)
                        .within(Objects.requireNonNull(onSite, "onSite")))
                .build();
    }

    /**
     * CP-1: every complaint gets a reply within 24 hours of calendar time from its reception
     * ({@value #TERM_CP1_REPLY}; the reply is the owner's contact by the responsible person, or the
     * explanation of CP-6 for an invalid complaint, or the result).
     *
     * @return the policy {@value #CP1_COMPLAINT_REPLY}, version 1
     */
    public static CommitmentPolicy cp1ComplaintReply() {
        return CommitmentPolicy.builder(CP1_COMPLAINT_REPLY)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT))
                .term(CommitmentTerm.builder(TERM_CP1_REPLY).named("答复投诉", "reply to the complaint").rules("CP-1", "CP-6")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN).stopsOn(TicketStep.CONTACT_OWNER, TicketStep.INFORM_OWNER)
                        .within(Duration.ofHours(24)))
                .build();
    }

    /**
     * CP-5 with working days on the office calendar. See {@link #cp5ComplaintChain(DayCount, String)}.
     *
     * @return the policy {@value #CP5_COMPLAINT_CHAIN}, version 1
     */
    public static CommitmentPolicy cp5ComplaintChain() {
        return cp5ComplaintChain(DayCount.WORKING_DAYS, BusinessCalendars.CHINA_OFFICE_ID);
    }

    /**
     * CP-5 (company C), a chain of stages (rule SL-12), each starting at the stop of the one before,
     * late or not:
     * <ol>
     *   <li>{@value #TERM_CP5_FORWARD}: the receiving unit forwards the record to customer service
     *       within 24 hours of receipt (a complaint received by customer service itself counts as
     *       forwarded when it is classified);</li>
     *   <li>{@value #TERM_CP5_DISPATCH}: customer service classifies it and forwards it to the
     *       responsible department within 24 hours (an invalid complaint stops here);</li>
     *   <li>{@value #TERM_CP5_RESULT}: the department returns a result within 3 days of acceptance
     *       (the assignment); a new resolution time agreed with the customer becomes its deadline
     *       (SL-11); its clock stops while waiting for the owner;</li>
     *   <li>{@value #TERM_CP5_INFORM}: customer service tells the customer the result within 2 days;</li>
     *   <li>{@value #TERM_CP5_PROGRESS}, beside stage 3: when the matter cannot be solved at once,
     *       customer service tells the customer within 3 days and agrees a new resolution time
     *       (kept by that agreement, or by a result within the 3 days).</li>
     * </ol>
     *
     * @param days             how "3 days" and "2 days" count
     * @param officeCalendarId the calendar of working days
     * @return the policy {@value #CP5_COMPLAINT_CHAIN}, version 1
     * @throws NullPointerException if an argument is null
     */
    public static CommitmentPolicy cp5ComplaintChain(DayCount days, String officeCalendarId) {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(officeCalendarId, "officeCalendarId");
        return CommitmentPolicy.builder(CP5_COMPLAINT_CHAIN)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT))
                .term(CommitmentTerm.builder(TERM_CP5_FORWARD).named("转交客服中心", "forward to customer service").rules("CP-5", "CP-4")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN)
                        .stopsOn(TicketStep.FORWARD, TicketStep.CLASSIFY_VALID, TicketStep.CLASSIFY_INVALID)
                        .within(Duration.ofHours(24)))
                .term(CommitmentTerm.builder(TERM_CP5_DISPATCH).named("分类并派单", "classify and dispatch").rules("CP-5", "CP-3")
                        .startsAfter(TERM_CP5_FORWARD)
                        .stopsOn(TicketStep.ASSIGN, TicketStep.CLASSIFY_INVALID)
                        .within(Duration.ofHours(24)))
                .term(CommitmentTerm.builder(TERM_CP5_RESULT).named("反馈处理结果", "return the result").rules("CP-5", "SL-11")
                        .startsAfter(TERM_CP5_DISPATCH, TicketStep.ASSIGN)
                        .stopsOn(TicketStep.RETURN_RESULT)
                        .target(days(3, days, officeCalendarId))
                        .takesAgreedDeadlineOn(TicketStep.AGREE_NEW_TIME)
                        .pausesWhileWaiting(WaitingReason.FOR_OWNER))
                .term(CommitmentTerm.builder(TERM_CP5_INFORM).named("告知客户结果", "inform the customer of the result").rules("CP-5")
                        .startsAfter(TERM_CP5_RESULT, TicketStep.RETURN_RESULT)
                        .stopsOn(TicketStep.INFORM_OWNER)
                        .target(days(2, days, officeCalendarId)))
                .term(CommitmentTerm.builder(TERM_CP5_PROGRESS).named("告知进展并约定新时间", "tell the progress and agree a new time").rules("CP-5")
                        .startsAfter(TERM_CP5_DISPATCH, TicketStep.ASSIGN)
                        .stopsOn(TicketStep.AGREE_NEW_TIME, TicketStep.RETURN_RESULT)
                        .target(days(3, days, officeCalendarId)))
                .build();
    }

    /**
     * RP-6 with its default: within {@value #RP6_CALLBACK_WORKING_DAYS} working days on the office
     * calendar ({@link BusinessCalendars#CHINA_OFFICE_ID}). See {@link #rp6RepairCallback(int, String)}.
     *
     * @return the policy {@value #RP6_REPAIR_CALLBACK}, version 1
     */
    public static CommitmentPolicy rp6RepairCallback() {
        return rp6RepairCallback(RP6_CALLBACK_WORKING_DAYS, BusinessCalendars.CHINA_OFFICE_ID);
    }

    /** The default of RP-6's callback: 3 working days after the owner confirmed the closure. */
    public static final int RP6_CALLBACK_WORKING_DAYS = 3;

    /**
     * RP-6: every repair whose closure the owner confirmed is called back ({@value #TERM_RP6_CALLBACK}):
     * started by {@link TicketStep#CONFIRM_CLOSURE}, met by the callback
     * ({@link TicketStep#RECORD_CALLBACK}) or by a recorded reason why there is none (the owner
     * unreachable after the attempts, {@link TicketStep#CALLBACK_UNREACHABLE}, or declining,
     * {@link TicketStep#CALLBACK_DECLINED}); a failed attempt does not stop it. It warns, breaches
     * and escalates like any other term.
     *
     * @param workingDays the working days after the confirmation's date, at least 1
     * @param calendarId  the calendar that counts them
     * @return the policy {@value #RP6_REPAIR_CALLBACK}, version 1
     * @throws NullPointerException     if {@code calendarId} is null
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     */
    public static CommitmentPolicy rp6RepairCallback(int workingDays, String calendarId) {
        return CommitmentPolicy.builder(RP6_REPAIR_CALLBACK)
                .selecting(TicketSelector.kinds(TicketKind.REPAIR))
                .term(CommitmentTerm.builder(TERM_RP6_CALLBACK).named("维修回访", "call the owner back").rules("RP-6")
                        .startsOn(TicketStep.CONFIRM_CLOSURE)
                        .stopsOn(TicketStep.RECORD_CALLBACK, TicketStep.CALLBACK_UNREACHABLE, TicketStep.CALLBACK_DECLINED)
                        .withinWorkingDays(workingDays, Objects.requireNonNull(calendarId, "calendarId")))
                .build();
    }

    /**
     * CV-2: a consultation that cannot be answered at once gets its answer by callback at the
     * time agreed with the customer ({@value #TERM_CV2_ANSWER}): started by
     * {@link TicketStep#AGREE_ANSWER_TIME}, whose time is the deadline (SL-11; agreeing again
     * moves it), met by the answer ({@link TicketStep#ANSWER}, or {@link TicketStep#INFORM_OWNER}
     * when the question went to a department).
     *
     * @return the policy {@value #CV2_DEFERRED_ANSWER}, version 1
     */
    public static CommitmentPolicy cv2DeferredAnswer() {
        return CommitmentPolicy.builder(CV2_DEFERRED_ANSWER)
                .selecting(TicketSelector.kinds(TicketKind.CONSULTATION))
                .term(CommitmentTerm.builder(TERM_CV2_ANSWER).named("按约定时间回复", "answer at the agreed time")
                        .rules("CV-2", "SL-11")
                        .startsOn(TicketStep.AGREE_ANSWER_TIME).stopsOn(TicketStep.ANSWER, TicketStep.INFORM_OWNER)
                        .target(Target.agreedTime()).takesAgreedDeadlineOn(TicketStep.AGREE_ANSWER_TIME))
                .build();
    }

    private static Target days(int n, DayCount count, String calendarId) {
        return count == DayCount.WORKING_DAYS ? Target.workingDays(n, calendarId)
                : Target.calendarTime(Duration.ofHours(24L * n));
    }

    /**
     * CV-3 with its 10 minutes of calendar time.
     *
     * @return the policy {@value #CV3_LETTER}, version 1
     */
    public static CommitmentPolicy cv3LetterToSupervisor() {
        return cv3LetterToSupervisor(Target.calendarTime(Duration.ofMinutes(10)));
    }

    /**
     * CV-3: a letter (channel {@link Channel#LETTER}) is entered on a transfer record and handed to
     * the supervisor ({@value #TERM_CV3_LETTER}): stopped by the first handling step after its
     * reception (forwarding, classification, assignment or an answer).
     *
     * @param target the time to reach the supervisor, 10 minutes by the seeds
     * @return the policy {@value #CV3_LETTER}, version 1
     * @throws NullPointerException if {@code target} is null
     */
    public static CommitmentPolicy cv3LetterToSupervisor(Target target) {
        return CommitmentPolicy.builder(CV3_LETTER)
                .selecting(TicketSelector.any().withChannels(Channel.LETTER))
                .term(CommitmentTerm.builder(TERM_CV3_LETTER).named("信件交主管", "hand the letter to the supervisor").rules("CV-3")
                        .startsOn(TicketStep.RECEIVE)
                        .stopsOn(TicketStep.FORWARD, TicketStep.CLASSIFY_VALID, TicketStep.CLASSIFY_INVALID,
                                TicketStep.ASSIGN, TicketStep.ANSWER)
                        .target(Objects.requireNonNull(target, "target")))
                .build();
    }

    /**
     * CP-9 with the stated default {@link #CP9_VISIT_DEFAULT}.
     *
     * @return the policy {@value #CP9_SEVERE_COMPLAINT}, version 1
     */
    public static CommitmentPolicy cp9SevereComplaint() {
        return cp9SevereComplaint(CP9_VISIT_DEFAULT);
    }

    /**
     * CP-9: a severe complaint is reported at once to the property director and the general
     * manager's office (an escalation level at the start), and an on-site visit with the customer is
     * organised ({@value #TERM_CP9_VISIT}: stopped when the visit time is agreed; an invalid
     * complaint needs none).
     *
     * @param visit the time to organise the visit
     * @return the policy {@value #CP9_SEVERE_COMPLAINT}, version 1
     * @throws NullPointerException if {@code visit} is null
     */
    public static CommitmentPolicy cp9SevereComplaint(Duration visit) {
        return CommitmentPolicy.builder(CP9_SEVERE_COMPLAINT)
                .selecting(TicketSelector.kinds(TicketKind.COMPLAINT).withSeverities(Severity.SEVERE))
                .term(CommitmentTerm.builder(TERM_CP9_VISIT).named("组织现场走访", "organise the on-site visit").rules("CP-9")
                        .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN).stopsOn(TicketStep.AGREE_VISIT, TicketStep.CLASSIFY_INVALID)
                        .within(Objects.requireNonNull(visit, "visit"))
                        .escalateAtStart(PROPERTY_DIRECTOR, GM_OFFICE))
                .build();
    }

    /**
     * CP-8 with the administration and HR department of seed 002: see
     * {@link #withCp8Escalation(CommitmentPolicy, Recipient...)}.
     *
     * @param policy the policy
     * @return the copy, same id and version
     * @throws NullPointerException if {@code policy} is null
     */
    public static CommitmentPolicy withCp8Escalation(CommitmentPolicy policy) {
        return withCp8Escalation(policy, ADMIN_HR);
    }

    /**
     * CP-8: tasks not completed in time are escalated. Returns a copy of a policy (same id and
     * version: register it instead of the original, or as a new version) in which every term
     * escalates at its breach to the given recipients, placed before any later breach level.
     *
     * @param policy     the policy
     * @param recipients who late tasks go to
     * @return the copy
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no recipient is given
     */
    public static CommitmentPolicy withCp8Escalation(CommitmentPolicy policy, Recipient... recipients) {
        Objects.requireNonNull(policy, "policy");
        if (recipients.length == 0) {
            throw new IllegalArgumentException("CP-8 escalates to at least one recipient");
        }
        EscalationLevel atBreach = EscalationLevel.atBreach(recipients);
        CommitmentPolicy out = policy;
        for (CommitmentTerm t : policy.terms()) {
            List<EscalationLevel> levels = new ArrayList<>(t.escalations());
            int at = 0;
            while (at < levels.size() && levels.get(at).anchor() == EscalationLevel.Anchor.START) {
                at++;
            }
            levels.add(at, atBreach);
            List<String> rules = new ArrayList<>(t.rules());
            if (!rules.contains("CP-8")) {
                rules.add("CP-8");
            }
            out = out.withTerm(new CommitmentTerm(t.key(), t.start(), t.stopOn(), t.pauseWhile(), t.target(),
                    t.warnings(), levels, t.agreedOn(), rules, t.name()));
        }
        return out;
    }
}
