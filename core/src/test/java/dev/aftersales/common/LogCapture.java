package dev.aftersales.common;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what is written to the standard output and error streams while it is open, where the
 * tests' SLF4J backend (slf4j-simple) writes its log lines: tests that make a listener fail on
 * purpose keep the build output quiet and can assert on the warning (rule EU-4 checks read it for
 * personal data). The streams in place before are restored on {@link #close()}.
 *
 * <p>The same helper is public in the testkit ({@code dev.aftersales.testkit.LogCapture}) for the
 * other modules; core's tests cannot depend on the testkit, which depends on core.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     publisher.publish(events);
 *     assertTrue(log.text().contains("failed on event"));
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
