package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Personal data on MariaDB")
class PersonalDataOnMariaDbTest extends PersonalDataContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
