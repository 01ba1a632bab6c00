package dev.aftersales.commitment.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text form of a policy round-trips exactly and names bad lines in English and Chinese (SL-13). */
class PolicyFormatTest {
    private final CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();

    private static PolicyFormatException fails(String text, String... parts) {
        PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFormat.parse("p.policy", text));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> e.getMessage() + " lacks " + part);
        }
        return e;
    }

    private static List<Integer> lines(PolicyFormatException e) {
        return e.problems().stream().map(PolicyFormatException.Problem::line).toList();
    }

    @Test
    void everyPresetRoundTripsExactly() {
        for (CommitmentPolicy preset : CommitmentPresets.all()) {
            String text = PolicyFormat.write(preset);
            assertEquals(preset, PolicyFormat.parse("preset", text, calendars), text);
        }
    }

    @Test
    void everyFieldRoundTrips() {
        CommitmentPolicy policy = CommitmentPolicy.builder("estate-e1-callback").version(3)
                .selecting(TicketSelector.kinds(TicketKind.REPAIR).withChannels(Channel.LETTER, Channel.HOTLINE)
                        .withEstates(EstateId.of("E-1"), EstateId.of("E-2")))
                .term(CommitmentTerm.builder("first").named("四小时内 \"联系\" 业主", " contact\tthe owner\n")
                        .rules("RP-2", "SL-7", "").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                        .withinBusinessTime(Duration.ofMinutes(250), "cn-office")
                        .pausesWhileWaiting(WaitingReason.FOR_OWNER).warnBefore(Duration.ofHours(1)).warnAtPercent(50)
                        .escalateAtBreach(Recipient.department("admin-hr"), Recipient.role("property-director")))
                .term(CommitmentTerm.builder("second").startsAfter("first")
                        .stopsOn(TicketStep.CLOSE).withinWorkingDays(2, "cn office")
                        .escalate(EscalationLevel.afterStart(Target.calendarTime(Duration.ofSeconds(-1, 5))))
                        .escalateAfterBreach(Target.businessTime(Duration.ofHours(2), "to"), Recipient.role("to"))
                        .warnBefore(Duration.ofNanos(1)))
                .build();
        assertEquals(policy, PolicyFormat.parse("p", PolicyFormat.write(policy)));
    }

    @Test
    void aMalformedLineIsNamedWithItsColumnInEnglishAndChinese() {
        fails("policy p\nversion 1\n\nterm t\n  start on RECIEVE\n  stop CLOSE\n  target calendar 24h\n",
                "p.policy:5:12: unknown ticket step 'RECIEVE'", "未知的工单步骤 'RECIEVE'",
                "p.policy:7:19: a duration is ISO-8601", "时长须用 ISO-8601 写法");
    }

    @Test
    void missingAndRepeatedFieldsAreNamed() {
        PolicyFormatException e = fails("policy p\nversion 1\nversion 2\nterm t\n  stop CLOSE\nwho knows\n",
                "'version' is given twice", "'version' 重复出现", "unknown term field 'who'");
        assertEquals(List.of(3, 6), lines(e));
        fails("policy p\nversion 1\nterm t\n  stop CLOSE\n", "p.policy:3: term t has no 'start' line",
                "条款 t 缺少 'start' 行");
        fails("version 1\n", "p.policy:1:1: the text starts with 'policy <id>'");
        fails("policy p\n  term \"t\n", "p.policy:2:8: a quoted word is not closed / 引号内的词没有结束引号");
    }

    @Test
    void everyValidationProblemIsNamedAtTheLineOfItsTerm() {
        String text = "policy p\nversion 1\n\nterm t\n  start on RECEIVE\n  target working-days 1 on nowhere\n"
                + "  warn percent 120\n";
        PolicyFormatException e = assertThrows(PolicyFormatException.class,
                () -> PolicyFormat.parse("p.policy", text, calendars));
        assertEquals(List.of(4, 4, 4), lines(e));
        for (String part : List.of("p.policy:4: NEVER_STOPS [t]", "条款 t：没有能结束条款的步骤", "UNKNOWN_CALENDAR [t]",
                "条款 t：未知的日历", "WARNING_AFTER_DEADLINE [t]")) {
            assertTrue(e.getMessage().contains(part), () -> e.getMessage() + " lacks " + part);
        }
    }
}
