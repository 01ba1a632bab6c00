package dev.aftersales.storage.jdbc.schema;

import java.util.List;
import java.util.Objects;

/**
 * What a run of the built-in migrator did.
 *
 * @param fromVersion the schema version found, {@code 0} for an empty schema
 * @param toVersion   the schema version now
 * @param applied     the versions applied by this run, in order; empty if the schema was current
 */
public record MigrationReport(int fromVersion, int toVersion, List<Integer> applied) {

    /**
     * Creates a report.
     *
     * @param fromVersion the version found
     * @param toVersion   the version now
     * @param applied     the versions applied
     */
    public MigrationReport {
        applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
    }

    /**
     * Checks if the run changed the schema.
     *
     * @return true if at least one version was applied
     */
    public boolean changed() {
        return !applied.isEmpty();
    }
}
