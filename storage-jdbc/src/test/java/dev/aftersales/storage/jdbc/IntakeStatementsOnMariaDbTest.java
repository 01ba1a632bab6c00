package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Intake statements on MariaDB")
class IntakeStatementsOnMariaDbTest extends IntakeStatementsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
