package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Rules SL-3 to SL-5 on any input: arbitrary instants (from {@link Instant#MIN} to
 * {@link Instant#MAX}), durations (negative, zero, centuries, {@code Long.MAX_VALUE} seconds),
 * counts (any int) and dates (from {@link LocalDate#MIN} to {@link LocalDate#MAX}) sent through
 * every public operation of several calendars give a result or a typed exception: a
 * {@link CalendarArgumentException} naming one of the operation's parameters, or, on a strict
 * calendar, an {@link OutsideCoverageException}; never a {@code DateTimeException}, an
 * {@code ArithmeticException} or another failure.
 */
class CalendarInputPropertiesTest {

    private static final List<BusinessCalendar> CALENDARS = List.of(
            BusinessCalendars.twentyFourSeven(),
            BusinessCalendars.twentyFourSeven(ZoneId.of("Pacific/Kiritimati")),
            BusinessCalendars.hotline(ZoneId.of("Etc/GMT+12")),
            BusinessCalendars.chinaOffice(),
            BusinessCalendars.chinaOffice().withStrict(true),
            BusinessCalendar.builder("berlin-night", ZoneId.of("Europe/Berlin"))
                    .hours(WorkingHours.parse("01:00-04:00 22:00-24:00"), DayOfWeek.values()).build());

    /** One call's arguments. */
    record Input(BusinessCalendar calendar, Instant a, Instant b, Duration target, int n, LocalDate x, LocalDate y) {
    }

    private static Arbitrary<Instant> anyInstant() {
        return Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    private static Arbitrary<Instant> between(String first, String last) {
        return Arbitraries.longs().between(Instant.parse(first).getEpochSecond(), Instant.parse(last).getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    private static Arbitrary<Instant> instants() {
        Instant minStart = Instant.parse("0001-01-01T00:00:00Z");
        Instant maxEnd = Instant.parse("+10000-01-01T00:00:00Z");
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, minStart, maxEnd,
                        minStart.minusNanos(1), maxEnd.minusNanos(1))),
                Tuple.of(2, anyInstant()),
                Tuple.of(1, between("0000-12-29T00:00:00Z", "0001-01-03T00:00:00Z")),
                Tuple.of(1, between("9999-12-29T00:00:00Z", "+10000-01-03T00:00:00Z")),
                Tuple.of(6, between("2019-06-01T00:00:00Z", "2028-01-01T00:00:00Z")));
    }

    private static Arbitrary<Duration> targets() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
                        .as(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.longs().between(-86_400_000_000_000L, -1).map(Duration::ofNanos)),
                Tuple.of(1, Arbitraries.of(Duration.ZERO, BusinessCalendar.MAX_SPAN,
                        BusinessCalendar.MAX_SPAN.plusNanos(1), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))),
                Tuple.of(16, Arbitraries.longs().between(0, Duration.ofDays(30).toMinutes()).map(Duration::ofMinutes)),
                Tuple.of(1, Arbitraries.longs().between(0, BusinessCalendar.MAX_SPAN.toHours()).map(Duration::ofHours)));
    }

    private static Arbitrary<Integer> counts() {
        int maxDays = (int) BusinessCalendar.MAX_SPAN.toDays();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, maxDays, maxDays + 1)),
                Tuple.of(8, Arbitraries.integers().between(1, 400)));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, BusinessCalendar.MIN_DATE,
                        BusinessCalendar.MAX_DATE, BusinessCalendar.MIN_DATE.minusDays(1), BusinessCalendar.MAX_DATE.plusDays(1))),
                Tuple.of(1, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay)),
                Tuple.of(6, Arbitraries.longs().between(LocalDate.of(2019, 6, 1).toEpochDay(),
                        LocalDate.of(2028, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay)));
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Instant> a = instants();
        return Combinators.combine(Arbitraries.of(CALENDARS), a, a, Arbitraries.integers().between(0, 9),
                Arbitraries.longs().between(-Duration.ofDays(40).toSeconds(), Duration.ofDays(40).toSeconds()),
                targets(), counts(), Combinators.combine(dates(), dates()).as(Tuple::of))
                .as((c, first, other, pick, offset, d, n, xy) -> {
                    Instant second = other;
                    if (pick < 7 && first.compareTo(Instant.MIN.plusSeconds(50 * 86_400L)) > 0
                            && first.compareTo(Instant.MAX.minusSeconds(50 * 86_400L)) < 0) {
                        second = first.plusSeconds(offset); // mostly near each other, so spans stay cheap
                    }
                    return new Input(c, first, second, d, n, xy.get1(), xy.get2());
                });
    }

    /** Runs a call: it returns, or throws a typed exception naming one of its parameters. */
    private static void typed(Input in, String operation, Set<String> parameters, Supplier<Object> call) {
        try {
            Object result = call.get();
            assertFalse(result == null, operation + " returned null");
        } catch (CalendarArgumentException e) {
            assertTrue(parameters.contains(e.parameter()),
                    operation + " blamed '" + e.parameter() + "', not one of " + parameters + ": " + e.getMessage());
        } catch (OutsideCoverageException e) {
            assertTrue(in.calendar().strict(), operation + " on a lenient calendar: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError(operation + " on " + in + " threw " + e, e);
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE) // the arbitraries mix in MIN, MAX and the limits themselves
    @Label("SL-3 SL-4 SL-5 every public operation answers any instant, duration, count or date with a result or a typed exception")
    void sl3_onlyTypedExceptions(@ForAll("inputs") Input in) {
        BusinessCalendar c = in.calendar();
        typed(in, "isWorkingTime", Set.of("instant"), () -> c.isWorkingTime(in.a()));
        typed(in, "nextWorkingInstant", Set.of("instant"), () -> c.nextWorkingInstant(in.a()));
        typed(in, "plus", Set.of("start", "target"), () -> c.plus(in.a(), in.target()));
        typed(in, "explainPlus", Set.of("start", "target"), () -> c.explainPlus(in.a(), in.target()));
        typed(in, "between", Set.of("a", "b"), () -> c.between(in.a(), in.b()));
        typed(in, "explainBetween", Set.of("from", "to"), () -> c.explainBetween(in.a(), in.b()));
        typed(in, "nonWorkingSpans", Set.of("from", "to"), () -> c.nonWorkingSpans(in.a(), in.b()));
        typed(in, "plusWorkingDays", Set.of("start", "n"), () -> c.plusWorkingDays(in.a(), in.n()));
        typed(in, "explainPlusWorkingDays", Set.of("start", "n"), () -> c.explainPlusWorkingDays(in.a(), in.n()));
        typed(in, "workingDaysBetween", Set.of("afterExclusive", "untilInclusive"),
                () -> c.workingDaysBetween(in.x(), in.y()));
        typed(in, "hoursOn", Set.of("date"), () -> c.hoursOn(in.x()));
        typed(in, "isWorkingDay", Set.of("date"), () -> c.isWorkingDay(in.x()));
        typed(in, "overrideOn", Set.of("date"), () -> c.overrideOn(in.x()));
        if (!in.y().isBefore(in.x())) {
            typed(in, "coversDates", Set.of(), () -> c.coversDates(in.x(), in.y()));
        }
        if (!in.x().equals(LocalDate.MIN)) {
            typed(in, "coveredUntil", Set.of(), () -> c.coveredUntil(in.x()));
        }
    }
}
