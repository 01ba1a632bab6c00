package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Claiming rows on PostgreSQL")
class SkipLockedOnPostgreSqlTest extends SkipLockedContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
