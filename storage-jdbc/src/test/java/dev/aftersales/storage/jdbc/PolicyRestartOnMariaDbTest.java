package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Policy versions across a restart on MariaDB")
class PolicyRestartOnMariaDbTest extends PolicyRestartContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
