package dev.aftersales.property;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.common.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A single-threaded stand-in for a store, for the service tests of core (which cannot depend on
 * storage-memory). A failing unit of work restores every table. The real adapters are checked by the
 * TCK in the testkit module. Public for the ticket tests, whose intake looks references up in the
 * property register.
 */
public final class FakePropertyStore implements UnitOfWork {

    /** One table keyed by id text, with optimistic versions. */
    static final class Table<R extends Versioned<R>> {
        private Map<String, R> rows = new TreeMap<>();

        R save(R record) {
            R stored = rows.get(record.idText());
            long actual = stored == null ? -1 : stored.version();
            boolean ok = record.version() == 0 ? stored == null : actual == record.version();
            if (!ok) {
                throw new StaleWriteException(record.getClass().getSimpleName(), record.idText(), record.version(), actual);
            }
            R next = record.withVersion(record.version() + 1);
            rows.put(record.idText(), next);
            return next;
        }

        Optional<R> find(String id) {
            return Optional.ofNullable(rows.get(id));
        }

        List<R> select(Predicate<R> filter, Comparator<R> order) {
            List<R> out = new ArrayList<>(rows.values().stream().filter(filter).toList());
            out.sort(order);
            return out;
        }

        int size() {
            return rows.size();
        }
    }

    final Table<Estate> estateTable = new Table<>();
    final Table<Plot> plotTable = new Table<>();
    final Table<Building> buildingTable = new Table<>();
    final Table<Unit> unitTable = new Table<>();
    final Table<Owner> ownerTable = new Table<>();
    final Table<Ownership> ownershipTable = new Table<>();
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        List<Table<?>> tables = List.of(estateTable, plotTable, buildingTable, unitTable, ownerTable, ownershipTable);
        List<Map<?, ?>> snapshots = new ArrayList<>();
        tables.forEach(t -> snapshots.add(new TreeMap<>(t.rows)));
        depth++;
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (depth == 1) {
                for (int i = 0; i < tables.size(); i++) {
                    restore(tables.get(i), snapshots.get(i));
                }
            }
            throw e;
        } finally {
            depth--;
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Versioned<R>> void restore(Table<R> table, Map<?, ?> snapshot) {
        table.rows = (Map<String, R>) snapshot;
    }

    private static <R extends Versioned<R>> Comparator<R> byId() {
        return Comparator.comparing(Versioned::idText);
    }

    public EstateRepository estates() {
        return new EstateRepository() {
            public Estate saveEstate(Estate e) { return estateTable.save(e); }
            public Optional<Estate> findEstate(EstateId id) { return estateTable.find(id.value()); }
            public Page<Estate> findEstates(PageRequest p) { return Page.slice(estateTable.select(e -> true, byId()), p); }
            public Plot savePlot(Plot plot) { return plotTable.save(plot); }
            public Optional<Plot> findPlot(PlotId id) { return plotTable.find(id.value()); }
            public Page<Plot> findPlotsOfEstate(EstateId e, PageRequest p) {
                return Page.slice(plotTable.select(x -> x.estate().equals(e), byId()), p);
            }
            public Building saveBuilding(Building b) { return buildingTable.save(b); }
            public Optional<Building> findBuilding(BuildingId id) { return buildingTable.find(id.value()); }
            public Page<Building> findBuildingsOfPlot(PlotId plot, PageRequest p) {
                return Page.slice(buildingTable.select(x -> x.plot().equals(plot), byId()), p);
            }
            public Page<Building> findBuildingsOfEstate(EstateId e, PageRequest p) {
                return Page.slice(buildingTable.select(x -> x.estate().equals(e), byId()), p);
            }
            public long countBuildingsOfPlot(PlotId plot) {
                return buildingTable.select(x -> x.plot().equals(plot), byId()).size();
            }
        };
    }

    public UnitRepository units() {
        return new UnitRepository() {
            public Unit save(Unit u) { return unitTable.save(u); }
            public Optional<Unit> findById(UnitId id) { return unitTable.find(id.value()); }
            public Page<Unit> findByBuilding(BuildingId b, PageRequest p) {
                return Page.slice(unitTable.select(u -> u.building().equals(b), byId()), p);
            }
            public Page<Unit> findByPlot(PlotId plot, PageRequest p) {
                return Page.slice(unitTable.select(u -> u.plot().equals(plot), byId()), p);
            }
            public Page<Unit> findByEstate(EstateId e, PageRequest p) {
                return Page.slice(unitTable.select(u -> u.estate().equals(e), byId()), p);
            }
            public UnitCounts countByPlot(PlotId plot) {
                return UnitCounts.tally(unitTable.select(u -> u.plot().equals(plot), byId()));
            }
        };
    }

    public OwnerRepository owners() {
        return new OwnerRepository() {
            public Owner save(Owner o) { return ownerTable.save(o); }
            public Optional<Owner> findById(OwnerId id) { return ownerTable.find(id.value()); }
            public Page<Owner> findAll(PageRequest p) { return Page.slice(ownerTable.select(o -> true, byId()), p); }
        };
    }

    public OwnershipRepository ownerships() {
        return new OwnershipRepository() {
            public Ownership save(Ownership o) { return ownershipTable.save(o); }
            public Optional<Ownership> findById(OwnershipId id) { return ownershipTable.find(id.value()); }
            public Page<Ownership> findByUnit(UnitId unit, PageRequest p) {
                return Page.slice(ownershipTable.select(o -> o.unit().equals(unit),
                        Comparator.comparing(Ownership::contractSignedOn).thenComparing(Ownership::idText)), p);
            }
            public Page<Ownership> findCurrentByOwner(OwnerId owner, PageRequest p) {
                return Page.slice(ownershipTable.select(o -> o.isCurrent() && o.isOwnedBy(owner),
                        Comparator.comparing((Ownership o) -> o.unit().value()).thenComparing(Ownership::idText)), p);
            }
        };
    }
}
