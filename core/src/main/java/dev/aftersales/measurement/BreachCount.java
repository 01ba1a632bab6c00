package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;

import java.util.Comparator;
import java.util.Objects;

/**
 * How many commitments of one term breached in a period under one responsible department (rule
 * MS-1: where the service is late).
 *
 * @param termKey    the commitment term's key
 * @param department the commitment's responsible department, {@code null} for none
 * @param breaches   how many breached in the period, 1 or more
 */
public record BreachCount(String termKey, DepartmentId department, long breaches) {

    /** The order of the rows: by term key, then department (none first). */
    public static final Comparator<BreachCount> ORDER = Comparator.comparing(BreachCount::termKey)
            .thenComparing(b -> b.department == null ? null : b.department.value(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Creates a row.
     *
     * @throws NullPointerException     if the term key is null
     * @throws IllegalArgumentException if the count is below 1
     */
    public BreachCount {
        Objects.requireNonNull(termKey, "termKey");
        if (breaches < 1) {
            throw new IllegalArgumentException("a breach row counts 1 or more, got " + breaches);
        }
    }
}
