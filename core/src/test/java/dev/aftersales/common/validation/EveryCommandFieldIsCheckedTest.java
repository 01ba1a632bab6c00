package dev.aftersales.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyFormats;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.service.TicketService;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * IN-1, IN-2: every text, instant and date that a command of the desk carries is checked, found by
 * reflection so that a field added later cannot forget its constraint. The commands are the record
 * parameters of the public methods of {@link AfterSales}, {@link PropertyService} and
 * {@link TicketService}, with the records they hold (sealed interfaces by their permitted records,
 * lists by their elements).
 */
class EveryCommandFieldIsCheckedTest {

    /**
     * The formats stricter than free text that a text may carry instead of {@link FreeText}: each
     * admits only printable ASCII, which {@link #strictFormatsRefuseWhatFreeTextRefuses} checks.
     */
    private static final Set<String> STRICT_FORMATS = Set.of(PropertyFormats.ID, PropertyFormats.PHONE,
            PropertyFormats.ID_CARD, PropertyFormats.SHARE, ContactPerson.PHONE_PATTERN);

    /** Identifiers and actors: value types that check their text in the constructor (Identifiers). */
    private static final Map<Class<?>, Function<String, Object>> IDENTIFIERS = Map.of(
            TicketId.class, TicketId::of, DepartmentId.class, DepartmentId::of, UnitId.class, UnitId::of,
            OwnerId.class, OwnerId::of, EstateId.class, EstateId::of, BuildingId.class, BuildingId::of,
            PlotId.class, PlotId::of, CommitmentId.class, CommitmentId::of, Actor.class, Actor::staff,
            TicketCategory.class, TicketCategory::of);

    @Test
    @DisplayName("IN-1 every text of every command carries @FreeText or a strict ASCII format")
    void in1_everyTextIsFreeTextOrStrict() {
        List<String> unchecked = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Class<?> type : commandTypes()) {
            for (RecordComponent c : type.getRecordComponents()) {
                String where = type.getName() + "." + c.getName();
                if (c.getType() == String.class) {
                    (isChecked(constraintsOf(type, c)) ? checked : unchecked).add(where);
                } else if (c.getType() == List.class && elementType(c) == String.class) {
                    List<Annotation> element = Arrays.asList(
                            ((AnnotatedParameterizedType) c.getAnnotatedType()).getAnnotatedActualTypeArguments()[0].getAnnotations());
                    (isChecked(element) ? checked : unchecked).add(where + "[]");
                }
            }
        }
        assertEquals(List.of(), unchecked);
        // the walk reaches the free texts of intake, steps, owners, estates and common areas
        assertTrue(checked.containsAll(List.of("dev.aftersales.ticket.ReportRepair.description",
                "dev.aftersales.ticket.AgreePlan.plan", "dev.aftersales.ticket.ContactPerson.name",
                "dev.aftersales.ticket.TicketLocation$EstateArea.description", "dev.aftersales.property.RegisterOwner$Item.description",
                "dev.aftersales.property.RegisterOwner.phones[]", "dev.aftersales.property.UpdateOwnerProfile.employer")),
                checked.toString());
    }

    @Test
    @DisplayName("IN-2 every instant and date of every command carries @InSupportedRange")
    void in2_everyInstantAndDateIsInTheSupportedRange() {
        List<String> unchecked = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : commandTypes()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == Instant.class || c.getType() == LocalDate.class) {
                    boolean ok = constraintsOf(type, c).stream().anyMatch(a -> a instanceof InSupportedRange);
                    (ok ? checked : unchecked).add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertEquals(List.of(), unchecked);
        assertEquals(Set.of("AgreeAnswerTime.answerBy", "AgreeNewTime.newTime", "AgreeVisit.visitAt", "HandOverUnit.handedOverOn",
                "SignContract.signedOn", "TransferOwnership.transferredOn"), checked);
    }

    @Test
    @DisplayName("IN-1 identifiers and actors refuse control characters and lone surrogates in their constructor")
    void in1_identifiersRefuseWhatFreeTextRefuses() {
        IDENTIFIERS.forEach((type, of) -> {
            for (String bad : List.of("A\u0000", "A\uD800", "\u200B", "A\u001F")) {
                assertThrows(IllegalArgumentException.class, () -> of.apply(bad), type.getSimpleName());
            }
        });
    }

    @Test
    @DisplayName("IN-1 the strict formats admit printable ASCII only, so never a control character or a surrogate")
    void strictFormatsRefuseWhatFreeTextRefuses() {
        for (String format : STRICT_FORMATS) {
            // printable ASCII source, and no construct that admits characters it does not name
            // ('.', negated classes, Unicode properties); Java's \\d is ASCII digits only
            assertTrue(format.chars().allMatch(c -> c >= 0x20 && c < 0x7F), format);
            for (String wide : List.of(".", "[^", "\\S", "\\W", "\\D", "\\p", "\\P", "\\x", "\\u", "\\0", "\\c")) {
                // a '.' inside a class [...] is a literal dot
                String outsideClasses = format.replaceAll("\\[[^\\]^]*\\]", "[]");
                assertFalse(outsideClasses.contains(wide), format + " holds " + wide);
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(format, java.util.regex.Pattern.CASE_INSENSITIVE);
            for (String bad : List.of("\u0000", "\uD800", "\u200B", "\u0661", "1\u0000", "13800138000\u0000")) {
                assertFalse(p.matcher(bad).matches(), format);
            }
        }
    }

    /** The command records of the desk and every record they hold. */
    static Set<Class<?>> commandTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Stream.of(AfterSales.class, PropertyService.class, TicketService.class)
                .flatMap(s -> Arrays.stream(s.getMethods()))
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .flatMap(m -> Arrays.stream(m.getGenericParameterTypes()))
                .forEach(t -> walk(t, found));
        assertTrue(found.size() > 30, "found only " + found);
        return found;
    }

    private static void walk(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> walk(t, found));
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("dev.aftersales.") || IDENTIFIERS.containsKey(c)) {
            return;
        }
        if (c.isSealed()) {
            Arrays.stream(c.getPermittedSubclasses()).forEach(t -> walk(t, found));
        }
        if (c.isRecord() && found.add(c)) {
            Arrays.stream(c.getRecordComponents()).forEach(rc -> walk(rc.getGenericType(), found));
        }
    }

    private static Type elementType(RecordComponent c) {
        return ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
    }

    /** The constraints of a component: on its field, or on a getter of an interface the record implements. */
    private static List<Annotation> constraintsOf(Class<?> record, RecordComponent c) {
        List<Annotation> out = new ArrayList<>();
        try {
            out.addAll(Arrays.asList(record.getDeclaredField(c.getName()).getAnnotations()));
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
        String getter = "get" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
        for (Class<?> i : record.getInterfaces()) {
            for (Method m : i.getDeclaredMethods()) {
                if (m.getName().equals(getter) && m.getParameterCount() == 0) {
                    out.addAll(Arrays.asList(m.getAnnotations()));
                }
            }
        }
        AnnotatedType t = c.getAnnotatedType();
        out.addAll(Arrays.asList(t.getAnnotations()));
        return out;
    }

    private static boolean isChecked(List<Annotation> constraints) {
        return constraints.stream().anyMatch(a -> a instanceof FreeText
                || (a instanceof Pattern p && STRICT_FORMATS.contains(p.regexp())));
    }
}
