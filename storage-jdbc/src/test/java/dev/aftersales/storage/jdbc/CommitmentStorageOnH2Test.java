package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC commitment storage on H2")
class CommitmentStorageOnH2Test extends CommitmentStorageContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
