package dev.aftersales.commitment.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentPresets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every preset is written in docs/policies.md exactly as it is (rule SL-13), so the page cannot drift. */
class PoliciesDocTest {

    @Test
    void everyPresetBlockOfTheDocsIsThePreset() throws IOException {
        String md = Files.readString(Path.of("..", "docs", "policies.md"), StandardCharsets.UTF_8);
        List<CommitmentPolicy> documented = new ArrayList<>();
        String fence = "```policy\n";
        for (int at = md.indexOf(fence); at >= 0; at = md.indexOf(fence, at)) {
            int start = at + fence.length();
            int end = md.indexOf("```", start);
            documented.add(PolicyFormat.parse("docs/policies.md", md.substring(start, end),
                    CalendarRegistry.withReadyCalendars()));
            at = end + 3;
        }
        assertEquals(CommitmentPresets.all(), documented);
    }

    @Test
    @DisplayName("SL-13 every JSON block of the docs is a preset, exactly as PolicyJson writes it")
    void everyJsonBlockOfTheDocsIsAPresetAsWritten() throws IOException {
        String md = Files.readString(Path.of("..", "docs", "policies.md"), StandardCharsets.UTF_8);
        String fence = "```json policy\n";
        int blocks = 0;
        for (int at = md.indexOf(fence); at >= 0; at = md.indexOf(fence, at)) {
            int start = at + fence.length();
            int end = md.indexOf("```", start);
            String json = md.substring(start, end);
            CommitmentPolicy documented = PolicyJson.parse("docs/policies.md", json, CalendarRegistry.withReadyCalendars());
            CommitmentPolicy preset = CommitmentPresets.all().stream().filter(p -> p.id().equals(documented.id()))
                    .findFirst().orElseThrow(() -> new AssertionError("no preset " + documented.id()));
            assertEquals(preset, documented);
            assertEquals(PolicyJson.write(preset), json);
            blocks++;
            at = end + 3;
        }
        assertEquals(1, blocks, "the JSON blocks of docs/policies.md");
    }
}
