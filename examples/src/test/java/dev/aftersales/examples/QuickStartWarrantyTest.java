package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The QuickStart's warranty section prints the decisions it promises (rules WA-1, WA-2, WA-6). */
class QuickStartWarrantyTest {

    private static List<String> warrantySection() {
        return section("10. Warranty", "11. Warranty expiry reminders");
    }

    private static List<String> section(String from, String to) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no section " + from + " in the output");
        int end = to == null ? text.length() : text.indexOf(to, start);
        assertTrue(end >= 0, "no section " + to + " in the output");
        return Arrays.stream(text.substring(start, end).split("\\R")).skip(1).filter(l -> !l.isBlank()
                && !l.startsWith("---") && !l.startsWith("===")).toList();
    }

    @Test
    @DisplayName("WA-1 WA-2 WA-6 the QuickStart decides a covered leak, an expired lamp and an excluded alteration in both languages, and records two decisions on the repair ticket")
    void warrantySectionOutput() {
        List<String> lines = warrantySection();
        assertEquals(9, lines.size(), String.join("\n", lines));
        assertEquals("  Defect of Pipe leaks on 2025-06-17: under warranty, covered through 2027-04-29"
                + " (the contractor's term from completion acceptance decided; handover 2025-06-16; rule WA-5).",
                lines.get(0));
        assertTrue(lines.get(1).contains("2027-04-29"), lines.get(1));
        assertTrue(lines.get(2).contains("expired since 2027-04-30"), lines.get(2));
        assertTrue(lines.get(2).endsWith("A paid repair is offered (rule WA-2)."), lines.get(2));
        assertTrue(lines.get(4).contains("excluded from the warranty: the owner's own addition or alteration;"
                + " recorded reason: partition wall moved by the owner's fitter"), lines.get(4));
        assertTrue(lines.get(6).matches("  ticket \\S+ decision 1: COVERED by S-21"), lines.get(6));
        assertTrue(lines.get(7).matches("  ticket \\S+ decision 2: EXCLUDED by S-21"), lines.get(7));
        assertTrue(lines.get(8).matches("  ticket \\S+ paid repair: true"), lines.get(8));
    }

    @Test
    @DisplayName("WA-4 the QuickStart's sweep a month before the first term ends fires its reminder once, due at 00:00 in Shanghai")
    void reminderSectionOutput() {
        List<String> lines = section("11. Warranty expiry reminders", null);
        assertTrue(lines.get(0).startsWith("  first term of E1-A-1-101 to end: "), lines.get(0));
        java.time.LocalDate end = java.time.LocalDate.parse(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
        java.time.Instant due = end.minusMonths(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        java.util.regex.Matcher sweep = java.util.regex.Pattern.compile("  sweep at " + due + ": (\\d+) reminder\\(s\\) fired")
                .matcher(lines.get(1));
        assertTrue(sweep.matches(), lines.get(1));
        int fired = Integer.parseInt(sweep.group(1));
        assertTrue(fired >= 1);
        assertEquals(3 + fired, lines.size(), String.join("\n", lines));
        for (String line : lines.subList(2, 2 + fired)) {
            assertTrue(line.matches("  remind the owner of E1-A-1-101: [a-z-]+ covered through " + end.minusDays(1)
                    + " \\(reminder due " + due + "\\)"), line);
        }
        assertEquals("  sweep again: 0 reminder(s) fired", lines.get(2 + fired));
    }
}
