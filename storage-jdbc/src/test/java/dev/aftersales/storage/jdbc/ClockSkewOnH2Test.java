package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Nodes with skewed clocks on H2")
class ClockSkewOnH2Test extends ClockSkewContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
