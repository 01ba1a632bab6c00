package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Failures mid-command on MariaDB")
class FailureOnMariaDbTest extends FailureContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
