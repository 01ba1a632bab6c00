package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Several sweeping nodes on MariaDB")
class MultiNodeSweepOnMariaDbTest extends MultiNodeSweepContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
