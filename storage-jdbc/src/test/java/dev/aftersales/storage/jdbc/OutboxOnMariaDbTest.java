package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Outbox and publisher on MariaDB")
class OutboxOnMariaDbTest extends OutboxContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
