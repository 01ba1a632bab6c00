package dev.aftersales.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Commands are validated with every violation listed at once (CP-2), in English and in Chinese. */
class TicketCommandValidationTest {

    private static final CommandValidator ENGLISH = new CommandValidator(Locale.ENGLISH);
    private static final CommandValidator CHINESE = new CommandValidator(Locale.SIMPLIFIED_CHINESE);

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    private static Map<String, String> violations(CommandValidator validator, Object command) {
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> validator.validate(command));
        Map<String, String> out = new TreeMap<>();
        for (Violation v : e.violations()) {
            out.merge(v.field(), v.message(), (a, b) -> a + " | " + b);
        }
        return out;
    }

    @Test
    @DisplayName("CP-2 an empty repair report lists every missing field at once, in English")
    void cp2_emptyRepairListsEveryFieldInEnglish() {
        Map<String, String> v = violations(ENGLISH, new ReportRepair(null, null, null, null, null, null));
        assertEquals(Map.of(
                "channel", "the channel is required",
                "description", "a description is required",
                "location", "a location is required: a unit or a common area",
                "receivingUnit", "the receiving unit is required",
                "reporter", "the reporter is required: an owner, a contact person or a staff member",
                "urgency", "the urgency of the repair is required (emergency or normal)"), v);
    }

    @Test
    @DisplayName("CP-2 an empty repair report lists every missing field at once, in Chinese")
    void cp2_emptyRepairListsEveryFieldInChinese() {
        Map<String, String> v = violations(CHINESE, new ReportRepair(null, null, null, null, null, null));
        assertEquals(Map.of(
                "channel", "必须填写受理渠道",
                "description", "必须填写问题描述",
                "location", "必须填写位置：房屋单元或公共区域",
                "receivingUnit", "必须填写受理单位",
                "reporter", "必须填写报告人：业主、联系人或员工",
                "urgency", "必须填写报修的紧急程度（紧急或一般）"), v);
    }

    static Stream<Arguments> emptyIntakeCommands() {
        return Stream.of(
                Arguments.of(new ReportRepair(null, null, null, null, null, null), Set.of("urgency")),
                Arguments.of(new LodgeComplaint(null, null, null, null, null, null), Set.of("severity")),
                Arguments.of(new AskQuestion(null, null, null, null, null), Set.of()),
                Arguments.of(new GiveFeedback(null, null, null, null, null, null), Set.of("feedback")));
    }

    @ParameterizedTest
    @MethodSource("emptyIntakeCommands")
    @DisplayName("CP-2 the four intake commands check their common fields alike, each listing its own fields too")
    void cp2_intakeCommandsShareTheirCommonFields(IntakeCommand command, Set<String> ownFields) {
        Map<String, String> v = violations(ENGLISH, command);
        Map<String, String> common = new TreeMap<>(v);
        common.keySet().removeAll(ownFields);
        assertEquals(Map.of(
                "channel", "the channel is required",
                "description", "a description is required",
                "location", "a location is required: a unit or a common area",
                "receivingUnit", "the receiving unit is required",
                "reporter", "the reporter is required: an owner, a contact person or a staff member"), common);
        assertEquals(common.size() + ownFields.size(), v.size(), "and the command's own fields: " + ownFields);
    }

    @Test
    @DisplayName("CP-2 a complaint without severity and with a malformed contact lists both, nested paths included")
    void cp2_complaintWithMalformedContact() {
        LodgeComplaint c = new LodgeComplaint(Fixtures.UNIT, Reporter.byContact(ContactPerson.of(" ", "12ab")),
                Channel.WALK_IN, null, DepartmentId.of("SALES-OFFICE"), "the door does not close");
        assertEquals(Map.of(
                "reporter.contact.name", "the contact person's name is required",
                "reporter.contact.phone", "must be a phone number of 5 to 21 digits, spaces or dashes, optionally starting with +",
                "severity", "the severity of the complaint is required (general, important or severe)"),
                violations(ENGLISH, c));
        assertEquals(Map.of(
                "reporter.contact.name", "必须填写联系人姓名",
                "reporter.contact.phone", "电话号码须为 5 至 21 位数字、空格或连字符，可以 + 开头",
                "severity", "必须填写投诉的严重程度（一般、重要或严重）"),
                violations(CHINESE, c));
    }

    @Test
    @DisplayName("PT-2 a patrol finding in a unit is refused by the command's validation")
    void pt2_patrolFindingInUnitIsInvalid() {
        ReportRepair r = new ReportRepair(Fixtures.UNIT, Reporter.byStaff("S-P"), Channel.PATROL, Urgency.NORMAL,
                Fixtures.HOTLINE, "lamp broken");
        assertEquals(Map.of("patrolFindingOnCommonArea", "a patrol finding must be on a common area"),
                violations(ENGLISH, r));
        assertEquals(Map.of("patrolFindingOnCommonArea", "巡查发现的问题必须位于公共区域"), violations(CHINESE, r));
    }

    @Test
    @DisplayName("RP-6, MS-3 a callback satisfaction score outside 1 to 5 is refused, in both languages")
    void rp6_callbackScoreRange() {
        RecordCallback c = new RecordCallback(TicketId.of("T-1"), CallbackMethod.PHONE, 6, null);
        assertEquals(Map.of("satisfaction", "the satisfaction score must be 1 to 5"), violations(ENGLISH, c));
        assertEquals(Map.of("satisfaction", "满意度评分须为 1 至 5"), violations(CHINESE, c));
        RecordCallback missing = new RecordCallback(null, null, null, "  ");
        assertEquals(Map.of(
                "method", "the callback method is required (phone, email or visit)",
                "note", "must not be blank when given",
                "satisfaction", "the satisfaction score is required",
                "ticketId", "the ticket is required"), violations(ENGLISH, missing));
    }

    @Test
    @DisplayName("step commands: assignment, visit, plan, waiting, new time, answer, rejection, reopening")
    void stepCommands() {
        assertEquals(Map.of("department", "the department is required",
                        "staffId", "must be a staff id of 1 to 64 letters, digits or . _ : -"),
                violations(ENGLISH, new AssignTicket(TicketId.of("T-1"), null, "no spaces allowed")));
        assertEquals(Map.of("visitAt", "必须填写上门时间"), violations(CHINESE, new AgreeVisit(TicketId.of("T-1"), null)));
        assertEquals(Map.of("plan", "the plan is required"), violations(ENGLISH, new AgreePlan(TicketId.of("T-1"), " ")));
        assertEquals(Map.of("newTime", "the new resolution time is required", "reason", "a reason is required"),
                violations(ENGLISH, new AgreeNewTime(TicketId.of("T-1"), null, "")));
        assertEquals(Map.of("reason", "请说明等待的对象（业主或第三方）"),
                violations(CHINESE, new StartWaiting(TicketId.of("T-1"), null, null)));
        assertEquals(Map.of("answer", "必须填写答复内容"), violations(CHINESE, new AnswerAtOnce(TicketId.of("T-1"), null)));
        assertEquals(Map.of("reason", "必须填写原因"), violations(CHINESE, new RejectClosure(TicketId.of("T-1"), "")));
        assertEquals(Map.of("validity", "the judgement is required (valid or invalid)"),
                violations(ENGLISH, new ClassifyTicket(TicketId.of("T-1"), null, null)));
        assertEquals(Map.of("description", "不能超过 2000 个字符"), violations(CHINESE, new AskQuestion(Fixtures.UNIT,
                Reporter.byOwner(Fixtures.OWNER), Channel.EMAIL, Fixtures.HOTLINE, "x".repeat(2001))));
        assertEquals(Map.of("feedback", "请说明是建议还是表扬"), violations(CHINESE, new GiveFeedback(null, Fixtures.UNIT,
                Reporter.byOwner(Fixtures.OWNER), Channel.EMAIL, Fixtures.HOTLINE, "great job")));
    }

    @Test
    @DisplayName("a valid command passes unchanged")
    void validCommandPasses() {
        ReportRepair r = new ReportRepair(Fixtures.UNIT, Reporter.byContact(ContactPerson.of("Li Lei", "+86 138 0000 0000")),
                Channel.INTERCOM, Urgency.EMERGENCY, Fixtures.HOTLINE, "burst pipe");
        assertSame(r, ENGLISH.validate(r));
        List<Object> valid = List.of(
                new ForwardTicket(TicketId.of("T-1"), Fixtures.CUSTOMER_SERVICE),
                new ClassifyTicket(TicketId.of("T-1"), Validity.INVALID, "outside warranty"),
                new AssignTicket(TicketId.of("T-1"), Fixtures.ENGINEERING, "S-1"),
                new ContactOwner(TicketId.of("T-1"), null),
                new InformOwner(TicketId.of("T-1"), "told by phone"),
                new ReturnResult(TicketId.of("T-1"), "fixed"),
                new ReopenTicket(TicketId.of("T-1"), "came back"),
                new RecordCallback(TicketId.of("T-1"), CallbackMethod.EMAIL, 1, null));
        valid.forEach(c -> assertSame(c, CHINESE.validate(c)));
    }
}
