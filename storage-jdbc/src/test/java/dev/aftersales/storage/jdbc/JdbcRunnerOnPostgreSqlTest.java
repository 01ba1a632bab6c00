package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcRunner on PostgreSQL")
class JdbcRunnerOnPostgreSqlTest extends JdbcRunnerContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
