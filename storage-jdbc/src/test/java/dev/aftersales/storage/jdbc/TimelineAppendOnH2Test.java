package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Append-only ticket timeline on H2")
class TimelineAppendOnH2Test extends TimelineAppendContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
