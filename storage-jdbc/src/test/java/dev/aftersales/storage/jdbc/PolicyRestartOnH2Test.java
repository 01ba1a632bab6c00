package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Policy versions across a restart on H2")
class PolicyRestartOnH2Test extends PolicyRestartContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
