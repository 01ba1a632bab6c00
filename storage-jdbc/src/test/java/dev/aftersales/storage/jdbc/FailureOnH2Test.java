package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Failures mid-command on H2")
class FailureOnH2Test extends FailureContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
