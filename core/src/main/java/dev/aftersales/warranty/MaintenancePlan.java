package dev.aftersales.warranty;

import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * A plan of free proactive inspections or maintenance of one component of an estate while its
 * warranty runs (rule WA-3), e.g. the aluminium windows of every unit every six months. Its task
 * k (k = 1, 2, ...) is due k times the interval after the start (see {@link MaintenanceSchedule}).
 *
 * @param id             the estate, component and scope
 * @param intervalMonths the interval in months, 1..120
 * @param taskCode       what is done, as a code (lower case letters, digits and dashes, e.g.
 *                       {@code inspect-seals}), never free text
 * @param version        the version the plan was read at, {@code 0} if never stored (see {@link Versioned})
 */
public record MaintenancePlan(MaintenancePlanId id, int intervalMonths, String taskCode, long version)
        implements Versioned<MaintenancePlan> {

    /** The longest interval, in months. */
    public static final int MAX_INTERVAL_MONTHS = 120;

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if the id or code is null
     * @throws IllegalArgumentException if the interval is not 1..120 months, the code is not a code
     *                                  of at most 64 characters, or the version is negative
     */
    public MaintenancePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskCode, "taskCode");
        if (intervalMonths < 1 || intervalMonths > MAX_INTERVAL_MONTHS) {
            throw new IllegalArgumentException("intervalMonths: 1 to " + MAX_INTERVAL_MONTHS + ", got " + intervalMonths);
        }
        if (taskCode.length() > 64 || !taskCode.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("taskCode: lower case letters, digits and dashes, at most 64");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version: zero or more, got " + version);
        }
    }

    /**
     * Creates a new plan (version {@code 0}).
     *
     * @param id             the estate, component and scope
     * @param intervalMonths the interval in months, 1..120
     * @param taskCode       what is done, as a code
     * @return the plan
     */
    public static MaintenancePlan of(MaintenancePlanId id, int intervalMonths, String taskCode) {
        return new MaintenancePlan(id, intervalMonths, taskCode, 0);
    }

    /**
     * Copies with another interval; tasks already generated keep their dates.
     *
     * @param months the interval in months, 1..120
     * @return the copy
     */
    public MaintenancePlan withIntervalMonths(int months) {
        return new MaintenancePlan(id, months, taskCode, version);
    }

    /**
     * Copies with another version. Used by storage adapters only.
     *
     * @param version the version
     * @return the copy
     */
    @Override
    public MaintenancePlan withVersion(long version) {
        return new MaintenancePlan(id, intervalMonths, taskCode, version);
    }

    /**
     * Gets the key text, {@code estate/component/SCOPE}.
     *
     * @return the key text
     */
    @Override
    public String idText() {
        return id.text();
    }
}
