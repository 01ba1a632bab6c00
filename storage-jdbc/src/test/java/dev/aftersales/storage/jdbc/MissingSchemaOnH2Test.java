package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("A missing schema on H2")
class MissingSchemaOnH2Test extends MissingSchemaContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    String undefinedTableState() {
        return "42S02";
    }

    @Override
    int undefinedTableVendorCode() {
        return 42102;
    }

    @Override
    String scriptDirectory() {
        return "h2";
    }
}
