package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Personal data on PostgreSQL")
class PersonalDataOnPostgreSqlTest extends PersonalDataContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
