package dev.aftersales.storage.jdbc.ticket;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.Params;
import dev.aftersales.storage.jdbc.PersonalColumn;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketIntake;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link TicketRecord} maps to a row of {@code ticket} and its timeline to rows of
 * {@code ticket_step}: the column lists, the binding in column order, and the reading of the
 * joined rows back into records. Personal columns pass through the {@link PersonalDataCodec}.
 */
final class TicketRows {

    /** The columns of {@code ticket} that hold the record itself, in binding order; read back by {@link #SELECT}. */
    private static final List<String> RECORD_COLUMNS = List.of("kind", "channel", "urgency", "severity", "location_kind",
            "estate_id", "building_id", "unit_id", "location_description", "reporter_kind", "owner_id",
            "reporter_staff_id", "contact_name", "contact_phone", "description", "receiving_unit", "reported_at", "state",
            "cycle", "responsible_department", "responsible_staff_id", "waiting_from", "waiting_reason", "category");

    /**
     * The columns of {@code ticket} besides {@code id} and {@code version}, in binding order: the
     * record's, then the first-cycle facts of its timeline ({@link CycleOneFacts}), written by the
     * same statement.
     */
    static final List<String> COLUMNS = java.util.stream.Stream.concat(RECORD_COLUMNS.stream(),
            CycleOneFacts.COLUMNS.stream()).toList();

    /** The columns of {@code ticket_step}, in binding order. */
    static final List<String> STEP_COLUMNS = List.of("ticket_id", "seq", "cycle", "step_at", "step", "from_state",
            "to_state", "actor_kind", "actor_id", "department_id", "staff_id", "agreed_time", "validity",
            "waiting_reason", "callback_method", "satisfaction", "note", "aspect_response_speed", "aspect_attitude",
            "aspect_result", "category");

    /** The select list of a ticket joined with its steps (ticket alias {@code t}, step alias {@code s}). */
    static final String SELECT;

    /** The select list of steps alone (alias {@code s}), labelled as in {@link #SELECT}, for {@link #step}. */
    static final String SELECT_STEP;

    static {
        StringBuilder step = new StringBuilder();
        STEP_COLUMNS.stream().filter(c -> !c.equals("ticket_id"))
                .forEach(c -> step.append(", s.").append(c).append(" AS s_").append(c));
        StringBuilder sb = new StringBuilder("SELECT t.id, t.version");
        RECORD_COLUMNS.forEach(c -> sb.append(", t.").append(c));
        SELECT = sb.append(step).toString();
        SELECT_STEP = "SELECT " + step.substring(2);
    }

    private enum LocationKind { UNIT, BUILDING_AREA, ESTATE_AREA }

    private enum ReporterKind { OWNER, CONTACT, STAFF }

    private final PersonalDataCodec codec;

    TicketRows(PersonalDataCodec codec) {
        this.codec = codec;
    }

    /** Binds the columns of {@link #COLUMNS} from a record: its own, then its timeline's first-cycle facts. */
    void bind(Params p, TicketRecord r) throws SQLException {
        TicketIntake in = r.intake();
        p.name(in.kind()).text(in.channel().name()).name(in.urgency()).name(in.severity());
        TicketLocation location = in.location();
        if (location instanceof TicketLocation.InUnit u) {
            p.name(LocationKind.UNIT).text(u.estateId().value()).text(u.buildingId().value()).text(u.unitId().value())
                    .text(null);
        } else if (location instanceof TicketLocation.BuildingArea b) {
            p.name(LocationKind.BUILDING_AREA).text(b.estateId().value()).text(b.buildingId().value()).text(null)
                    .text(b.description());
        } else {
            TicketLocation.EstateArea e = (TicketLocation.EstateArea) location;
            p.name(LocationKind.ESTATE_AREA).text(e.estateId().value()).text(null).text(null).text(e.description());
        }
        Reporter reporter = in.reporter();
        if (reporter instanceof Reporter.OfOwner o) {
            p.name(ReporterKind.OWNER).text(o.ownerId().value()).text(null).text(null).text(null);
        } else if (reporter instanceof Reporter.OfContact c) {
            p.name(ReporterKind.CONTACT).text(null).text(null)
                    .text(PersonalColumn.TICKET_CONTACT_NAME.encode(codec, c.contact().name()))
                    .text(PersonalColumn.TICKET_CONTACT_PHONE.encode(codec, c.contact().phone()));
        } else {
            Reporter.OfStaff s = (Reporter.OfStaff) reporter;
            p.name(ReporterKind.STAFF).text(null).text(s.staffId()).text(null).text(null);
        }
        p.text(PersonalColumn.TICKET_DESCRIPTION.encode(codec, in.description()))
                .text(r.receivingUnit().value()).instant(r.reportedAt()).name(r.state()).intValue(r.cycle())
                .text(r.responsibleDepartment() == null ? null : r.responsibleDepartment().value())
                .text(r.responsibleStaffId()).name(r.waitingFrom()).name(r.waitingReason())
                .text(in.category() == null ? null : in.category().code());
        CycleOneFacts facts = CycleOneFacts.of(r.timeline());
        p.instant(facts.closedAt()).instant(facts.confirmedAt()).instant(facts.calledAt()).name(facts.validity())
                .instant(facts.reopenedAt());
    }

