package dev.aftersales.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MS-3: a callback records the aspects of the satisfaction (response speed, attitude, result), each optional, 1 to 5. */
class SatisfactionAspectsTest {

    private static final CommandValidator ENGLISH = new CommandValidator(Locale.ENGLISH);
    private static final CommandValidator CHINESE = new CommandValidator(Locale.SIMPLIFIED_CHINESE);
    private static final TicketId ID = TicketId.of("T-1");

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
    @DisplayName("MS-3 the rated aspects travel from the command to the callback step's details")
    void ms3_ratedCallbackCarriesItsAspects() {
        SatisfactionAspects aspects = new SatisfactionAspects(2, null, 5);
        RecordCallback c = RecordCallback.rated(ID, CallbackMethod.PHONE, 3, aspects, null);
        ENGLISH.validate(c);
        StepDetails d = c.details();
        assertEquals(aspects, d.aspects());
        assertEquals(3, d.satisfaction());
        assertEquals(c, RecordCallback.from(ID, d));
        assertEquals(d, StepDetails.callback(CallbackMethod.PHONE, 3, aspects, null));
    }

    @Test
    @DisplayName("MS-3 a callback without aspects keeps none; empty aspects are the same as none")
    void ms3_noAspects() {
        assertNull(new RecordCallback(ID, CallbackMethod.EMAIL, 4, null).details().aspects());
        assertNull(StepDetails.callback(CallbackMethod.EMAIL, 4, SatisfactionAspects.none(), null).aspects());
        assertEquals(StepDetails.callback(CallbackMethod.EMAIL, 4, null),
                StepDetails.callback(CallbackMethod.EMAIL, 4, new SatisfactionAspects(null, null, null), null));
        assertTrue(StepDetails.callback(CallbackMethod.EMAIL, 4, null).ratedAspects().isEmpty());
    }

    @Test
    @DisplayName("MS-3 an aspect outside 1 to 5 is refused by the command validator, naming the aspect, in both languages")
    void ms3_aspectRangeInBothLanguages() {
        RecordCallback c = RecordCallback.rated(ID, CallbackMethod.PHONE, 3, new SatisfactionAspects(0, 3, 6), null);
        String en = "each satisfaction aspect (response speed, attitude, result) must be 1 to 5";
        assertEquals(Map.of("aspects.responseSpeed", en, "aspects.result", en), violations(ENGLISH, c));
        String zh = "各项满意度评分（响应速度、服务态度、处理结果）须为 1 至 5";
        assertEquals(Map.of("aspects.responseSpeed", zh, "aspects.result", zh), violations(CHINESE, c));
    }

    @Test
    @DisplayName("MS-3 step details refuse an aspect outside 1 to 5, naming it")
    void ms3_stepDetailsRefuseOffScaleAspects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StepDetails.callback(CallbackMethod.VISIT, 2, SatisfactionAspects.of(3, 7, 3), null));
        assertTrue(e.getMessage().contains("attitude"), e.getMessage());
    }

    @Test
    @DisplayName("MS-3 copies change one aspect and keep the others")
    void ms3_copies() {
        SatisfactionAspects a = SatisfactionAspects.of(1, 2, 3);
        assertEquals(new SatisfactionAspects(5, 2, 3), a.withResponseSpeed(5));
        assertEquals(new SatisfactionAspects(1, null, 3), a.withAttitude(null));
        assertEquals(new SatisfactionAspects(1, 2, 4), a.withResult(4));
        assertTrue(SatisfactionAspects.none().isEmpty());
    }
}
