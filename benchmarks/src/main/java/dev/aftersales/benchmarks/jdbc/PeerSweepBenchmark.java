package dev.aftersales.benchmarks.jdbc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aftersales.AfterSales;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.schema.SchemaMigrator;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The peer benchmark of issue 12, a single-shot program: the library's sweeper firing N due
 * complaint commitments (a CP-1 breach and a CP-8 escalation each) against kagkarlsson db-scheduler
 * executing N due one-time tasks with a no-op handler, on the same database (a database of their
 * own, {@value #DATABASE}), through the same connection pool (HikariCP, {@code workers + 1}
 * connections), with the same number of workers (the sweeper's {@code sweepWorkers}, the
 * scheduler's {@code threads}).
 *
 * <p>Reported per run: the seconds from the start to the last item done, items per second, and
 * transactions per item, counted on the client ({@link CountingDataSource}: commits, plus statements
 * run in auto-commit) and, on PostgreSQL, by the server ({@code pg_stat_database.xact_commit} of the
 * benchmark's database over the pool's life, which also holds the pool's and the set-up's own
 * transactions). The library runs twice: with listeners (no outbox: events go to a no-op listener
 * after the batch committed, then are marked delivered) and with the transactional outbox (events
 * go into the outbox in the batch's transaction); then its outbox publisher delivers the outbox's
 * events to a no-op listener (events per second, transactions per event). db-scheduler runs with
 * its default polling (fetch, then lock each on execute) and, on PostgreSQL, with lock-and-fetch
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED}; db-scheduler 16 refuses it on MariaDB). A warm-up
 * round of {@value #WARM_UP} items through each system comes first and is not reported.
 *
 * <pre>
 * mvn -o -B -q -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package dependency:build-classpath -Dmdep.outputFile=/tmp/peer-cp.txt
 * java -cp "benchmarks/target/classes:$(cat /tmp/peer-cp.txt)" dev.aftersales.benchmarks.jdbc.PeerSweepBenchmark \
 *     postgresql,mariadb 2000,10000 1,4
 * </pre>
 */
public final class PeerSweepBenchmark {

    static final String DATABASE = "aftersales_peer";
    private static final TablePrefix PREFIX = TablePrefix.of("peer_");
    private static final String TASK = "peer-task";
    private static final int WARM_UP = 1_000;

    private enum Db {
        POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
                "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?user=postgres&reWriteBatchedInserts=true",
                "CREATE TABLE IF NOT EXISTS scheduled_tasks (task_name TEXT NOT NULL, task_instance TEXT NOT NULL,"
                        + " task_data BYTEA, execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL,"
                        + " picked_by TEXT, last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE,"
                        + " consecutive_failures INT, last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL,"
                        + " priority SMALLINT, PRIMARY KEY (task_name, task_instance))",
                "CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time)",
                "CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat)",
                "CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)"),
        MARIADB("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=",
                "jdbc:mariadb://127.0.0.1:3306/" + DATABASE + "?user=root&password=",
                "CREATE TABLE IF NOT EXISTS scheduled_tasks (task_name VARCHAR(100) NOT NULL,"
                        + " task_instance VARCHAR(100) NOT NULL, task_data BLOB, execution_time TIMESTAMP(6) NOT NULL,"
                        + " picked BOOLEAN NOT NULL, picked_by VARCHAR(50), last_success TIMESTAMP(6) NULL,"
                        + " last_failure TIMESTAMP(6) NULL, consecutive_failures INT, last_heartbeat TIMESTAMP(6) NULL,"
                        + " version BIGINT NOT NULL, priority SMALLINT, PRIMARY KEY (task_name, task_instance),"
                        + " INDEX execution_time_idx (execution_time), INDEX last_heartbeat_idx (last_heartbeat),"
                        + " INDEX priority_execution_time_idx (priority DESC, execution_time ASC))");

        final String adminUrl;
        final String url;
        final String[] ddl;

        Db(String adminUrl, String url, String... ddl) {
            this.adminUrl = adminUrl;
            this.url = url;
            this.ddl = ddl;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        void create() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                if (this == POSTGRESQL) {
                    try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                        if (!rs.next()) {
                            st.execute("CREATE DATABASE " + DATABASE);
                        }
                    }
                } else {
                    st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
                }
            }
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String sql : ddl) {
                    st.execute(sql);
                }
            }
            try (HikariDataSource ds = pool(1)) {
                SchemaMigrator.create(ds).withPrefix(PREFIX).migrate();
            }
        }

        /** The server's count of committed transactions in the benchmark's database; -1 where not known. */
        long serverCommits() throws SQLException {
            if (this != POSTGRESQL) {
                return -1;
            }
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = '"
                         + DATABASE + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        HikariDataSource pool(int size) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(size);
            config.setPoolName("peer-" + name().toLowerCase(Locale.ROOT));
            return new HikariDataSource(config);
        }

        void analyze(Connection c, String... tables) throws SQLException {
            try (Statement st = c.createStatement()) {
                for (String t : tables) {
                    st.execute("ANALYZE " + (this == MARIADB ? "TABLE " : "") + t);
                }
            }
        }
    }

    /** One measured run. */
    private record Run(String what, int items, double seconds, long clientTx, long serverTx) {
        double rate() {
            return items / seconds;
        }

        String row(Db db, int n, int workers) {
            return String.format(Locale.ROOT, "| %s | %,d | %d | %s | %.2f | %,.0f | %.3f | %s |", db.name().toLowerCase(Locale.ROOT),
                    n, workers, what, seconds, rate(), (double) clientTx / items,
                    serverTx < 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) serverTx / items));
        }
    }

    private PeerSweepBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args databases ({@code postgresql,mariadb}), sizes ({@code 2000,10000}), workers ({@code 1,4})
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        List<Db> dbs = new ArrayList<>();
        for (String d : (args.length > 0 ? args[0] : "postgresql").split(",")) {
            dbs.add(Db.valueOf(d.trim().toUpperCase(Locale.ROOT)));
        }
        int[] sizes = ints(args.length > 1 ? args[1] : "2000,10000");
        int[] workers = ints(args.length > 2 ? args[2] : "1,4");
        System.out.println("| database | N | workers | system | seconds | items/s | tx/item (client) | tx/item (server) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Db db : dbs) {
            db.create();
            // warm-up, not reported: both systems' classes loaded and their hot paths compiled
            library(db, WARM_UP, 2, false);
            libraryWithOutbox(db, WARM_UP, 2);
            dbScheduler(db, WARM_UP, 2, false);
            for (int n : sizes) {
                for (int w : workers) {
                    Run listeners = library(db, n, w, false);
                    System.out.println(listeners.row(db, n, w));
                    Run[] outbox = libraryWithOutbox(db, n, w);
                    System.out.println(outbox[0].row(db, n, w));
                    System.out.println(outbox[1].row(db, n, w));
                    Run fetch = dbScheduler(db, n, w, false);
                    System.out.println(fetch.row(db, n, w));
                    double best = fetch.rate();
                    if (db == Db.POSTGRESQL) {
                        // db-scheduler 16 refuses lock-and-fetch polling on MariaDB
                        Run lockAndFetch = dbScheduler(db, n, w, true);
                        System.out.println(lockAndFetch.row(db, n, w));
                        best = Math.max(best, lockAndFetch.rate());
                    }
                    System.out.println(String.format(Locale.ROOT,
                            "| %s | %,d | %d | ratio to db-scheduler's faster polling | | listeners %.2fx, outbox %.2fx | | |",
                            db.name().toLowerCase(Locale.ROOT), n, w, listeners.rate() / best, outbox[0].rate() / best));
                }
            }
        }
    }

    private static int[] ints(String csv) {
        String[] parts = csv.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }

    private static final Clock SWEEP_CLOCK = Clock.fixed(JdbcWorkload.T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    /** db-scheduler reads the system clock to find due tasks, so its tasks are made due by that clock. */
    private static final Clock DB_SCHEDULER_CLOCK = Clock.systemUTC();
    private static int loads;

    private static void loadCommitments(Db db, int n) throws Exception {
        CommitmentEngine loader = JdbcWorkload.engine("peer" + (++loads));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            // emptied as after a fresh install: PostgreSQL's TRUNCATE leaves no statistics of an empty
            // table behind (an ANALYZE of the empty tables would make its planner scan whole
            // indexes once they fill during the run)
            if (db == Db.POSTGRESQL) {
                st.execute("TRUNCATE " + PREFIX.table("commitment") + ", " + PREFIX.table("commitment_firing") + ", "
                        + PREFIX.table("outbox"));
            } else {
                st.execute("DELETE FROM " + PREFIX.table("commitment_firing"));
                st.execute("DELETE FROM " + PREFIX.table("commitment"));
                st.execute("DELETE FROM " + PREFIX.table("outbox"));
            }
            JdbcWorkload.load(c, PREFIX, n, i -> JdbcWorkload.complaintReply(loader, "T-" + i,
                    JdbcWorkload.T0.plus(Duration.ofSeconds(i))));
            db.analyze(c, PREFIX.table("commitment"));
        }
        settle();
    }

    /** Lets the server publish the statistics of closed sessions. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_500);
    }

    private static AfterSales desk(CountingDataSource ds, int workers, boolean outbox) {
        JdbcStore.Builder store = JdbcStore.create(ds).tablePrefix(PREFIX);
        if (outbox) {
            store.outbox(SWEEP_CLOCK);
        }
        return AfterSales.builder().store(store.build()).clock(SWEEP_CLOCK).checkReferences(false)
                .sweeperName("peer").sweepWorkers(workers).listener(e -> { }).build();
    }

    private static Run library(Db db, int n, int workers, boolean outbox) throws Exception {
        loadCommitments(db, n);
        long server = db.serverCommits();
        double seconds;
        long tx;
        try (HikariDataSource pool = db.pool(workers + 1)) {
            CountingDataSource ds = new CountingDataSource(pool);
            try (AfterSales desk = desk(ds, workers, outbox)) {
                long tx0 = ds.transactions();
                long t0 = System.nanoTime();
                SweepReport report = desk.sweep();
                seconds = (System.nanoTime() - t0) / 1e9;
                tx = ds.transactions() - tx0;
                if (report.swept() != n || report.fired() != 2 * n) {
                    throw new IllegalStateException("the sweep did not fire every commitment: " + report);
                }
            }
        }
        settle();
        long serverTx = server < 0 ? -1 : db.serverCommits() - server;
        return new Run(outbox ? "aftersales sweep, outbox" : "aftersales sweep, listeners", n, seconds, tx, serverTx);
    }

    /** The sweep with the outbox, then the publisher delivering its 2N events. */
    private static Run[] libraryWithOutbox(Db db, int n, int workers) throws Exception {
        Run sweep = library(db, n, workers, true);
        long server = db.serverCommits();
        double seconds;
        long tx;
        int events = 0;
        try (HikariDataSource pool = db.pool(workers + 1)) {
            CountingDataSource ds = new CountingDataSource(pool);
            try (AfterSales desk = desk(ds, workers, true)) {
                long tx0 = ds.transactions();
                long t0 = System.nanoTime();
                for (int k = desk.publishPending(); k > 0; k = desk.publishPending()) {
                    events += k;
                }
                seconds = (System.nanoTime() - t0) / 1e9;
                tx = ds.transactions() - tx0;
            }
        }
        if (events != 2 * n) {
            throw new IllegalStateException("published " + events + " of " + 2 * n);
        }
        settle();
        long serverTx = server < 0 ? -1 : db.serverCommits() - server;
        return new Run[] {sweep, new Run("aftersales outbox publisher (events)", events, seconds, tx, serverTx)};
    }

    private static Run dbScheduler(Db db, int n, int workers, boolean lockAndFetch) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(db == Db.POSTGRESQL ? "TRUNCATE scheduled_tasks" : "DELETE FROM scheduled_tasks");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scheduled_tasks (task_name, task_instance,"
                    + " execution_time, picked, version, priority) VALUES (?, ?, ?, FALSE, 1, 0)")) {
                Timestamp due = Timestamp.from(DB_SCHEDULER_CLOCK.instant().minus(Duration.ofDays(1)));
                for (int i = 0; i < n; i++) {
                    ps.setString(1, TASK);
                    ps.setString(2, "t-" + i);
                    ps.setTimestamp(3, due);
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0 || i == n - 1) {
                        ps.executeBatch();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            db.analyze(c, "scheduled_tasks");
        }
        settle();
        long server = db.serverCommits();
        AtomicInteger done = new AtomicInteger();
        OneTimeTask<Void> task = Tasks.oneTime(TASK).execute((instance, context) -> done.incrementAndGet());
        double seconds;
        long tx;
        try (HikariDataSource pool = db.pool(workers + 1)) {
            CountingDataSource ds = new CountingDataSource(pool);
            SchedulerBuilder builder = Scheduler.create(ds, task).threads(workers).pollingInterval(Duration.ofMillis(100))
                    .tableName("scheduled_tasks");
            if (lockAndFetch) {
                builder.pollUsingLockAndFetch(0.5, 3.0);
            }
            Scheduler scheduler = builder.build();
            long tx0 = ds.transactions();
            long t0 = System.nanoTime();
            scheduler.start();
            while (done.get() < n || remaining(pool) > 0) {
                Thread.sleep(1);
            }
            seconds = (System.nanoTime() - t0) / 1e9;
            tx = ds.transactions() - tx0;
            scheduler.stop();
        }
        settle();
        long serverTx = server < 0 ? -1 : db.serverCommits() - server;
        return new Run(lockAndFetch ? "db-scheduler, lock-and-fetch" : "db-scheduler, fetch", n, seconds, tx, serverTx);
    }

    /** Rows left in the scheduler's table, read once every task ran (not counted on the client). */
    private static int remaining(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM scheduled_tasks")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
