package dev.aftersales.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.DepartmentId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins the transition table of the life cycle to the table documented on {@link Ticket}, written
 * out here by hand, so that a change of the table is a deliberate change of this test too; and
 * checks that every step has its one command type, so that a step added without a command fails.
 */
class TicketLifeCycleTableTest {

    /** from step to, one per line; RESUME's target is written as "(before)". */
    private static final String COMMON = """
            RECEIVED FORWARD FORWARDED
            RECEIVED CLASSIFY_VALID CLASSIFIED
            FORWARDED CLASSIFY_VALID CLASSIFIED
            REOPENED CLASSIFY_VALID CLASSIFIED
            RECEIVED CLASSIFY_INVALID JUDGED_INVALID
            FORWARDED CLASSIFY_INVALID JUDGED_INVALID
            REOPENED CLASSIFY_INVALID JUDGED_INVALID
            CLASSIFIED ASSIGN ASSIGNED
            ASSIGNED ASSIGN ASSIGNED
            JUDGED_INVALID CONTACT_OWNER EXPLAINED
            ASSIGNED CONTACT_OWNER OWNER_CONTACTED
            OWNER_CONTACTED AGREE_VISIT VISIT_AGREED
            VISIT_AGREED AGREE_VISIT VISIT_AGREED
            OWNER_CONTACTED AGREE_PLAN PLAN_AGREED
            VISIT_AGREED AGREE_PLAN PLAN_AGREED
            PLAN_AGREED START_WORK IN_PROGRESS
            OWNER_CONTACTED AGREE_NEW_TIME OWNER_CONTACTED
            VISIT_AGREED AGREE_NEW_TIME VISIT_AGREED
            PLAN_AGREED AGREE_NEW_TIME PLAN_AGREED
            IN_PROGRESS AGREE_NEW_TIME IN_PROGRESS
            WAITING AGREE_NEW_TIME WAITING
            ASSIGNED WAIT WAITING
            OWNER_CONTACTED WAIT WAITING
            VISIT_AGREED WAIT WAITING
            PLAN_AGREED WAIT WAITING
            IN_PROGRESS WAIT WAITING
            WAITING RESUME (before)
            IN_PROGRESS RETURN_RESULT RESULT_RETURNED
            RESULT_RETURNED INFORM_OWNER OWNER_INFORMED
            OWNER_INFORMED CONFIRM_CLOSURE CLOSURE_CONFIRMED
            EXPLAINED CONFIRM_CLOSURE CLOSURE_CONFIRMED
            OWNER_INFORMED REJECT_CLOSURE IN_PROGRESS
            EXPLAINED REJECT_CLOSURE FORWARDED
            CLOSURE_CONFIRMED RECORD_CALLBACK CALLBACK_DONE
            CLOSURE_CONFIRMED RECORD_CALLBACK_ATTEMPT CLOSURE_CONFIRMED
            CLOSURE_CONFIRMED CALLBACK_UNREACHABLE CALLBACK_WAIVED
            CLOSURE_CONFIRMED CALLBACK_DECLINED CALLBACK_WAIVED
            CALLBACK_DONE CLOSE CLOSED
            CALLBACK_WAIVED CLOSE CLOSED
            ANSWERED CLOSE CLOSED
            CLOSED REOPEN REOPENED
            """;

    /** Only for consultations, suggestions and praise (CV-2, CV-4). */
    private static final String SHORT_PATHS = """
            RECEIVED ANSWER ANSWERED
            FORWARDED ANSWER ANSWERED
            REOPENED ANSWER ANSWERED
            CLASSIFIED ANSWER ANSWERED
            RECEIVED AGREE_ANSWER_TIME RECEIVED
            FORWARDED AGREE_ANSWER_TIME FORWARDED
            REOPENED AGREE_ANSWER_TIME REOPENED
            CLASSIFIED AGREE_ANSWER_TIME CLASSIFIED
            OWNER_CONTACTED START_WORK IN_PROGRESS
            VISIT_AGREED START_WORK IN_PROGRESS
            """;

    private static Set<String> lines(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> actual(TicketKind kind) {
        Set<String> out = new TreeSet<>();
        for (TicketState from : TicketState.values()) {
            for (TicketStep step : TicketLifeCycle.allowedSteps(from, kind)) {
                String to = step == TicketStep.RESUME ? "(before)"
                        : TicketLifeCycle.target(from, step, kind, null).orElseThrow().name();
                out.add(from + " " + step + " " + to);
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    @DisplayName("the legal transitions per kind are exactly the documented table")
    void tableIsTheDocumentedOne(TicketKind kind) {
        Set<String> expected = new TreeSet<>(lines(COMMON));
        if (kind.mayBeAnsweredAtOnce()) {
            expected.addAll(lines(SHORT_PATHS));
        }
        assertEquals(expected, actual(kind));
        assertEquals(Stream.of(TicketStep.values()).filter(s -> s != TicketStep.RECEIVE).count(),
                Stream.of(TicketStep.values()).filter(s -> actual(TicketKind.CONSULTATION).stream()
                        .anyMatch(l -> l.contains(" " + s + " "))).count(),
                "every step but the reception appears in the table");
    }

    @Test
    @DisplayName("every step but the reception has exactly one command type, and every command type takes a step")
    void everyStepHasExactlyOneCommandType() {
        TicketId id = TicketId.of("T-1");
        StepDetails everything = new StepDetails(DepartmentId.of("CUSTOMER-SERVICE"), "S-1",
                Instant.parse("2025-01-28T02:00:00Z"), Validity.VALID, WaitingReason.FOR_OWNER, CallbackMethod.PHONE,
                4, "a note");
        Map<TicketStep, Class<?>> typeOfStep = new EnumMap<>(TicketStep.class);
        for (TicketStep step : TicketStep.values()) {
            if (step == TicketStep.RECEIVE) {
                assertThrows(UnsupportedOperationException.class, () -> step.command(id, everything),
                        "the reception is taken by the intake commands");
                continue;
            }
            TicketStepCommand command = step.command(id, everything);
            assertEquals(step, command.step(), command.getClass().getSimpleName() + " takes " + step);
            assertEquals(id, command.ticketId());
            typeOfStep.put(step, command.getClass());
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(TicketStep.RECEIVE)), typeOfStep.keySet());
        Map<Class<?>, Long> stepsOfType = typeOfStep.values().stream()
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        assertEquals(Set.of(TicketStepCommand.class.getPermittedSubclasses()), stepsOfType.keySet(),
                "every command type is the command of a step");
        stepsOfType.forEach((type, count) -> assertEquals(type == ClassifyTicket.class ? 2L : 1L, count,
                type.getSimpleName() + " takes one step (the judgement: valid or invalid)"));
        assertEquals(Set.of(ReportRepair.class, LodgeComplaint.class, AskQuestion.class, GiveFeedback.class),
                Set.of(IntakeCommand.class.getPermittedSubclasses()),
                "the reception's command types are the four intake commands");
    }
}
