package dev.aftersales.benchmarks.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How many of the machine's processor cores were busy over an interval, from Linux's
 * {@code /proc/stat} (every process counts: the benchmark's JVM, the database server, and anything
 * else running). Shows whether a benchmark that shares the machine with its database is bound by
 * the processors: busy cores near the machine's count leave a second node nothing to gain.
 * Elsewhere than Linux it reports nothing.
 */
final class BusyCores {

    private static final Path STAT = Path.of("/proc/stat");

    private long busyAtStart;
    private long totalAtStart;
    private double busySum;
    private double busyMax;
    private int intervals;

    /** Starts an interval. */
    void start() {
        long[] t = ticks();
        busyAtStart = t[0];
        totalAtStart = t[1];
    }

    /** Ends the interval started last and adds it to the summary. */
    void stop() {
        long[] t = ticks();
        long total = t[1] - totalAtStart;
        if (total <= 0) {
            return;
        }
        double busy = (double) (t[0] - busyAtStart) / total * Runtime.getRuntime().availableProcessors();
        busySum += busy;
        busyMax = Math.max(busyMax, busy);
        intervals++;
    }

    /**
     * Describes the intervals measured.
     *
     * @return e.g. "busy cores 1.93 on average (max 1.98) of 2, over 8 intervals"
     */
    String summary() {
        if (intervals == 0) {
            return "busy cores: not measured (no /proc/stat)";
        }
        return String.format(Locale.ROOT, "busy cores %.2f on average (max %.2f) of %d, over %d intervals",
                busySum / intervals, busyMax, Runtime.getRuntime().availableProcessors(), intervals);
    }

    /** Returns the busy and the total ticks of all processors since boot, or zeros if unknown. */
    private static long[] ticks() {
        try {
            List<String> lines = Files.readAllLines(STAT);
            String[] f = lines.get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
