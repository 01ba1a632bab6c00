package dev.aftersales.measurement;

import dev.aftersales.ticket.SatisfactionAspects;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The review parts of a {@link MeasurementReport}: the dissatisfied callbacks with their rated
 * aspects (rule MS-3) and the two-monthly callback rounds (rule MS-2), as text and as CSV.
 * Identifiers, enums, counts and instants only.
 */
final class ReviewSections {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportLabels l;
    private final ZoneId zone;

    ReviewSections(ReportLabels labels, ZoneId zone) {
        this.l = labels;
        this.zone = zone;
    }

    /** Appends the dissatisfied callbacks, newest first; nothing when there are none. */
    void dissatisfied(StringBuilder b, List<ScoredCallback> callbacks, int satisfiedFrom) {
        if (callbacks.isEmpty()) {
            return;
        }
        b.append('\n').append(l.format("dissatisfied", satisfiedFrom)).append('\n');
        for (ScoredCallback c : callbacks) {
            b.append("  ").append(l.format("dissatisfied.line", time(c.at()), c.ticketId().value(),
                    c.kind().displayName(l.locale()), c.department() == null ? l.get("none") : c.department().value(),
                    c.method() == null ? l.get("none") : c.method().displayName(l.locale()),
                    c.satisfaction(), aspects(c.aspects()))).append('\n');
        }
    }

    /** Appends one block per round: its period and window, and its entries by status. */
    void rounds(StringBuilder b, List<CallbackRound> rounds) {
        for (CallbackRound r : rounds) {
            b.append('\n').append(l.format("round", date(r.period().from()), date(r.period().to().minusNanos(1)),
                    date(r.window().from()), date(r.window().to().minusNanos(1)), r.entries().size())).append('\n');
            b.append("  ").append(l.format("round.status", r.count(RoundEntryStatus.DONE),
                    r.count(RoundEntryStatus.NOT_REACHED), r.count(RoundEntryStatus.OPEN))).append('\n');
        }
    }

    /** The dissatisfied callbacks as CSV rows, with a header. */
    List<List<String>> dissatisfiedCsv(List<ScoredCallback> callbacks) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(l.get("csv.at"), l.get("csv.ticket"), l.get("kind"), l.get("estate"), l.get("building"),
                l.get("department"), l.get("csv.method"), l.get("csv.score"), l.get("aspect.responseSpeed"),
                l.get("aspect.attitude"), l.get("aspect.result")));
        for (ScoredCallback c : callbacks) {
            SatisfactionAspects a = c.aspects();
            out.add(List.of(c.at().toString(), c.ticketId().value(), c.kind().displayName(l.locale()),
                    c.estate().value(), c.building() == null ? "" : c.building().value(),
                    c.department() == null ? "" : c.department().value(), c.method() == null ? "" : c.method().name(),
                    Integer.toString(c.satisfaction()), cell(a.responseSpeed()), cell(a.attitude()), cell(a.result())));
        }
        return out;
    }

    /** The entries of the rounds as CSV rows, with a header. */
    List<List<String>> roundsCsv(List<CallbackRound> rounds) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(l.get("csv.roundFrom"), l.get("csv.roundTo"), l.get("csv.owner"), l.get("csv.tickets"),
                l.get("csv.lastClosed"), l.get("csv.status"), l.get("csv.method"), l.get("csv.trackedAt")));
        for (CallbackRound r : rounds) {
            for (RoundEntry e : r.entries()) {
                out.add(List.of(r.period().from().toString(), r.period().to().toString(), e.owner().value(),
                        Integer.toString(e.tickets()), e.lastClosedAt().toString(), e.status().name(),
                        e.method() == null ? "" : e.method().name(),
                        e.trackedAt() == null ? "" : e.trackedAt().toString()));
            }
        }
        return out;
    }

    private String aspects(SatisfactionAspects a) {
        StringJoiner j = new StringJoiner(", ");
        j.add(l.get("aspect.responseSpeed") + " " + text(a.responseSpeed()));
        j.add(l.get("aspect.attitude") + " " + text(a.attitude()));
        j.add(l.get("aspect.result") + " " + text(a.result()));
        return j.toString();
    }

    private String text(Integer rating) {
        return rating == null ? l.get("aspect.none") : rating.toString();
    }

    private static String cell(Integer rating) {
        return rating == null ? "" : rating.toString();
    }

    private String time(Instant at) {
        return MINUTE.format(at.atZone(zone));
    }

    private String date(Instant at) {
        return at.atZone(zone).toLocalDate().toString();
    }
}
