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
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON form of a policy round-trips exactly and names every problem in English and Chinese (SL-13). */
class PolicyJsonTest {

    private final CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();

    private static final String VALID = """
            {
              "policy": "p",
              "version": 1,
              "terms": [
                {
                  "key": "t",
                  "start": {"on": ["RECEIVE"]},
                  "stop": ["CLOSE"],
                  "target": {"kind": "calendar", "duration": "PT24H"}
                }
              ]
            }
            """;

    private static PolicyFormatException fails(String json, String... parts) {
        PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyJson.parse("p.json", json));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> e.getMessage() + "\n  lacks " + part);
        }
        return e;
    }

    private static List<String> places(PolicyFormatException e) {
        return e.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
    }

    @Test
    @DisplayName("SL-13 every preset, with and without the CP-8 escalation, round-trips exactly and validates")
    void everyPresetRoundTrips() {
        for (CommitmentPolicy preset : CommitmentPresets.all()) {
            String json = PolicyJson.write(preset);
            assertEquals(preset, PolicyJson.parse("preset", json, calendars), json);
            CommitmentPolicy escalated = CommitmentPresets.withCp8Escalation(preset);
            assertEquals(escalated, PolicyJson.parse("preset", PolicyJson.write(escalated), calendars));
        }
    }

    @Test
    @DisplayName("SL-13 every field the builders can set round-trips, also values that do not validate and any text")
    void everyFieldRoundTrips() {
        CommitmentPolicy policy = CommitmentPolicy.builder("estate-e1-callback").version(-3)
                .selecting(TicketSelector.kinds(TicketKind.REPAIR, TicketKind.COMPLAINT)
                        .withUrgencies(Urgency.EMERGENCY).withSeverities(Severity.IMPORTANT, Severity.SEVERE)
                        .withChannels(Channel.LETTER, Channel.of("DOUYIN"))
                        .withEstates(EstateId.of("E-1"), EstateId.of("E-2")))
                .term(CommitmentTerm.builder("first").named("四小时内 \"联系\" 业主\u2028", " contact\tthe owner\n\b\f\u0001")
                        .rules("RP-2", "", "\\", "\uD800 lone", "\uDC00", "pair \uD83D\uDE00", "/")
                        .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                        .withinBusinessTime(Duration.ofMinutes(250), "cn-office")
                        .pausesWhileWaiting(WaitingReason.FOR_OWNER, WaitingReason.FOR_THIRD_PARTY)
                        .takesAgreedDeadlineOn(TicketStep.AGREE_VISIT)
                        .warnBefore(Duration.ofHours(1)).warnAtPercent(150).warnAtPercent(Integer.MIN_VALUE)
                        .escalateAtBreach(Recipient.department("admin-hr"), Recipient.role("property-director")))
                .term(CommitmentTerm.builder("second").startsAfter("first with spaces", TicketStep.CLOSE)
                        .withinWorkingDays(Integer.MAX_VALUE, "cn office")
                        .escalate(EscalationLevel.afterStart(Target.calendarTime(Duration.ofSeconds(-1, 5))))
                        .escalateAfterBreach(Target.agreedTime())
                        .escalateAfterBreach(Target.workingDays(0, ""), Recipient.role("to"))
                        .warnBefore(Duration.ofNanos(1)))
                .term(CommitmentTerm.builder("third").startsOn().target(Target.agreedTime()))
                .build();
        String json = PolicyJson.write(policy);
        assertEquals(policy, PolicyJson.parse("p", json), json);
        CommitmentPolicy empty = CommitmentPolicy.builder("empty").build();
        assertEquals(empty, PolicyJson.parse("p", PolicyJson.write(empty)));
    }

    @Test
    @DisplayName("SL-13 a valid text parses to the policy the builder makes; an empty array selects any ticket")
    void parsesTheShapeItDocuments() {
        CommitmentPolicy expected = CommitmentPolicy.builder("p").term(CommitmentTerm.builder("t")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CLOSE).within(Duration.ofHours(24))).build();
        assertEquals(expected, PolicyJson.parse("p.json", VALID, calendars));
        assertEquals(expected, PolicyJson.parse("p.json", VALID.replace("\"version\": 1,",
                "\"version\": 1, \"selector\": {\"kinds\": []},")));
    }

    @Test
    @DisplayName("SL-13 a JSON syntax error names the line and column in English and Chinese")
    void syntaxErrorsAreNamed() {
        PolicyFormatException e = fails(VALID.replace("\"CLOSE\"]", "\"CLOSE\",]"),
                "p.json:8:24: trailing ',' before ']'", "']' 之前多了一个 ','");
        assertEquals(1, e.problems().size());
        fails("{\"policy\": \"p\", // note\n}", "p.json:1:17: comments are not JSON", "JSON 不允许注释");
        fails("", "p.json:1:1: no JSON value: the text is empty", "没有 JSON 值：文本为空");
        fails("{\"version\": 01}", "p.json:1:13: numbers have no leading zeros", "数字不能有前导零");
    }

    @Test
    @DisplayName("SL-13 a member given twice is an error at its second place, naming the first")
    void duplicateMembersAreErrors() {
        fails(VALID.replace("\"version\": 1,", "\"version\": 1, \"version\": 2,"),
                "p.json:3:17: duplicate member 'version' (also at line 3, column 3)",
                "成员 'version' 重复（另见第 3 行第 3 列）");
    }

    @Test
    @DisplayName("SL-13 unknown members, wrong types and missing members are each named at once, in line order")
    void everyMalformedMemberIsNamed() {
        String json = """
                {
                  "policy": "p",
                  "version": "1",
                  "selectors": {},
                  "terms": [
                    {
                      "key": "t",
                      "start": {"on": ["RECIEVE"]},
                      "stop": "CLOSE",
                      "target": {"kind": "calendar", "duration": "24h"},
                      "warnings": [{"percent": 75, "before": "PT1H"}],
                      "escalations": [{"from": "breach", "after": {"kind": "agreed"}, "to": ["boss"]}]
                    },
                    {"key": "u", "start": {"on": []}, "target": {"kind": "agreed", "days": 1}},
                    {"key": "v w", "start": {"after": "t"}},
                    7
                  ]
                }
                """;
        PolicyFormatException e = fails(json,
                "p.json:3:14: 'version' is a whole number from -2147483648 to 2147483647, got a string",
                "'version' 须为 -2147483648 至 2147483647 的整数，却是字符串",
                "p.json:4:3: unknown member 'selectors' of the policy (known: policy, version, selector, terms)",
                "制度中有未知的成员 'selectors'",
                "p.json:8:24: unknown ticket step 'RECIEVE'", "未知的工单步骤 'RECIEVE'",
                "p.json:9:15: 'stop' is an array, got a string", "'stop' 须为数组，却是字符串",
                "p.json:10:50: a duration is ISO-8601", "时长须用 ISO-8601 写法",
                "p.json:11:20: a warning is {\"percent\": <n>} or {\"before\": \"<duration>\"}",
                "p.json:12:78: a recipient is department:<id> or role:<id>, got 'boss'",
                "p.json:14:68: unknown member 'days' of 'target' of kind agreed (known: kind)",
                "p.json:15:13: 'key' (the term key) must be", "'key'（条款键）须为 1 至 64 个",
                "p.json:15:5: the term has no 'target'", "条款缺少 'target'",
                "p.json:16:5: a term is an object, got a number", "条款须为对象，却是数字");
        assertEquals(List.of("3:14", "4:3", "8:24", "9:15", "10:50", "11:20", "12:78", "14:68", "15:5", "15:13", "16:5"),
                places(e));
    }

    @Test
    @DisplayName("SL-13 a missing required member is named at the object that lacks it")
    void missingMembersAreNamed() {
        fails("{\"policy\": \"p\", \"terms\": []}", "p.json:1:1: the policy has no 'version'", "制度缺少 'version'");
        fails(VALID.replace("\"start\": {\"on\": [\"RECEIVE\"]},", ""), "p.json:5:5: term t has no 'start'",
                "条款 t 缺少 'start'");
        fails(VALID.replace("{\"kind\": \"calendar\", \"duration\": \"PT24H\"}", "{\"kind\": \"business\", \"duration\": \"PT8H\"}"),
                "'target' has no 'calendar'");
        fails(VALID.replace("\"stop\": [\"CLOSE\"]", "\"stop\": [\"CLOSE\", \"CLOSE\"]"),
                "'CLOSE' is given twice in 'stop'", "'stop' 中 'CLOSE' 重复出现");
    }

    @Test
    @DisplayName("SL-13 validation problems are named at the term concerned, or at the policy, in both languages")
    void validationProblemsAreNamedAtTheirTerm() {
        PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyJson.parse("p.json",
                VALID.replace("\"version\": 1", "\"version\": 0").replace("\"stop\": [\"CLOSE\"]", "\"stop\": [\"RECEIVE\"]")
                        .replace("\"PT24H\"}", "\"PT24H\"}, \"warnings\": [{\"percent\": 100}]"), calendars));
        assertEquals(List.of("1:1", "5:5", "5:5"), places(e), e.getMessage());
        assertTrue(e.getMessage().contains("版本须为 1 或以上"), e.getMessage());
        assertTrue(e.getMessage().contains("条款 t：条款在开始的同一步骤结束"), e.getMessage());
    }

    @Test
    @DisplayName("SL-13 the JSON and the text form describe the same policy: text -> JSON -> text is the text")
    void textAndJsonAgree() {
        for (CommitmentPolicy preset : CommitmentPresets.all()) {
            String text = PolicyFormat.write(preset);
            assertEquals(text, PolicyFormat.write(PolicyJson.parse("json", PolicyJson.write(PolicyFormat.parse("t", text)))));
        }
    }
}
