package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.testkit.tck.KpiWorlds;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database's aggregate queries give exactly the figures of the reference definitions (rules
 * MS-1, MS-3, RP-6), and the tickets' times for the working-time figures (MS-1), on random worlds of tickets and commitments and random queries, on H2, PostgreSQL and MariaDB.
 */
class MeasurementAgreesWithReferenceProperties {

    private static final java.util.Map<DatabaseKind, TckDatabase> DATABASES = new java.util.EnumMap<>(DatabaseKind.class);

    @AfterContainer
    static void close() {
        DATABASES.values().forEach(TckDatabase::close);
        DATABASES.clear();
    }

    @Property(tries = 60)
    void ms1Ms3Rp6OnH2(@ForAll("worlds") KpiWorlds.World world, @ForAll("queries") List<MeasurementQuery> queries) {
        check(DatabaseKind.H2, world, queries);
    }

    @Property(tries = 15)
    void ms1Ms3Rp6OnPostgreSql(@ForAll("worlds") KpiWorlds.World world, @ForAll("queries") List<MeasurementQuery> queries) {
        check(DatabaseKind.POSTGRESQL, world, queries);
    }

    @Property(tries = 15)
    void ms1Ms3Rp6OnMariaDb(@ForAll("worlds") KpiWorlds.World world, @ForAll("queries") List<MeasurementQuery> queries) {
        check(DatabaseKind.MARIADB, world, queries);
    }

    private static void check(DatabaseKind kind, KpiWorlds.World world, List<MeasurementQuery> queries) {
        AfterSalesStore store = DATABASES.computeIfAbsent(kind, TckDatabase::open).freshStore();
        store.inTransaction(() -> {
            world.tickets().forEach(store.tickets()::save);
            world.commitments().forEach(store.commitments()::save);
            return null;
        });
        for (MeasurementQuery q : queries) {
            assertEquals(ReferenceMeasurement.kpis(q, world.tickets(), world.commitments()), store.measurements().kpis(q),
                    () -> "query " + q);
            assertEquals(ReferenceMeasurement.dissatisfied(q, world.tickets()), store.measurements().dissatisfied(q));
            assertEquals(ReferenceMeasurement.ticketTimes(q, world.tickets(), world.commitments()),
                    store.measurements().ticketTimes(q), () -> "ticket times (MS-1 working time) of " + q);
            assertEquals(ReferenceMeasurement.breaches(q.period(), q.scope(), world.commitments()),
                    store.measurements().breaches(q.period(), q.scope()), () -> "breaches of " + q);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<KpiWorlds.World> worlds() {
        return KpiWorlds.worlds();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<MeasurementQuery>> queries() {
        return KpiWorlds.queries().list().ofMinSize(1).ofMaxSize(4);
    }
}
