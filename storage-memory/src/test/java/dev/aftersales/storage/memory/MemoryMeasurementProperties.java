package dev.aftersales.storage.memory;

import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.testkit.tck.KpiWorlds;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The memory adapter's figures, computed over only the tickets and commitments it selects, equal the
 * reference definitions over everything stored (rules MS-1, MS-3, RP-6).
 */
class MemoryMeasurementProperties {

    @Property(tries = 200)
    void ms1Ms3Rp6MemoryFiguresEqualTheReference(@ForAll("worlds") KpiWorlds.World world,
                                                 @ForAll("queries") List<MeasurementQuery> queries) {
        MemoryStore store = MemoryStore.create();
        store.run(() -> {
            world.tickets().forEach(store.tickets()::save);
            world.commitments().forEach(store.commitments()::save);
        });
        for (MeasurementQuery q : queries) {
            assertEquals(ReferenceMeasurement.kpis(q, world.tickets(), world.commitments()), store.measurements().kpis(q));
            assertEquals(ReferenceMeasurement.dissatisfied(q, world.tickets()), store.measurements().dissatisfied(q));
            assertEquals(ReferenceMeasurement.ticketTimes(q, world.tickets(), world.commitments()),
                    store.measurements().ticketTimes(q));
            assertEquals(ReferenceMeasurement.breaches(q.period(), q.scope(), world.commitments()),
                    store.measurements().breaches(q.period(), q.scope()));
        }
    }

    @Provide
    Arbitrary<KpiWorlds.World> worlds() {
        return KpiWorlds.worlds();
    }

    @Provide
    Arbitrary<List<MeasurementQuery>> queries() {
        return KpiWorlds.queries().list().ofMinSize(1).ofMaxSize(4);
    }
}
