package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.step.FakeStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Channels are extensible (rule CP-4: whatever the channel, the ticket is accepted): the library's
 * constants plus a company's own codes, stored and selected alike.
 */
class ChannelTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    @DisplayName("CP-4 a built-in code gives the constant itself; a company's own code gives an equal channel each time")
    void ofGivesConstantsAndCustomChannels() {
        assertSame(Channel.WECHAT, Channel.of("WECHAT"));
        assertTrue(Channel.WECHAT.isBuiltIn());
        Channel douyin = Channel.of("DOUYIN");
        assertEquals(douyin, Channel.of("DOUYIN"));
        assertEquals(douyin.hashCode(), Channel.of("DOUYIN").hashCode());
        assertNotEquals(Channel.WECHAT, douyin);
        assertFalse(douyin.isBuiltIn());
        assertEquals("DOUYIN", douyin.name());
        assertEquals("DOUYIN", douyin.toString());
        assertEquals(13, Channel.builtIns().size());
        assertEquals(Channel.HOTLINE, Channel.builtIns().get(0));
        assertEquals(Set.of(Channel.of("DOUYIN"), Channel.HOTLINE), new HashSet<>(List.of(douyin, Channel.of("HOTLINE"))));
    }

    @Test
    @DisplayName("CP-4 a code is 1 to 32 characters of [A-Z0-9_] starting with a letter; the error names the length, not the text")
    void malformedCodesAreRefused() {
        assertEquals(32, Channel.of("D" + "0".repeat(31)).name().length());
        for (String bad : List.of("", "douyin", "1DOUYIN", "_DOUYIN", "DOU YIN", "DOU-YIN", "D" + "0".repeat(32),
                "DOU\u0000YIN", "抖音")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Channel.of(bad), bad);
            assertTrue(e.getMessage().startsWith("channel must be 1 to 32 characters"), e.getMessage());
            assertFalse(!bad.isEmpty() && e.getMessage().contains(bad), "the message never repeats the input");
        }
        assertThrows(NullPointerException.class, () -> Channel.of(null));
    }

    @Test
    @DisplayName("CP-2 a built-in channel has display names in both languages; a company's own channel shows its code")
    void displayNames() {
        assertEquals("微信公众号", Channel.WECHAT.displayName(ZH));
        assertEquals("WeChat official account", Channel.WECHAT.displayName(Locale.ENGLISH));
        assertEquals("DOUYIN", Channel.of("DOUYIN").displayName(ZH));
        assertEquals("DOUYIN", Channel.of("DOUYIN").displayName());
        assertThrows(NullPointerException.class, () -> Channel.of("DOUYIN").displayName(null));
    }

    @Test
    @DisplayName("a serialized built-in channel comes back as the constant itself, a custom one as an equal channel")
    void serialization() throws IOException, ClassNotFoundException {
        assertSame(Channel.PATROL, roundTrip(Channel.PATROL));
        assertEquals(Channel.of("DINGTALK"), roundTrip(Channel.of("DINGTALK")));
    }

    @Test
    @DisplayName("CP-4 a policy selects a company's own channel like a built-in one")
    void selectorsSelectCustomChannels() {
        TicketFacts viaDouyin = TicketIntake.repair(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.of("DOUYIN"), Urgency.NORMAL, "the tap drips").facts(Fixtures.HOTLINE);
        TicketFacts viaHotline = TicketIntake.repair(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.HOTLINE, Urgency.NORMAL, "the tap drips").facts(Fixtures.HOTLINE);
        TicketSelector douyinOnly = TicketSelector.any().withChannels(Channel.of("DOUYIN"));
        assertTrue(douyinOnly.matches(viaDouyin));
        assertFalse(douyinOnly.matches(viaHotline));
        assertEquals(douyinOnly, TicketSelector.any().withChannels(Channel.of("DOUYIN")));
    }

    @Test
    @DisplayName("CP-4 a repair reported through a company's own channel is received and keeps its channel")
    void intakeThroughACustomChannel() {
        Fixtures f = new Fixtures();
        try (CommandValidator validator = new CommandValidator(Locale.ENGLISH)) {
            StepContext context = FakeStore.direct().tickets(new MapTicketRepository())
                    .context(f.clock, f.ids, validator, e -> { });
            TicketService tickets = new TicketService(context, FakeStore.commitmentsWithoutPolicies(context),
                    IntakeReferences.TRUSTED);
            TicketRecord r = tickets.reportRepair(new ReportRepair(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                    Channel.of("DOUYIN"), Urgency.NORMAL, Fixtures.HOTLINE, "the tap drips"), CLERK);
            assertEquals(Channel.of("DOUYIN"), r.facts().channel());
            assertEquals(TicketState.RECEIVED, r.state());
        }
    }

    private static Object roundTrip(Channel channel) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(channel);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
