package dev.aftersales.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Captures what is written to the standard output and error streams while it is open: the log
 * lines of a console backend such as slf4j-simple (standard error) or Logback's console appender
 * (standard output). Tests that make a listener fail on purpose keep the build output quiet with
 * it and can assert on the warning, or check that the logs hold no personal data (rule EU-4).
 * The streams in place before are restored on {@link #close()}. The streams are the JVM's, so
 * output of other threads in that time is captured too. Needs no JUnit or jqwik class.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     desk.sweep();                                    // a listener fails on purpose
 *     assertEquals(1, log.linesContaining("listener failed").size());
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private final PrintStream originalOut;
    private final PrintStream originalErr;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private LogCapture() {
        originalOut = System.out;
        originalErr = System.err;
        PrintStream into = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(into);
        System.setErr(into);
    }

    /**
     * Starts capturing both standard streams.
     *
     * @return the capture; close it to restore the streams
     */
    public static LogCapture start() {
        return new LogCapture();
    }

    /**
     * Runs work with both standard streams captured and the capture dropped: for a test that makes
     * something fail on purpose and has no use for the warning it logs.
     *
     * @param work the work
     * @param <T>  the result type
     * @return what the work returned
     */
    public static <T> T quietly(Supplier<T> work) {
        LogCapture capture = start();
        try {
            return work.get();
        } finally {
            capture.close();
        }
    }

    /**
     * Returns everything captured so far.
     *
     * @return the text
     */
    public String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * Returns the captured lines that contain a text.
     *
     * @param part the text to look for
     * @return the lines, in order
     */
    public List<String> linesContaining(String part) {
        return text().lines().filter(l -> l.contains(part)).toList();
    }

    /** Restores the streams that were in place when the capture started. */
    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
