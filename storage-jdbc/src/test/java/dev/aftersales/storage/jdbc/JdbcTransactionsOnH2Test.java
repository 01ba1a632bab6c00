package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcTransactions on H2")
class JdbcTransactionsOnH2Test extends JdbcTransactionsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
