package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.common.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service-commitment policy (服务承诺制度): which tickets it applies to and the terms it promises
 * them (rules SL-6 to SL-13). A policy is an immutable value named by its id and version; the
 * {@link PolicyCatalog} keeps every registered version, refuses to change a version once
 * registered, and running commitments keep the version under which they started (rule SL-13).
 *
 * <p>Build one with {@link #builder(String)}; the presets of {@link CommitmentPresets} are built
 * the same way. {@link #validate} names every problem at once.
 *
 * <pre>{@code
 * CommitmentPolicy callback = CommitmentPolicy.builder("estate-e1-callback")
 *         .selecting(TicketSelector.kinds(TicketKind.REPAIR).withEstates(EstateId.of("E-1")))
 *         .term(CommitmentTerm.builder("e1-contact-4h")
 *                 .named("四小时内联系业主", "contact the owner within 4 hours")   // for explanations (SL-15)
 *                 .rules("RP-2")
 *                 .startsOn(TicketStep.RECEIVE, TicketStep.REOPEN)
 *                 .stopsOn(TicketStep.CONTACT_OWNER)
 *                 .withinBusinessTime(Duration.ofHours(4), BusinessCalendars.CHINA_OFFICE_ID)  // SL-3
 *                 .pausesWhileWaiting(WaitingReason.FOR_OWNER)                           // SL-7
 *                 .warnBefore(Duration.ofHours(1))                                       // SL-8
 *                 .escalateAtBreach(Recipient.department("admin-hr")))                   // SL-9
 *         .build();
 * CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();
 * List<PolicyProblem> problems = callback.validate(calendars);   // empty: valid
 * AfterSales desk = AfterSales.builder()
 *         .calendars(calendars)
 *         .policies(List.of(callback))
 *         .build();
 * }</pre>
 *
 * A changed policy is registered as its next version ({@code callback.withVersion(2)}); commitments
 * already running keep version 1 until re-evaluated (rule SL-13).
 *
 * @param id       the policy id
 * @param version  the version, 1 or more
 * @param selector the tickets it applies to
 * @param terms    its terms, in order
 */
public record CommitmentPolicy(String id, int version, TicketSelector selector, List<CommitmentTerm> terms) {

    /**
     * Creates a policy.
     *
     * @throws NullPointerException     if an argument or term is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public CommitmentPolicy {
        Identifiers.requireValid("policy id", id);
        Objects.requireNonNull(selector, "selector");
        terms = List.copyOf(terms);
    }

    /**
     * Starts building a policy, version 1 unless set.
     *
     * @param id the policy id
     * @return a builder
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Gets the reference naming this version.
     *
     * @return the reference
     * @throws IllegalArgumentException if the version is below 1
     */
    public PolicyRef ref() {
        return new PolicyRef(id, version);
    }

    /**
     * Finds a term by key.
     *
     * @param key the term key
     * @return the term, or empty
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<CommitmentTerm> term(String key) {
        Objects.requireNonNull(key, "key");
        return terms.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * Returns a copy with another version, e.g. to register a changed policy as its next version.
     *
     * @param newVersion the version
     * @return the copy
     */
    public CommitmentPolicy withVersion(int newVersion) {
        return new CommitmentPolicy(id, newVersion, selector, terms);
    }

    /**
     * Returns a copy under another id, at version 1: a new policy with the same selector and terms,
     * e.g. an estate's own variant of a preset (rule PS-1).
     *
     * @param newId the id of the new policy
     * @return the copy, version 1
     * @throws NullPointerException     if {@code newId} is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public CommitmentPolicy withId(String newId) {
        return new CommitmentPolicy(newId, 1, selector, terms);
    }

    /**
     * Returns a copy selecting other tickets.
     *
     * @param newSelector the selector
     * @return the copy
     * @throws NullPointerException if {@code newSelector} is null
     */
    public CommitmentPolicy withSelector(TicketSelector newSelector) {
        return new CommitmentPolicy(id, version, newSelector, terms);
    }

    /**
     * Returns a copy with one term replaced (same key) or added.
     *
     * @param term the term
     * @return the copy
     * @throws NullPointerException if {@code term} is null
     */
    public CommitmentPolicy withTerm(CommitmentTerm term) {
        Objects.requireNonNull(term, "term");
        List<CommitmentTerm> out = new ArrayList<>();
        boolean replaced = false;
        for (CommitmentTerm t : terms) {
            if (t.key().equals(term.key())) {
                out.add(term);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(term);
        }
        return new CommitmentPolicy(id, version, selector, out);
    }

    /**
     * Finds every problem of the policy: a bad version, no terms, duplicate keys, a selector that
     * can match nothing, a term that can never start (no start step, an unknown or cyclic earlier
     * term, a stop step the earlier term never stops on), a term without stop, a stop step equal to
     * the start, a negative target or fewer than one working day, an unknown calendar, an agreed
     * time that no step carries, a warning at or after the deadline or at or before the start,
     * duplicate warnings, an escalation without recipient, a negative or decreasing escalation
     * offset.
     *
     * @param calendars the calendars the terms may name
     * @return every problem, empty if the policy is valid
     * @throws NullPointerException if {@code calendars} is null
     */
    public List<PolicyProblem> validate(CalendarRegistry calendars) {
        return PolicyValidator.validate(this, Objects.requireNonNull(calendars, "calendars"));
    }

    /**
     * Builds a {@link CommitmentPolicy}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private int version = 1;
        private TicketSelector selector = TicketSelector.any();
        private final List<CommitmentTerm> terms = new ArrayList<>();

        private Builder(String id) {
            this.id = Identifiers.requireValid("policy id", id);
        }

        /**
         * Sets the version.
         *
         * @param value the version, 1 or more
         * @return this builder
         */
        public Builder version(int value) {
            this.version = value;
            return this;
        }

        /**
         * Sets which tickets the policy applies to.
         *
         * @param value the selector
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder selecting(TicketSelector value) {
            this.selector = Objects.requireNonNull(value, "selector");
            return this;
        }

        /**
         * Adds a term.
         *
         * @param term the term
         * @return this builder
         * @throws NullPointerException if {@code term} is null
         */
        public Builder term(CommitmentTerm term) {
            terms.add(Objects.requireNonNull(term, "term"));
            return this;
        }

        /**
         * Adds a term built from a builder.
         *
         * @param term the term's builder
         * @return this builder
         * @throws NullPointerException if {@code term} is null or has no target
         */
        public Builder term(CommitmentTerm.Builder term) {
            return term(term.build());
        }

        /**
         * Builds the policy, without validating it (see {@link CommitmentPolicy#validate}).
         *
         * @return the policy
         */
        public CommitmentPolicy build() {
            return new CommitmentPolicy(id, version, selector, terms);
        }
    }
}
