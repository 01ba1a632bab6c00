package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcTransactions on MariaDB")
class JdbcTransactionsOnMariaDbTest extends JdbcTransactionsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
