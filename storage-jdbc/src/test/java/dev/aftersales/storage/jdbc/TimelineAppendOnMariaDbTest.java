package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Append-only ticket timeline on MariaDB")
class TimelineAppendOnMariaDbTest extends TimelineAppendContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
