package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Outbox and publisher on H2")
class OutboxOnH2Test extends OutboxContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
