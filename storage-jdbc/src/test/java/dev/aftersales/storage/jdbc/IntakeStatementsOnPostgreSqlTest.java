package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Intake statements on PostgreSQL")
class IntakeStatementsOnPostgreSqlTest extends IntakeStatementsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
