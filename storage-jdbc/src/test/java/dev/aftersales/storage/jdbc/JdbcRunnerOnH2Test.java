package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcRunner on H2")
class JdbcRunnerOnH2Test extends JdbcRunnerContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
