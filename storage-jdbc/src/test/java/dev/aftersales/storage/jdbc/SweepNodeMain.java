package dev.aftersales.storage.jdbc;

import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One sweeping node as a process of its own, for {@link MultiProcessSweepOnPostgreSqlTest}: its own
 * JVM, connection pool and store on a PostgreSQL schema. It prints {@code ready}, waits for a line
 * on standard input (so that the test starts all nodes together), sweeps once at the given instant,
 * writes the key of every event it delivered to a file, one per line, and prints its report.
 *
 * <p>Arguments: JDBC URL, schema, table prefix, node name, sweep instant, output file.
 */
public final class SweepNodeMain {

    private SweepNodeMain() {
    }

    /**
     * Runs the node.
     *
     * @param args URL, schema, prefix, node name, sweep instant, output file
     * @throws IOException if standard input or the output file fails
     */
    public static void main(String[] args) throws IOException {
        PGSimpleDataSource driver = TestDatabases.pg(args[0]);
        driver.setCurrentSchema(args[1]);
        TestDataSource pool = new TestDataSource(driver, List.of("SET TIME ZONE '" + TestDatabases.SESSION_ZONE + "'",
                // spares the wait for the WAL flush at each of the 20,000 commits: visibility, locks and
                // unique keys, which this test checks, are the same; durability is not under test
                "SET synchronous_commit = off"));
        JdbcStore store = JdbcStore.create(pool).tablePrefix(args[2]).build();
        Clock clock = Clock.fixed(Instant.parse(args[4]), ZoneOffset.UTC);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8))) {
            CommitmentSweeper sweeper = Contexts.sweeper(store, new CommitmentFixtures("m").engine,
                    clock, e -> out.println(e.key().text()), args[3], 100, CommitmentSweeper.DEFAULT_LEASE);
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            SweepReport r = sweeper.sweep();
            System.out.println("report swept=" + r.swept() + " fired=" + r.fired() + " failures=" + r.failures()
                    + " conflicts=" + r.conflicts());
        } finally {
            pool.closeIdle();
        }
    }
}
