/**
 * Tickets (工单): one request from a customer and its life cycle from reception to closure.
 *
 * <h2>What a ticket is</h2>
 * A {@link dev.aftersales.ticket.Ticket} is the aggregate: what was reported (its
 * {@link dev.aftersales.ticket.TicketIntake}: kind, channel, location, reporter, description, the
 * urgency of a repair or the severity of a complaint), its state, its cycle, the responsible
 * department and person, and its timeline of {@link dev.aftersales.ticket.TimelineEntry}s, the
 * follow-up record of rule CP-3. Its storage form and read model is the immutable
 * {@link dev.aftersales.ticket.TicketRecord}; every step emits a
 * {@link dev.aftersales.ticket.TicketEvent} (identifiers, enums and instants only) on which service
 * commitments start, stop, pause and resume (rule SL-12).
 *
 * <p>The {@link dev.aftersales.ticket.TicketKind}s: a repair request (报修, rules RP-1..RP-6), a
 * complaint (投诉, rules CP-1..CP-13), a consultation (咨询, rules CV-1..CV-4), a suggestion (建议) and
 * praise (表扬). Four {@link dev.aftersales.ticket.IntakeCommand}s create them:
 * {@link dev.aftersales.ticket.ReportRepair}, {@link dev.aftersales.ticket.LodgeComplaint},
 * {@link dev.aftersales.ticket.AskQuestion} and {@link dev.aftersales.ticket.GiveFeedback}.
 *
 * <h2>Channels and display names</h2>
 * A {@link dev.aftersales.ticket.Channel} is where the ticket came in: the 400 hotline, the
 * website, a sales office, the property office, the customer-service desk, a walk-in, a letter, an
 * email, the building intercom, a staff patrol, and the channels owners use today: the WeChat
 * official account (微信公众号), the mini-program (小程序) and the owner app (业主APP), each a
 * built-in constant; a company's own channel is {@code Channel.of("DOUYIN")} (a code of
 * {@code [A-Z0-9_]}). Every adapter stores a channel by its code, and every code round-trips through
 * every adapter unchanged (the testkit's arbitraries generate built-in and own codes).
 *
 * <p>What a screen shows of a ticket, its state, step, channel, kind, urgency, severity, waiting
 * reason, callback method and validity, has a display name in English and Chinese
 * ({@link dev.aftersales.common.DisplayNamed#displayName(java.util.Locale)}, e.g. 已受理, 已派工,
 * 已回访, 报修, 投诉, 咨询; rule CP-2) from the bundle {@code dev/aftersales/ticket/DisplayNames.properties}
 * and its {@code _zh_CN} part. A new constant needs a line in both, or the core build fails.
 *
 * <h2>The life cycle</h2>
 * A {@link dev.aftersales.ticket.TicketStep} takes a ticket from one
 * {@link dev.aftersales.ticket.TicketState} to another; {@link dev.aftersales.ticket.TicketLifeCycle}
 * is the table of legal steps, documented on {@link dev.aftersales.ticket.Ticket}. In short: received
 * by any unit, forwarded to customer service, judged valid (then assigned, owner contacted, visit and
 * plan agreed, work started, result returned, owner informed) or invalid (then owner contacted with
 * an explanation); the owner confirms or rejects the closure; the callback; closed; reopened as a new
 * cycle with the history kept. Handling may wait for the owner or a third party and resumes where it
 * stopped; a new resolution time may be agreed on the way. Consultations, suggestions and praise may
 * be answered at once. An illegal step throws {@link dev.aftersales.ticket.IllegalTicketStepException}
 * and changes nothing.
 *
 * <p>Every step but the reception is one {@link dev.aftersales.ticket.TicketStepCommand} (a record such
 * as {@link dev.aftersales.ticket.AssignTicket} or {@link dev.aftersales.ticket.StartWork}) taken by
 * {@link dev.aftersales.ticket.Ticket#take}, or by ticket id by {@link dev.aftersales.ticket.service.TicketService#take}
 * after validation; the named methods ({@code forward}, {@code assign} ...) are shorthands for it. A
 * command gives its step and the {@link dev.aftersales.ticket.StepDetails} its timeline entry records;
 * {@link dev.aftersales.ticket.TicketStep#command} gives the command back from those details.
 *
 * <h2>The rules, and where they live</h2>
 * <ul>
 *   <li>RP-1 reporting through the hotline, and at night through the intercom:
 *       {@link dev.aftersales.ticket.Channel}. RP-2 the urgency of a repair
 *       ({@link dev.aftersales.ticket.Urgency}), contacting the owner and agreeing a visit; its
 *       deadlines are service commitments. RP-3 a plan agreed before work starts on a repair, RP-4
 *       the work, RP-5 closure only on the owner's confirmation (or back to work on a rejection),
 *       RP-6 the callback with a satisfaction score 1 to 5 before closing: steps of the table.</li>
 *   <li>CP-1 contact with the customer (its hours and 24-hour reply are commitments on a calendar);
 *       CP-2 commands validated with every violation listed at once, in English and Chinese
 *       ({@link dev.aftersales.common.CommandValidator}); CP-3 the judgement of validity, the
 *       assignment and the timeline as follow-up record, with the
 *       {@link dev.aftersales.ticket.Severity} of a complaint; CP-4 one-stop acceptance: any unit
 *       receives a ticket and there is no refusal step; CP-5 forwarding to customer service, the
 *       result returned, the owner informed, a new resolution time agreed; CP-6 an invalid complaint
 *       still gets contact and an explanation, and the owner may dispute it (never a dead end); CP-7
 *       a plan agreed before work starts on a complaint; CP-10 waiting for another organisation
 *       ({@link dev.aftersales.ticket.WaitingReason}). CP-8 escalation and CP-9 the reports of severe
 *       complaints are service commitments ({@code dev.aftersales.commitment}); CP-9's on-site visit
 *       is the visit step. CP-11 (joint explanations), CP-12 (supervisor-approved written replies) and
 *       CP-13 (routing from headquarters) have no step of their own: a headquarters unit receives and
 *       forwards like any other (CP-4, CP-5).</li>
 *   <li>CV-1 the channel, location and reporter recorded at reception; CV-2 and CV-4 answering at once
 *       (for consultations, suggestions and praise only), otherwise handling as for other kinds; CV-3
 *       letters ({@link dev.aftersales.ticket.Channel#LETTER}), whose hand-over deadline is a
 *       commitment.</li>
 * </ul>
 * A ticket's {@link dev.aftersales.ticket.TicketLocation} and reporting owner are those of the
 * property register (rules EU-1, EU-3): the ticket service looks them up when it receives a command,
 * takes the building and estate of a unit named alone ({@code TicketLocation.ofUnit(unitId)}) from
 * it, and refuses a reference the register contradicts with a
 * {@link dev.aftersales.ticket.TicketReferenceException}, storing nothing.
 * Personal data (the contact person, free text) never reaches {@code toString}, exception messages,
 * events or logs (rule EU-4); patrol findings are on common areas (rule PT-2).
 *
 * <h2>How to add a ticket step</h2>
 * <ol>
 *   <li>Add the constant to {@link dev.aftersales.ticket.TicketStep}, naming its command's
 *       {@code from} factory, and its rows to the table in {@link dev.aftersales.ticket.TicketLifeCycle}
 *       (a new state, if any, to {@link dev.aftersales.ticket.TicketState}); give the step (and the
 *       new state) its English and Chinese display names in the {@code DisplayNames} bundles.</li>
 *   <li>Add the command: a record implementing {@link dev.aftersales.ticket.TicketStepCommand}, listed
 *       in its {@code permits}, with Bean Validation constraints (a new message key goes to the
 *       English and Chinese {@code ValidationMessages} bundles), {@code step()}, {@code details()} built by a
 *       {@link dev.aftersales.ticket.StepDetails} factory, a static {@code from(TicketId, StepDetails)},
 *       a {@code toString} that withholds free text, and {@code applyEffect} only if the step changes
 *       the ticket beyond its state (as an assignment does).</li>
 * </ol>
 * {@link dev.aftersales.ticket.Ticket#take} and {@link dev.aftersales.ticket.service.TicketService#take} take the
 * new command as they are; the timeline, the events and the storage adapters carry the step as long
 * as its details use the existing {@link dev.aftersales.ticket.StepDetails} fields; the testkit's
 * arbitraries walk it (its {@code PlannedStep.typicalDetails} gives data to a step that needs some).
 * A named shorthand on {@code Ticket} and {@code TicketService} is optional. The table is also
 * written out by hand, on purpose: add the new rows to the table on
 * {@link dev.aftersales.ticket.Ticket}, to {@code TicketLifeCycleTableTest} and to the testkit's
 * independent reference life cycle. The table test also fails for a step without exactly one
 * command type, or a command type without a step.
 */
package dev.aftersales.ticket;
