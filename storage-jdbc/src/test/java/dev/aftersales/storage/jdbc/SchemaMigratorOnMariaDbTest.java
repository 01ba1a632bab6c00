package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Schema migrator on MariaDB")
class SchemaMigratorOnMariaDbTest extends SchemaMigratorContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
