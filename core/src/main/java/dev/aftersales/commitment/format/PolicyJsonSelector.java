package dev.aftersales.commitment.format;

import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that knows the dimensions of a {@link TicketSelector} in the JSON form (see
 * {@link PolicyJson}): the member name of each, in the order written, how its values are written
 * and read, and how a selector is made of them. A new dimension is one more entry in
 * {@link #DIMENSIONS} and its set in {@link #build}; the writer and the reader take it from here.
 */
final class PolicyJsonSelector {

    /**
     * One dimension: its member name, its values in a selector, a value's text and back (throwing
     * {@link IllegalArgumentException} for a malformed one), what a value is called in English and
     * Chinese, and the known values where they are a closed set (else null).
     */
    record Dimension<T>(String name, Function<TicketSelector, Set<T>> values, Function<T, String> text,
                        Function<String, T> parse, String what, String whatZh, String known) {
    }

    /** Every dimension, in the order written. */
    static final List<Dimension<?>> DIMENSIONS = List.of(
            enumDimension("kinds", TicketSelector::kinds, TicketKind.class, "ticket kind", "工单类型"),
            enumDimension("urgencies", TicketSelector::urgencies, Urgency.class, "urgency", "紧急程度"),
            enumDimension("severities", TicketSelector::severities, Severity.class, "severity", "严重程度"),
            new Dimension<>("channels", TicketSelector::channels, Channel::name, Channel::of, "channel", "渠道", null),
            new Dimension<>("estates", TicketSelector::estates, EstateId::value, EstateId::of, "estate", "楼盘", null),
            new Dimension<>("categories", TicketSelector::categories, TicketCategory::code, TicketCategory::of,
                    "category", "类别", null));

    private PolicyJsonSelector() {
    }

    private static <E extends Enum<E>> Dimension<E> enumDimension(String name, Function<TicketSelector, Set<E>> values,
                                                                  Class<E> type, String what, String whatZh) {
        return new Dimension<>(name, values, Enum::name, s -> Enum.valueOf(type, s), what, whatZh,
                Arrays.toString(type.getEnumConstants()));
    }

    /**
     * Makes a selector of the values read, by dimension name; a dimension not given selects any.
     *
     * @param read the values of each dimension given, as {@link Dimension#parse} made them
     * @return the selector
     */
    @SuppressWarnings("unchecked")
    static TicketSelector build(Map<String, Set<?>> read) {
        return new TicketSelector((Set<TicketKind>) read.getOrDefault("kinds", Set.of()),
                (Set<Urgency>) read.getOrDefault("urgencies", Set.of()),
                (Set<Severity>) read.getOrDefault("severities", Set.of()),
                (Set<Channel>) read.getOrDefault("channels", Set.of()),
                (Set<EstateId>) read.getOrDefault("estates", Set.of()),
                (Set<TicketCategory>) read.getOrDefault("categories", Set.of()));
    }

    /**
     * Writes a selector as one JSON object of its non-empty dimensions.
     *
     * @param selector the selector
     * @return the object, or null for a selector of any ticket
     */
    static String write(TicketSelector selector) {
        List<String> members = new ArrayList<>();
        for (Dimension<?> d : DIMENSIONS) {
            String m = member(d, selector);
            if (m != null) {
                members.add(m);
            }
        }
        return members.isEmpty() ? null : "{" + String.join(", ", members) + "}";
    }

    private static <T> String member(Dimension<T> d, TicketSelector selector) {
        Set<T> values = d.values().apply(selector);
        return values.isEmpty() ? null
                : PolicyJsonWriter.member(d.name(),
                        PolicyJsonWriter.array(values, v -> PolicyJsonWriter.string(d.text().apply(v))));
    }
}
