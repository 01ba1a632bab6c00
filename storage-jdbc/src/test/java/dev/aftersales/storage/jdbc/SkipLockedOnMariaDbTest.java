package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Claiming rows on MariaDB")
class SkipLockedOnMariaDbTest extends SkipLockedContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
