package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Nodes with skewed clocks on PostgreSQL")
class ClockSkewOnPostgreSqlTest extends ClockSkewContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
