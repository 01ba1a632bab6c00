package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Warranty reminders swept by two nodes on MariaDB")
class ReminderNodesOnMariaDbTest extends ReminderNodesContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
