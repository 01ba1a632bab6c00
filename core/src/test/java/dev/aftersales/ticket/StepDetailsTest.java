package dev.aftersales.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The details of each step come from a named factory that fills the step's fields only. */
class StepDetailsTest {

    private static final Instant AT = Instant.parse("2025-01-28T02:00:00Z");

    @Test
    @DisplayName("each step's factory fills only that step's fields")
    void factoriesFillOnlyTheirFields() {
        StepDetails none = StepDetails.none();
        assertEquals(none.withDepartment(Fixtures.CUSTOMER_SERVICE), StepDetails.forward(Fixtures.CUSTOMER_SERVICE));
        assertEquals(none.withValidity(Validity.INVALID).withNote("outside warranty"),
                StepDetails.classify(Validity.INVALID, "outside warranty"));
        assertEquals(none.withDepartment(Fixtures.ENGINEERING).withStaffId("S-ENG"),
                StepDetails.assign(Fixtures.ENGINEERING, "S-ENG"));
        assertEquals(none.withAgreedTime(AT), StepDetails.visit(AT));
        assertEquals(none.withAgreedTime(AT).withNote("parts on order"), StepDetails.newTime(AT, "parts on order"));
        assertEquals(none.withWaitingReason(WaitingReason.FOR_OWNER), StepDetails.waiting(WaitingReason.FOR_OWNER, null));
        assertEquals(none.withCallbackMethod(CallbackMethod.EMAIL).withSatisfaction(2).withNote("slow"),
                StepDetails.callback(CallbackMethod.EMAIL, 2, "slow"));
        assertEquals(new StepDetails(null, null, null, null, null, null, null, "the plan"), StepDetails.ofNote("the plan"));
        assertSame(none, StepDetails.ofNote(null));
    }

    @Test
    @DisplayName("a copy changes one field and keeps the others")
    void withCopiesChangeOneField() {
        StepDetails callback = StepDetails.callback(CallbackMethod.PHONE, 4, "fine");
        assertEquals(new StepDetails(null, null, null, null, null, CallbackMethod.PHONE, 5, "fine"),
                callback.withSatisfaction(5));
        assertEquals(new StepDetails(null, null, null, null, null, CallbackMethod.PHONE, 4, null), callback.withNote(null));
    }

    @Test
    @DisplayName("RP-6 a factory or copy refuses a missing field by name, and malformed data, like the constructor")
    void refusesMissingAndMalformedData() {
        assertEquals("customerService",
                assertThrows(NullPointerException.class, () -> StepDetails.forward(null)).getMessage());
        assertEquals("staffId",
                assertThrows(NullPointerException.class, () -> StepDetails.assign(Fixtures.ENGINEERING, null)).getMessage());
        assertEquals("method",
                assertThrows(NullPointerException.class, () -> StepDetails.callback(null, 3, "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepDetails.callback(CallbackMethod.PHONE, 6, null));
        assertThrows(IllegalArgumentException.class, () -> StepDetails.assign(Fixtures.ENGINEERING, "no spaces"));
        assertThrows(IllegalArgumentException.class, () -> StepDetails.none().withNote(" "));
        assertThrows(IllegalArgumentException.class, () -> StepDetails.none().withSatisfaction(0));
    }
}
