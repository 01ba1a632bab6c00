package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Intake statements on H2")
class IntakeStatementsOnH2Test extends IntakeStatementsContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
