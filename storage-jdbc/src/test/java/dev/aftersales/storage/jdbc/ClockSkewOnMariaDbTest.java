package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Nodes with skewed clocks on MariaDB")
class ClockSkewOnMariaDbTest extends ClockSkewContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
