package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC commitment storage on PostgreSQL")
class CommitmentStorageOnPostgreSqlTest extends CommitmentStorageContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
