package dev.aftersales.testkit.light;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.AdjustableClock;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.calendar.MinuteSteppingCalendar;
import dev.aftersales.testkit.commitment.CommitmentScenario;
import dev.aftersales.testkit.commitment.ReferenceSimulation;
import dev.aftersales.testkit.commitment.SlaAssertions;
import dev.aftersales.testkit.commitment.TicketEventScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The light helpers of the testkit ({@link TestClock}, {@link LogCapture}, {@link CommitmentScenario},
 * {@link TicketEventScript}, {@link SlaAssertions}, {@link ReferenceSimulation},
 * {@link MinuteSteppingCalendar}) work with JUnit and jqwik absent, which the testkit declares as
 * optional dependencies: a user's test class path gets them only if the user adds them.
 */
class LightHelpersWithoutJUnitTest {

    private static final List<Class<?>> LIGHT = List.of(TestClock.class, LogCapture.class, CommitmentScenario.class,
            TicketEventScript.class, SlaAssertions.class, ReferenceSimulation.class, MinuteSteppingCalendar.class);

    private static final Pattern TESTKIT_CLASS = Pattern.compile("dev/aftersales/testkit/[A-Za-z0-9_/$]+");

    @Test
    @DisplayName("a commitment check with TestClock, CommitmentScenario and SlaAssertions runs where JUnit and jqwik are absent")
    void runsOnAClassPathWithoutJUnitAndJqwik() throws Exception {
        List<URL> path = new ArrayList<>();
        for (Class<?> c : List.of(LightHelpersUsage.class, TestClock.class, AdjustableClock.class,
                org.slf4j.Logger.class, org.slf4j.simple.SimpleLogger.class, jakarta.validation.Validation.class,
                org.hibernate.validator.HibernateValidator.class, org.jboss.logging.Logger.class,
                com.fasterxml.classmate.TypeResolver.class)) {
            path.add(c.getProtectionDomain().getCodeSource().getLocation());
        }
        try (URLClassLoader coreAndHelpers = new URLClassLoader(path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            for (String absent : List.of("org.junit.jupiter.api.Assertions", "org.opentest4j.AssertionFailedError",
                    "net.jqwik.api.Arbitrary")) {
                assertThrows(ClassNotFoundException.class, () -> Class.forName(absent, false, coreAndHelpers), absent);
            }
            Class<?> usage = Class.forName(LightHelpersUsage.class.getName(), true, coreAndHelpers);
            assertTrue(usage != LightHelpersUsage.class, "loaded apart from the test's own class path");
            @SuppressWarnings("unchecked")
            Supplier<String> check = (Supplier<String>) usage.getConstructor().newInstance();
            assertEquals("3 fired, breached at 2025-03-10T07:30:00Z, simulated 2025-03-10T07:30:00Z, "
                    + "a wrong expectation throws java.lang.AssertionError", check.get());
        }
    }

    @Test
    @DisplayName("no light helper, nor any testkit class it uses, refers to a JUnit, opentest4j or jqwik class")
    void lightHelpersReferToNoTestFramework() throws IOException, URISyntaxException {
        Path classes = Path.of(TestClock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Class<?> c : LIGHT) {
            todo.add(c.getName().replace('.', '/'));
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            Path file = classes.resolve(outer + ".class");
            if (!seen.add(outer) || !Files.exists(file)) {
                continue;
            }
            List<Path> parts = new ArrayList<>();
            parts.add(file);
            String simple = file.getFileName().toString().replace(".class", "");
            try (Stream<Path> nested = Files.list(file.getParent())) {
                nested.filter(p -> p.getFileName().toString().startsWith(simple + "$")).forEach(parts::add);
            }
            for (Path part : parts) {
                String text = new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1);
                for (String framework : List.of("org/junit", "org/opentest4j", "net/jqwik")) {
                    assertTrue(!text.contains(framework), part + " refers to " + framework);
                }
                Matcher m = TESTKIT_CLASS.matcher(text);
                while (m.find()) {
                    todo.add(m.group());
                }
            }
        }
        assertTrue(seen.size() >= LIGHT.size(), seen.toString());
    }
}
