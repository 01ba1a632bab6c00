package dev.aftersales.testkit.measurement;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.measurement.DurationSummary;
import dev.aftersales.measurement.GroupKey;
import dev.aftersales.measurement.TicketTimes;
import dev.aftersales.measurement.WorkingTimes;
import dev.aftersales.property.BuildingId;
import dev.aftersales.testkit.calendar.MinuteSteppingCalendar;
import dev.aftersales.ticket.TicketId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The working-time figures (rule MS-1) against a simple reference: each ticket's working time
 * walked minute by minute on its calendar ({@link MinuteSteppingCalendar}), nearest-rank percentiles
 * taken from the sorted list, tickets without a registered calendar counted as not measured.
 */
class WorkingTimesProperties {

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            BusinessCalendars.CHINA_OFFICE_ID, BusinessCalendars.chinaOffice(),
            BusinessCalendars.HOTLINE_ID, BusinessCalendars.hotline(),
            BusinessCalendars.TWENTY_FOUR_SEVEN_ID, BusinessCalendars.twentyFourSeven());
    // April and May 2025 in Shanghai: weekends, Labour Day (May 1-5) and its make-up Sunday (April 27)
    private static final Instant BASE = Instant.parse("2025-04-20T00:00:00Z");
    private static final List<GroupKey> GROUPS = List.of(new GroupKey(null, BuildingId.of("B1"), null, null, null),
            new GroupKey(null, BuildingId.of("B2"), null, null, null));
    private static final List<String> CALENDAR_IDS = Arrays.asList(BusinessCalendars.CHINA_OFFICE_ID,
            BusinessCalendars.HOTLINE_ID, BusinessCalendars.TWENTY_FOUR_SEVEN_ID, null, "not-registered");

    @Provide
    Arbitrary<List<TicketTimes>> tickets() {
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 20 * 24 * 60);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 6 * 24 * 60);
        Arbitrary<Integer> maybeSpan = Arbitraries.oneOf(span, Arbitraries.just(-1));
        Arbitrary<TicketTimes> ticket = Combinators.combine(minutes, maybeSpan, maybeSpan,
                Arbitraries.of(GROUPS), Arbitraries.integers().between(0, CALENDAR_IDS.size() - 1))
                .as((received, toResponse, toClosing, group, calendar) -> {
                    Instant r = BASE.plus(Duration.ofMinutes(received));
                    return new TicketTimes(TicketId.of("T-" + received + "-" + toResponse), group, r,
                            toResponse < 0 ? null : r.plus(Duration.ofMinutes(toResponse)),
                            toClosing < 0 ? null : r.plus(Duration.ofMinutes(toClosing)), CALENDAR_IDS.get(calendar));
                });
        return ticket.list().ofMaxSize(8);
    }

    @Property(tries = 60)
    @Label("MS-1 working-time median and p90 per group agree with a minute-stepping reference")
    void ms1WorkingTimes(@ForAll("tickets") List<TicketTimes> tickets) {
        assertEquals(reference(tickets), WorkingTimes.summarize(tickets, id -> Optional.ofNullable(CALENDARS.get(id))));
    }

    private static List<WorkingTimes> reference(List<TicketTimes> tickets) {
        Map<GroupKey, List<Long>> response = new HashMap<>();
        Map<GroupKey, List<Long>> closure = new HashMap<>();
        Map<GroupKey, Long> notMeasured = new TreeMap<>(GroupKey.ORDER);
        for (TicketTimes t : tickets) {
            notMeasured.merge(t.group(), 0L, Long::sum);
            response.computeIfAbsent(t.group(), k -> new ArrayList<>());
            closure.computeIfAbsent(t.group(), k -> new ArrayList<>());
            BusinessCalendar c = t.calendarId() == null ? null : CALENDARS.get(t.calendarId());
            boolean anything = t.firstResponse() != null || t.closed() != null;
            if (c == null) {
                notMeasured.merge(t.group(), anything ? 1L : 0L, Long::sum);
                continue;
            }
            MinuteSteppingCalendar walk = MinuteSteppingCalendar.of(c);
            if (t.firstResponse() != null) {
                response.get(t.group()).add(walk.between(t.received(), t.firstResponse()).toNanos() / 1000);
            }
            if (t.closed() != null) {
                closure.get(t.group()).add(walk.between(t.received(), t.closed()).toNanos() / 1000);
            }
        }
        List<WorkingTimes> out = new ArrayList<>();
        notMeasured.forEach((g, n) -> out.add(new WorkingTimes(g, nearestRank(response.get(g)),
                nearestRank(closure.get(g)), n)));
        return out;
    }

    private static DurationSummary nearestRank(List<Long> micros) {
        if (micros.isEmpty()) {
            return DurationSummary.empty();
        }
        List<Long> sorted = micros.stream().sorted().toList();
        int n = sorted.size();
        int median = (int) Math.ceil(50 * n / 100.0);
        int p90 = (int) Math.ceil(90 * n / 100.0);
        return new DurationSummary(n, Duration.ofNanos(sorted.get(median - 1) * 1000),
                Duration.ofNanos(sorted.get(p90 - 1) * 1000));
    }
}
