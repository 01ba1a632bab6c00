package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A missing schema on PostgreSQL")
class MissingSchemaOnPostgreSqlTest extends MissingSchemaContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    String undefinedTableState() {
        return "42P01";
    }

    @Override
    int undefinedTableVendorCode() {
        return 0;
    }

    @Override
    String scriptDirectory() {
        return "postgresql";
    }
}
