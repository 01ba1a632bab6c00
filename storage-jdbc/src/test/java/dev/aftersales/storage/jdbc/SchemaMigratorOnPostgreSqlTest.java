package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Schema migrator on PostgreSQL")
class SchemaMigratorOnPostgreSqlTest extends SchemaMigratorContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
