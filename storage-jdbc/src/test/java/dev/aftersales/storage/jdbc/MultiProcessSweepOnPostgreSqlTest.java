package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.storage.jdbc.commitment.JdbcCommitmentRepository;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several sweeping nodes as separate JVM processes on one PostgreSQL schema (rules SL-8, SL-9):
 * two {@link SweepNodeMain} processes, started together over 10,000 due commitments; every
 * warning, breach and escalation is recorded exactly once and delivered by exactly one process,
 * none is missed, and both processes took part.
 */
@DisplayName("Several sweeping processes on PostgreSQL")
class MultiProcessSweepOnPostgreSqlTest extends DatabaseTest {

    private static final int COMMITMENTS = MultiNodeSweepContract.COMMITMENTS;
    private static final Pattern REPORT = Pattern.compile("report swept=(\\d+) fired=(\\d+) failures=(\\d+) .*");

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Test
    @DisplayName("SL-8, SL-9 two JVM processes sweep 10,000 due commitments: each firing recorded and delivered once")
    void twoProcessesFireEachExactlyOnce(@TempDir Path dir) throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        DueCommitments.load(store.commitments(), store, COMMITMENTS);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> nodes = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        List<Path> delivered = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            Path out = dir.resolve("node-" + n + ".keys");
            delivered.add(out);
            Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    SweepNodeMain.class.getName(), TestDatabases.postgresUrl(), db.name(), prefix.value(), "node-" + n,
                    DueCommitments.SWEEP_AT.toString(), out.toString()).redirectErrorStream(true).start();
            nodes.add(p);
            outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        List<String> logs = new ArrayList<>();
        try {
            for (BufferedReader r : outputs) {
                String line;
                while ((line = r.readLine()) != null && !line.equals("ready")) {
                    logs.add(line);
                }
                assertNotNull(line, () -> "a node ended before it was ready:\n" + String.join("\n", logs));
            }
            for (Process p : nodes) {
                try (OutputStream in = p.getOutputStream()) {
                    in.write("go\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            int swept = 0;
            int fired = 0;
            for (int i = 0; i < nodes.size(); i++) {
                Matcher report = null;
                String line;
                while ((line = outputs.get(i).readLine()) != null) {
                    logs.add(line);
                    Matcher m = REPORT.matcher(line);
                    if (m.matches()) {
                        report = m;
                    }
                }
                assertTrue(nodes.get(i).waitFor(120, TimeUnit.SECONDS), "node " + (i + 1) + " ended");
                assertEquals(0, nodes.get(i).exitValue(), () -> String.join("\n", logs));
                assertNotNull(report, () -> "no report:\n" + String.join("\n", logs));
                assertEquals("0", report.group(3), "failures");
                int nodeSwept = Integer.parseInt(report.group(1));
                assertTrue(nodeSwept > 0, "node " + (i + 1) + " took part");
                swept += nodeSwept;
                fired += Integer.parseInt(report.group(2));
            }
            assertEquals(COMMITMENTS, swept, "each commitment completed once");
            assertEquals(COMMITMENTS * CommitmentFixtures.FIRINGS, fired);
        } finally {
            for (Process p : nodes) {
                p.destroyForcibly();
            }
        }
        Set<String> keys = new HashSet<>();
        for (Path out : delivered) {
            for (String key : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                assertTrue(keys.add(key), () -> "delivered by both processes: " + key);
            }
        }
        assertEquals(DueCommitments.expectedKeys(COMMITMENTS), keys, "every owed firing delivered, none missed");
        DueCommitments.assertEachFiredOnce(db, prefix, new JdbcCommitmentRepository(new JdbcRunner(store.transactions()),
                prefix), COMMITMENTS, null);
    }

}
