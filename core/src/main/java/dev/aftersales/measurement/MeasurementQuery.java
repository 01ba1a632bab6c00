package dev.aftersales.measurement;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to measure (rules MS-1, MS-3, RP-6): a period, a scope, the groupings of the figures, the
 * time zone of months, and the settings.
 *
 * @param period   the period [from, to)
 * @param scope    the tickets covered
 * @param groupBy  what the figures are broken down by, empty for one total
 * @param zone     the time zone of {@link Grouping#MONTH}
 * @param settings response terms, reopening window, satisfaction threshold
 */
public record MeasurementQuery(Period period, Scope scope, Set<Grouping> groupBy, ZoneId zone,
                               MeasurementSettings settings) {

    /**
     * Creates a query.
     *
     * @throws NullPointerException if an argument is null
     */
    public MeasurementQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        groupBy = groupBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groupBy));
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * Obtains a query of one total over a period and scope, with the default settings.
     *
     * @param period the period
     * @param scope  the scope
     * @param zone   the time zone of months
     * @return the query
     */
    public static MeasurementQuery of(Period period, Scope scope, ZoneId zone) {
        return new MeasurementQuery(period, scope, Set.of(), zone, MeasurementSettings.defaults());
    }

    /**
     * Returns a copy grouped by the given groupings.
     *
     * @param groupings the groupings
     * @return the copy
     */
    public MeasurementQuery groupedBy(Grouping... groupings) {
        return new MeasurementQuery(period, scope, Set.of(groupings), zone, settings);
    }

    /**
     * Returns a copy with other settings.
     *
     * @param newSettings the settings
     * @return the copy
     */
    public MeasurementQuery withSettings(MeasurementSettings newSettings) {
        return new MeasurementQuery(period, scope, groupBy, zone, newSettings);
    }

    /**
     * Checks if the figures are broken down by a grouping.
     *
     * @param grouping the grouping
     * @return true if they are
     */
    public boolean groups(Grouping grouping) {
        return groupBy.contains(grouping);
    }

    /**
     * Returns the months, in the query's zone, that the period touches, oldest first.
     *
     * @return the months; empty for an empty period
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        if (period.isEmpty()) {
            return months;
        }
        YearMonth last = YearMonth.from(period.to().minusNanos(1).atZone(zone));
        for (YearMonth m = YearMonth.from(period.from().atZone(zone)); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Returns the month, in the query's zone, of an instant.
     *
     * @param instant the instant
     * @return the month
     */
    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }
}
