package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.property.UnitKind;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.Exclusion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every value a screen shows has a display name in English and Chinese (rule CP-2), read through
 * {@link DisplayNamed}: a new constant without both names fails this test.
 */
class DisplayNamesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    @DisplayName("CP-2 every constant of every DisplayNamed enum, and every built-in channel, has an English and a Chinese name")
    void everyConstantHasBothNames() throws IOException {
        List<Class<?>> enums = displayNamedEnums();
        assertTrue(enums.size() >= 17, "the ticket and property enums are DisplayNamed: " + enums);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            Properties english = bundle(type, "");
            Properties chinese = bundle(type, "_zh_CN");
            for (DisplayNamed constant : constants(type)) {
                String key = type.getSimpleName() + "." + constant.name();
                String en = english.getProperty(key);
                String zh = chinese.getProperty(key);
                if (en == null || en.isBlank() || !en.chars().allMatch(c -> c < 0x80)) {
                    missing.add(key + " (English)");
                }
                if (zh == null || zh.codePoints().noneMatch(DisplayNamesTest::isHan)) {
                    missing.add(key + " (Chinese)");
                }
            }
        }
        assertEquals(List.of(), missing, "constants without a display name");
    }

    @Test
    @DisplayName("CP-2 the bundles name no constant that does not exist")
    void noStaleNames() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String packageName : Set.of("dev.aftersales.ticket", "dev.aftersales.property", "dev.aftersales.commitment",
                "dev.aftersales.warranty", "dev.aftersales.measurement")) {
            Set<String> known = new HashSet<>();
            for (Class<?> type : displayNamedEnums()) {
                if (type.getPackageName().equals(packageName)) {
                    for (DisplayNamed constant : constants(type)) {
                        known.add(type.getSimpleName() + "." + constant.name());
                    }
                }
            }
            for (String suffix : List.of("", "_zh_CN")) {
                for (String key : bundle(packageName, suffix).stringPropertyNames()) {
                    if (!known.contains(key)) {
                        stale.add(packageName + suffix + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), stale);
    }

    @Test
    @DisplayName("CP-2 the domain's Chinese terms: 已受理, 已派工, 回访, 报修, 投诉, 咨询, 微信公众号, 小程序, 业主APP")
    void domainTerms() {
        assertEquals("已受理", TicketState.RECEIVED.displayName(ZH));
        assertEquals("已派工", TicketState.ASSIGNED.displayName(ZH));
        assertEquals("已回访", TicketState.CALLBACK_DONE.displayName(ZH));
        assertEquals("报修", TicketKind.REPAIR.displayName(ZH));
        assertEquals("投诉", TicketKind.COMPLAINT.displayName(Locale.CHINA));
        assertEquals("咨询", TicketKind.CONSULTATION.displayName(Locale.TRADITIONAL_CHINESE));
        assertEquals("400客服热线", Channel.HOTLINE.displayName(ZH));
        assertEquals("微信公众号", Channel.WECHAT.displayName(ZH));
        assertEquals("小程序", Channel.MINI_PROGRAM.displayName(ZH));
        assertEquals("业主APP", Channel.OWNER_APP.displayName(ZH));
        assertEquals("车位", UnitKind.PARKING_SPACE.displayName(ZH));
        assertEquals("Received", TicketState.RECEIVED.displayName(Locale.ENGLISH));
        assertEquals("WeChat official account", Channel.WECHAT.displayName());
    }

    @Test
    @DisplayName("CP-2 commitment, firing, coverage, exclusion and callback-round values have English and Chinese names")
    void commitmentWarrantyAndMeasurementNames() {
        assertTrue(displayNamedEnums().containsAll(List.of(CommitmentStatus.class, FiringKind.class,
                CoverageOutcome.class, Exclusion.class, RoundEntryStatus.class)));
        assertEquals("已超时", CommitmentStatus.BREACHED.displayName(ZH));
        assertEquals("Met late", CommitmentStatus.MET_LATE.displayName());
        assertEquals("预警", FiringKind.WARNING.displayName(ZH));
        assertEquals("Escalation", FiringKind.ESCALATION.displayName(Locale.ENGLISH));
        assertEquals("已过保修期", CoverageOutcome.EXPIRED.displayName(ZH));
        assertEquals("Not handed over", CoverageOutcome.NOT_HANDED_OVER.displayName());
        assertEquals("不可抗力", Exclusion.FORCE_MAJEURE.displayName(ZH));
        assertEquals("Improper use", Exclusion.IMPROPER_USE.displayName());
        assertEquals("未联系上", RoundEntryStatus.NOT_REACHED.displayName(Locale.CHINA));
        assertEquals("Done", RoundEntryStatus.DONE.displayName(Locale.GERMANY));
    }

    @Test
    @DisplayName("CP-2 a Chinese JVM default locale never leaks into English or another language's names")
    void englishIsTheFallbackWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ZH);
            assertEquals("Received", TicketState.RECEIVED.displayName(Locale.ENGLISH));
            assertEquals("Repair", TicketKind.REPAIR.displayName(Locale.GERMANY));
            assertEquals("Repair", TicketKind.REPAIR.displayName(Locale.ROOT));
            assertNotEquals(TicketKind.REPAIR.displayName(Locale.ENGLISH), TicketKind.REPAIR.displayName(ZH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("CP-2 display names are for screens only: the stored name stays the constant's name")
    void storedNameUnchanged() {
        assertEquals("OWNER_APP", Channel.OWNER_APP.name());
        assertEquals(Channel.OWNER_APP, Channel.of("OWNER_APP"));
        assertFalse(Channel.OWNER_APP.toString().contains("APP "));
    }

    private static List<DisplayNamed> constants(Class<?> type) {
        return type == Channel.class ? List.copyOf(Channel.builtIns())
                : Arrays.stream(type.getEnumConstants()).map(DisplayNamed.class::cast).toList();
    }

    /** The DisplayNamed enums, and Channel, whose built-in constants are named like an enum's. */
    private static List<Class<?>> displayNamedEnums() {
        List<Class<?>> result = new ArrayList<>(List.of(Channel.class));
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aftersales")) {
            if (javaClass.isEnum() && javaClass.isAssignableTo(DisplayNamed.class)) {
                result.add(javaClass.reflect());
            }
        }
        return result;
    }

    private static Properties bundle(Class<?> type, String suffix) throws IOException {
        return bundle(type.getPackageName(), suffix);
    }

    private static Properties bundle(String packageName, String suffix) throws IOException {
        String path = packageName.replace('.', '/') + "/" + DisplayNamed.BUNDLE + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = DisplayNamesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, "missing bundle " + path);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
