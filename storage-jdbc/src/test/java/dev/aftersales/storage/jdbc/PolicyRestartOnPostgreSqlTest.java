package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Policy versions across a restart on PostgreSQL")
class PolicyRestartOnPostgreSqlTest extends PolicyRestartContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
