package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A missing schema on MariaDB")
class MissingSchemaOnMariaDbTest extends MissingSchemaContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    String undefinedTableState() {
        return "42S02";
    }

    @Override
    int undefinedTableVendorCode() {
        return 1146;
    }

    @Override
    String scriptDirectory() {
        return "mysql";
    }
}
