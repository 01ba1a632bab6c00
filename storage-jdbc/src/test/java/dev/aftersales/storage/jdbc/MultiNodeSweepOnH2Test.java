package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Several sweeping nodes on H2")
class MultiNodeSweepOnH2Test extends MultiNodeSweepContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
