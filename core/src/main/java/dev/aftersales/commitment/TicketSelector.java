package dev.aftersales.commitment;

import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.Urgency;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which tickets a commitment policy applies to: by kind, urgency, severity, channel, estate and
 * category (the ticket's {@link TicketFacts}). An empty set means "any". A ticket without an urgency (not a
 * repair) does not match a selector that names urgencies; likewise for severities, and a ticket
 * without a category does not match a selector that names categories.
 *
 * @param kinds       the ticket kinds, empty for any
 * @param urgencies   the urgencies, empty for any
 * @param severities  the severities, empty for any
 * @param channels    the channels, empty for any
 * @param estates     the estates, empty for any
 * @param categories  the categories, empty for any
 */
public record TicketSelector(Set<TicketKind> kinds, Set<Urgency> urgencies, Set<Severity> severities,
                             Set<Channel> channels, Set<EstateId> estates, Set<TicketCategory> categories) {

    private static final TicketSelector ANY = new TicketSelector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of());

    /**
     * Creates a selector.
     *
     * @throws NullPointerException if a set or an element is null
     */
    public TicketSelector {
        kinds = enums(kinds, TicketKind.class);
        urgencies = enums(urgencies, Urgency.class);
        severities = enums(severities, Severity.class);
        Objects.requireNonNull(channels, "channels").forEach(c -> Objects.requireNonNull(c, "channel"));
        channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(channels));
        Objects.requireNonNull(estates, "estates").forEach(e -> Objects.requireNonNull(e, "estate"));
        estates = Collections.unmodifiableSet(new LinkedHashSet<>(estates));
        Objects.requireNonNull(categories, "categories").forEach(c -> Objects.requireNonNull(c, "category"));
        categories = Collections.unmodifiableSet(new LinkedHashSet<>(categories));
    }

    /**
     * Creates a selector of any category.
     *
     * @param kinds      the ticket kinds, empty for any
     * @param urgencies  the urgencies, empty for any
     * @param severities the severities, empty for any
     * @param channels   the channels, empty for any
     * @param estates    the estates, empty for any
     * @throws NullPointerException if a set or an element is null
     */
    public TicketSelector(Set<TicketKind> kinds, Set<Urgency> urgencies, Set<Severity> severities,
                          Set<Channel> channels, Set<EstateId> estates) {
        this(kinds, urgencies, severities, channels, estates, Set.of());
    }

    private static <E extends Enum<E>> Set<E> enums(Set<E> values, Class<E> type) {
        Objects.requireNonNull(values, type.getSimpleName());
        values.forEach(v -> Objects.requireNonNull(v, type.getSimpleName()));
        return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /**
     * Obtains the selector of every ticket.
     *
     * @return the selector
     */
    public static TicketSelector any() {
        return ANY;
    }

    /**
     * Obtains a selector of the given kinds.
     *
     * @param kinds the kinds
     * @return the selector
     * @throws NullPointerException if a kind is null
     */
    public static TicketSelector kinds(TicketKind... kinds) {
        return ANY.withKinds(kinds);
    }

    /**
     * Returns a copy selecting the given kinds.
     *
     * @param values the kinds
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withKinds(TicketKind... values) {
        return new TicketSelector(Set.copyOf(Arrays.asList(values)), urgencies, severities, channels, estates,
                categories);
    }

    /**
     * Returns a copy selecting the given urgencies (rule RP-2).
     *
     * @param values the urgencies
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withUrgencies(Urgency... values) {
        return new TicketSelector(kinds, Set.copyOf(Arrays.asList(values)), severities, channels, estates, categories);
    }

    /**
     * Returns a copy selecting the given severities (rule CP-9).
     *
     * @param values the severities
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withSeverities(Severity... values) {
        return new TicketSelector(kinds, urgencies, Set.copyOf(Arrays.asList(values)), channels, estates, categories);
    }

    /**
     * Returns a copy selecting the given channels (rule CV-3: letters).
     *
     * @param values the channels
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withChannels(Channel... values) {
        return new TicketSelector(kinds, urgencies, severities, Set.copyOf(Arrays.asList(values)), estates, categories);
    }

    /**
     * Returns a copy selecting the given estates.
     *
     * @param values the estates
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withEstates(EstateId... values) {
        return new TicketSelector(kinds, urgencies, severities, channels, Set.copyOf(Arrays.asList(values)),
                categories);
    }

    /**
     * Returns a copy selecting the given categories (rule PS-1: per estate and category).
     *
     * @param values the categories
     * @return the copy
     * @throws NullPointerException if a value is null
     */
    public TicketSelector withCategories(TicketCategory... values) {
        return new TicketSelector(kinds, urgencies, severities, channels, estates, Set.copyOf(Arrays.asList(values)));
    }

    /**
     * Checks if a ticket is selected.
     *
     * @param facts the ticket's facts
     * @return true if every non-empty criterion admits the ticket
     * @throws NullPointerException if {@code facts} is null
     */
    public boolean matches(TicketFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return (kinds.isEmpty() || kinds.contains(facts.kind()))
                && (urgencies.isEmpty() || (facts.urgency() != null && urgencies.contains(facts.urgency())))
                && (severities.isEmpty() || (facts.severity() != null && severities.contains(facts.severity())))
                && (channels.isEmpty() || channels.contains(facts.channel()))
                && (estates.isEmpty() || estates.contains(facts.estate()))
                && (categories.isEmpty() || (facts.category() != null && categories.contains(facts.category())));
    }

    /**
     * Returns how specific the selector is: the number of its constrained dimensions (kinds,
     * urgencies, severities, channels, estates, categories), from 0 ({@link #any()}) to 6. Of several policies
     * that match a ticket and define the same term, the most specific starts it (rule PS-1).
     *
     * @return the number of non-empty dimensions
     */
    public int specificity() {
        return (kinds.isEmpty() ? 0 : 1) + (urgencies.isEmpty() ? 0 : 1) + (severities.isEmpty() ? 0 : 1)
                + (channels.isEmpty() ? 0 : 1) + (estates.isEmpty() ? 0 : 1) + (categories.isEmpty() ? 0 : 1);
    }

    /**
     * Tells whether some ticket could match both selectors: in every dimension, one of them is
     * unconstrained or the two share a value.
     *
     * @param other the other selector
     * @return true if the selectors overlap
     * @throws NullPointerException if {@code other} is null
     */
    public boolean overlaps(TicketSelector other) {
        Objects.requireNonNull(other, "other");
        return meet(kinds, other.kinds) && meet(urgencies, other.urgencies) && meet(severities, other.severities)
                && meet(channels, other.channels) && meet(estates, other.estates)
                && meet(categories, other.categories);
    }

    private static boolean meet(Set<?> a, Set<?> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (Object x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
