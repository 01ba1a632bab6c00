package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcTransactions on PostgreSQL")
class JdbcTransactionsOnPostgreSqlTest extends JdbcTransactionsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
