package dev.aftersales.measurement;

import java.util.Objects;

/**
 * One group's figures in the answer to a {@link MeasurementQuery}.
 *
 * @param group the group
 * @param kpis  its figures
 */
public record KpiRow(GroupKey group, Kpis kpis) {

    /**
     * Creates a row.
     *
     * @throws NullPointerException if an argument is null
     */
    public KpiRow {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kpis, "kpis");
    }
}
