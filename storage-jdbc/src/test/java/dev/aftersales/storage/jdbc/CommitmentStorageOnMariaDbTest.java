package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC commitment storage on MariaDB")
class CommitmentStorageOnMariaDbTest extends CommitmentStorageContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
