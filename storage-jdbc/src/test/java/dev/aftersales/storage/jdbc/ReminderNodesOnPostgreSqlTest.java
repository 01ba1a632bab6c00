package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Warranty reminders swept by two nodes on PostgreSQL")
class ReminderNodesOnPostgreSqlTest extends ReminderNodesContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
