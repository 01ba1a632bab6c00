package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcRunner on MariaDB")
class JdbcRunnerOnMariaDbTest extends JdbcRunnerContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
