package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Append-only ticket timeline on PostgreSQL")
class TimelineAppendOnPostgreSqlTest extends TimelineAppendContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
