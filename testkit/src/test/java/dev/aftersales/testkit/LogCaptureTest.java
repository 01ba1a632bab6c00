package dev.aftersales.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Capturing log lines in a test, so that failures provoked on purpose keep the build output quiet. */
class LogCaptureTest {

    @Test
    @DisplayName("captures SLF4J warnings and both standard streams, then restores the streams")
    void capturesAndRestores() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        String text;
        List<String> warnings;
        try (LogCapture log = LogCapture.start()) {
            LoggerFactory.getLogger(LogCaptureTest.class).warn("listener failed on event {}", "E-1");
            System.out.println("to standard output");
            text = log.text();
            warnings = log.linesContaining("listener failed");
        }
        assertSame(out, System.out);
        assertSame(err, System.err);
        assertEquals(1, warnings.size(), text);
        assertTrue(warnings.get(0).contains("WARN") && warnings.get(0).endsWith("listener failed on event E-1"), text);
        assertTrue(text.contains("to standard output"), text);
    }

    @Test
    @DisplayName("nested captures each restore what they replaced")
    void nested() {
        PrintStream err = System.err;
        try (LogCapture outer = LogCapture.start()) {
            try (LogCapture inner = LogCapture.start()) {
                System.err.println("inner");
                assertEquals(List.of("inner"), inner.linesContaining("inner"));
            }
            System.err.println("outer");
            assertEquals(List.of("outer"), outer.linesContaining("er"));
        }
        assertSame(err, System.err);
    }

    @Test
    @DisplayName("quietly runs the work with the streams captured, returns its result and restores the streams")
    void quietly() {
        PrintStream err = System.err;
        int result = LogCapture.quietly(() -> {
            LoggerFactory.getLogger(LogCaptureTest.class).warn("dropped");
            return 42;
        });
        assertEquals(42, result);
        assertSame(err, System.err);
    }
}
