package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Schema migrator on H2")
class SchemaMigratorOnH2Test extends SchemaMigratorContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
