package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Warranty reminders swept by two nodes on H2")
class ReminderNodesOnH2Test extends ReminderNodesContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