    /** Binds the columns of {@link #STEP_COLUMNS} from one timeline entry. */
    void bindStep(Params p, String ticketId, TimelineEntry e) throws SQLException {
        StepDetails d = e.details();
        p.text(ticketId).intValue(e.sequence()).intValue(e.cycle()).instant(e.at()).name(e.step()).name(e.from())
                .name(e.to()).name(e.actor().kind()).text(e.actor().id())
                .text(d.department() == null ? null : d.department().value()).text(d.staffId()).instant(d.agreedTime())
                .name(d.validity()).name(d.waitingReason()).name(d.callbackMethod()).nullableInt(d.satisfaction())
                .text(PersonalColumn.TICKET_STEP_NOTE.encode(codec, d.note()))
                .nullableInt(d.ratedAspects().responseSpeed()).nullableInt(d.ratedAspects().attitude())
                .nullableInt(d.ratedAspects().result()).text(d.category() == null ? null : d.category().code());
    }

    /** Reads one joined row: the ticket's own columns and one step. */
    JoinedRow read(Row r) throws SQLException {
        return new JoinedRow(r.text("id"), r.longValue("version"), head(r), step(r));
    }

    /** Folds the joined rows (ordered by ticket, then step) into records. */
    static List<TicketRecord> fold(List<JoinedRow> rows) {
        List<TicketRecord> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            JoinedRow first = rows.get(i);
            List<TimelineEntry> timeline = new ArrayList<>();
            while (i < rows.size() && rows.get(i).id().equals(first.id())) {
                timeline.add(rows.get(i).step());
                i++;
            }
            out.add(first.head().toRecord(timeline, first.version()));
        }
        return out;
    }

    private static TicketCategory category(String code) {
        return code == null ? null : TicketCategory.of(code);
    }

    private Head head(Row r) throws SQLException {
        LocationKind lk = r.enumValue("location_kind", LocationKind.class);
        EstateId estate = EstateId.of(r.text("estate_id"));
        TicketLocation location = switch (lk) {
            case UNIT -> TicketLocation.ofUnit(UnitId.of(r.text("unit_id")), BuildingId.of(r.text("building_id")), estate);
            case BUILDING_AREA -> TicketLocation.buildingCommonArea(BuildingId.of(r.text("building_id")), estate,
                    r.text("location_description"));
            case ESTATE_AREA -> TicketLocation.estateCommonArea(estate, r.text("location_description"));
        };
        Reporter reporter = switch (r.enumValue("reporter_kind", ReporterKind.class)) {
            case OWNER -> Reporter.byOwner(OwnerId.of(r.text("owner_id")));
            case CONTACT -> Reporter.byContact(ContactPerson.of(PersonalColumn.TICKET_CONTACT_NAME.decode(codec, r.text("contact_name")),
                    PersonalColumn.TICKET_CONTACT_PHONE.decode(codec, r.text("contact_phone"))));
            case STAFF -> Reporter.byStaff(r.text("reporter_staff_id"));
        };
        TicketIntake intake = new TicketIntake(r.enumValue("kind", TicketKind.class), Channel.of(r.text("channel")),
                r.enumValue("urgency", Urgency.class), r.enumValue("severity", Severity.class), location, reporter,
                PersonalColumn.TICKET_DESCRIPTION.decode(codec, r.text("description")),
                category(r.text("category")));
        String department = r.text("responsible_department");
        return new Head(TicketId.of(r.text("id")), intake, DepartmentId.of(r.text("receiving_unit")),
                r.instant("reported_at"), r.enumValue("state", TicketState.class), r.intValue("cycle"),
                department == null ? null : DepartmentId.of(department), r.text("responsible_staff_id"),
                r.enumValue("waiting_from", TicketState.class), r.enumValue("waiting_reason", WaitingReason.class));
    }

    /** Reads the step of a row selected with the labels of {@link #SELECT} or {@link #SELECT_STEP}. */
    TimelineEntry step(Row r) throws SQLException {
        String department = r.text("s_department_id");
        StepDetails details = new StepDetails(department == null ? null : DepartmentId.of(department),
                r.text("s_staff_id"), r.instant("s_agreed_time"), r.enumValue("s_validity", Validity.class),
                r.enumValue("s_waiting_reason", WaitingReason.class),
                r.enumValue("s_callback_method", CallbackMethod.class), r.nullableInt("s_satisfaction"),
                PersonalColumn.TICKET_STEP_NOTE.decode(codec, r.text("s_note")),
                new SatisfactionAspects(r.nullableInt("s_aspect_response_speed"), r.nullableInt("s_aspect_attitude"),
                        r.nullableInt("s_aspect_result")), category(r.text("s_category")));
        return new TimelineEntry(r.intValue("s_seq"), r.intValue("s_cycle"), r.instant("s_step_at"),
                r.enumValue("s_step", TicketStep.class), r.enumValue("s_from_state", TicketState.class),
                r.enumValue("s_to_state", TicketState.class),
                new Actor(r.enumValue("s_actor_kind", Actor.Kind.class), r.text("s_actor_id")), details);
    }

    /** A ticket's own columns, before its timeline is complete. */
    record Head(TicketId id, TicketIntake intake, DepartmentId receivingUnit, Instant reportedAt, TicketState state,
                int cycle, DepartmentId responsibleDepartment, String responsibleStaffId, TicketState waitingFrom,
                WaitingReason waitingReason) {
        TicketRecord toRecord(List<TimelineEntry> timeline, long version) {
            return new TicketRecord(id, intake, receivingUnit, reportedAt, state, cycle, responsibleDepartment,
                    responsibleStaffId, waitingFrom, waitingReason, timeline, version);
        }

        @Override
        public String toString() {
            return "Head[" + id + "]";
        }
    }

    /** One row of a ticket joined with one of its steps. */
    record JoinedRow(String id, long version, Head head, TimelineEntry step) {
    }
}
