package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The registered versions of the commitment policies (rule SL-13). Registering validates the
 * policy and names every problem; a version once registered never changes (registering a
 * different policy under the same id and version is refused; registering the same one again does
 * nothing). New commitments of a ticket cycle use the latest version registered when the first
 * term of the policy starts in that cycle; running ones keep theirs until re-evaluated. Safe for
 * use by several threads.
 */
public final class PolicyCatalog {

    private final CalendarRegistry calendars;
    private final Map<String, NavigableMap<Integer, CommitmentPolicy>> policies = new ConcurrentSkipListMap<>();
    private volatile PolicySource source;

    /**
     * Creates an empty catalog whose policies name calendars of the given registry.
     *
     * @param calendars the calendars
     * @throws NullPointerException if {@code calendars} is null
     */
    public PolicyCatalog(CalendarRegistry calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    /**
     * Attaches a source of the versions this catalog was not given, e.g. those registered by other
     * nodes in the store (rule SL-13). From then on {@link #find} asks it for a version the catalog
     * lacks and {@link #latestVersions()} takes in the newer versions it lists. Versions taken from
     * the source are validated on their own; they were checked against the other policies when they
     * were registered.
     *
     * @param value the source
     * @throws NullPointerException if {@code value} is null
     */
    public void attach(PolicySource value) {
        this.source = Objects.requireNonNull(value, "value");
    }

    /**
     * Gets the calendars the policies name.
     *
     * @return the registry
     */
    public CalendarRegistry calendars() {
        return calendars;
    }

    /**
     * Registers a policy version.
     *
     * @param policy the policy
     * @return the policy
     * @throws NullPointerException   if {@code policy} is null
     * @throws InvalidPolicyException naming every problem, if the policy has any, including a term
     *                                that another registered policy defines for tickets both may
     *                                match at the same specificity (rule PS-1)
     * @throws CommitmentException    if another policy is registered under the same id and version
     */
    public synchronized CommitmentPolicy register(CommitmentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<PolicyProblem> problems = new ArrayList<>(policy.validate(calendars));
        problems.addAll(ambiguities(policy));
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(policy.id() + "@" + policy.version(), problems);
        }
        NavigableMap<Integer, CommitmentPolicy> versions =
                policies.computeIfAbsent(policy.id(), k -> new ConcurrentSkipListMap<>());
        CommitmentPolicy existing = versions.putIfAbsent(policy.version(), policy);
        if (existing != null && !existing.equals(policy)) {
            throw new CommitmentException(CommitmentException.Reason.POLICY_CHANGED, policy.ref(),
                    versions.lastKey() + 1);
        }
        return policy;
    }

    /**
     * Finds the terms of a policy that another policy's latest version also defines for tickets
     * both selectors may match, at the same specificity: for such a ticket neither would win
     * (rule PS-1). Versions of the policy itself do not compete with it.
     *
     * @param policy the policy about to be registered
     * @return one problem per term and competing policy, empty if there is none
     * @throws NullPointerException if {@code policy} is null
     */
    public List<PolicyProblem> ambiguities(CommitmentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<PolicyProblem> out = new ArrayList<>();
        for (CommitmentPolicy other : latestVersions()) {
            if (other.id().equals(policy.id())
                    || other.selector().specificity() != policy.selector().specificity()
                    || !other.selector().overlaps(policy.selector())) {
                continue;
            }
            for (CommitmentTerm term : policy.terms()) {
                if (other.terms().stream().anyMatch(t -> t.key().equals(term.key()))) {
                    out.add(new PolicyProblem(PolicyProblem.Code.AMBIGUOUS_SELECTION, term.key(), "policy "
                            + other.ref() + " defines the same term for tickets both may match, with the same"
                            + " specificity " + policy.selector().specificity() + "; make one selector narrower"));
                }
            }
        }
        return out;
    }

    /**
     * Finds a policy version, asking the attached source for one the catalog lacks.
     *
     * @param ref the id and version
     * @return the policy, or empty
     * @throws NullPointerException if {@code ref} is null
     */
    public Optional<CommitmentPolicy> find(PolicyRef ref) {
        Objects.requireNonNull(ref, "ref");
        NavigableMap<Integer, CommitmentPolicy> versions = policies.get(ref.id());
        CommitmentPolicy known = versions == null ? null : versions.get(ref.version());
        if (known != null || source == null) {
            return Optional.ofNullable(known);
        }
        return source.find(ref).map(this::adopt);
    }

    /**
     * Keeps a version found in the source: validated on its own (every problem named), never
     * replacing a different policy of the same id and version.
     */
    private CommitmentPolicy adopt(CommitmentPolicy policy) {
        List<PolicyProblem> problems = policy.validate(calendars);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(policy.id() + "@" + policy.version(), problems);
        }
        CommitmentPolicy existing = policies.computeIfAbsent(policy.id(), k -> new ConcurrentSkipListMap<>())
                .putIfAbsent(policy.version(), policy);
        return existing != null ? existing : policy;
    }

    /**
     * Gets a policy version.
     *
     * @param ref the id and version
     * @return the policy
     * @throws NullPointerException if {@code ref} is null
     * @throws CommitmentException  if it is not registered
     */
    public CommitmentPolicy get(PolicyRef ref) {
        return find(ref).orElseThrow(() -> new CommitmentException(CommitmentException.Reason.POLICY_NOT_REGISTERED, ref));
    }

    /**
     * Finds the latest version of a policy.
     *
     * @param id the policy id
     * @return the latest version, or empty if none is registered
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<CommitmentPolicy> latest(String id) {
        Objects.requireNonNull(id, "id");
        if (source != null) {
            latestVersions();
        }
        NavigableMap<Integer, CommitmentPolicy> versions = policies.get(id);
        return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /**
     * Gets the latest version of every policy, ordered by id, taking in the newer versions the
     * attached source lists.
     *
     * @return the policies
     */
    public List<CommitmentPolicy> latestVersions() {
        PolicySource from = source;
        if (from != null) {
            for (CommitmentPolicy stored : from.latestVersions()) {
                NavigableMap<Integer, CommitmentPolicy> known = policies.get(stored.id());
                if (known == null || known.isEmpty() || known.lastKey() < stored.version()) {
                    adopt(stored);
                }
            }
        }
        List<CommitmentPolicy> out = new ArrayList<>();
        for (NavigableMap<Integer, CommitmentPolicy> versions : policies.values()) {
            if (!versions.isEmpty()) {
                out.add(versions.lastEntry().getValue());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Gets every registered version of a policy, oldest first.
     *
     * @param id the policy id
     * @return the versions, empty if none
     * @throws NullPointerException if {@code id} is null
     */
    public List<CommitmentPolicy> versions(String id) {
        NavigableMap<Integer, CommitmentPolicy> versions = policies.get(Objects.requireNonNull(id, "id"));
        return versions == null ? List.of() : List.copyOf(versions.values());
    }
}
