package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Personal data on H2")
class PersonalDataOnH2Test extends PersonalDataContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
