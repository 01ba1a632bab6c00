package dev.aftersales.commitment.service;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.InvalidPolicyException;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.PolicyProblem;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicyRegistered;
import dev.aftersales.commitment.PolicySource;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.common.Actor;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.PolicyRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.step.StepContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service policies as data (rules SL-13, PS-1): registering new versions while the desk runs,
 * their history, a preview of what a proposed version would change, and re-evaluation of a running
 * commitment under a chosen version. Applications get it from {@code AfterSales.policies()}.
 *
 * <p>When the store keeps policies ({@link dev.aftersales.spi.AfterSalesStore#policies()}), every
 * registered version is stored, immutable, with who registered it and when; a desk finds the
 * versions its running commitments name in the store, after restarts and on every node, and takes
 * in the latest versions registered elsewhere at most one refresh interval later (or at once after
 * {@link #refresh()}). The policies given to the builder are this desk's own: they are not written
 * to the store by starting the desk, only when a later version of the same policy is registered.
 * Without a policy store, registered versions live in this desk only.
 */
public final class PolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyService.class);
    private static final int PREVIEW_PAGE = 500;

    private final StepContext context;
    private final CommitmentEngine engine;
    private final CommitmentService commitments;
    private final PolicyDocuments documents;
    private final Optional<PolicyRepository> repository;
    private final StoredPolicies stored;
    private final Map<PolicyRef, RegisteredPolicy> local = new ConcurrentHashMap<>();

    /**
     * Creates the service of a desk; applications get it from {@code AfterSales.policies()}.
     *
     * @param context     the desk's store, clock and ids
     * @param engine      the engine with the registered policies and calendars
     * @param commitments the commitments, for re-evaluation
     * @param refresh     how long the latest stored versions are taken as current
     * @throws NullPointerException if an argument is null
     */
    public PolicyService(StepContext context, CommitmentEngine engine, CommitmentService commitments, Duration refresh) {
        this(context, engine, commitments, refresh, new TextDocuments());
    }

    PolicyService(StepContext context, CommitmentEngine engine, CommitmentService commitments, Duration refresh,
                  PolicyDocuments documents) {
        this.context = Objects.requireNonNull(context, "context");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.documents = Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(refresh, "refresh");
        this.repository = context.store().policies();
        this.stored = repository.map(r -> new StoredPolicies(r, documents, context.clock(), refresh)).orElse(null);
        Instant now = context.clock().instant();
        for (CommitmentPolicy latest : engine.policies().latestVersions()) {
            for (CommitmentPolicy p : engine.policies().versions(latest.id())) {
                local.put(p.ref(), RegisteredPolicy.of(p.ref(), documents.write(p), Actor.system(), now));
            }
        }
        if (stored != null) {
            engine.policies().attach(stored);
        }
    }

    /**
     * Registers a new version of a policy (rules SL-13, PS-1), effective for commitments started
     * afterwards: at once on this desk, on other desks of the same store within their refresh
     * interval. Publishes {@link PolicyRegistered} through the step pipeline: with the store's
     * outbox in the transaction that stores the version, else to the listeners once it is stored
     * and in this desk's catalog. The policy is validated as the builder validates it (every problem named) and
     * against the other policies (PS-1); versions of the same policy that only this desk's builder
     * holds are stored first, by the system, so that the stored versions have no gaps.
     *
     * @param policy the policy; its version is one more than the latest registered
     * @param by     who registers it
     * @return the registered version, with who and when
     * @throws NullPointerException   if an argument is null
     * @throws InvalidPolicyException naming every problem of the policy
     * @throws CommitmentException    if that version is already registered (with other content) or
     *                                the version before it is not
     * @throws StaleWriteException    if another desk registered the same version first; nothing is
     *                                written: read the history and register the next version
     */
    public RegisteredPolicy register(CommitmentPolicy policy, Actor by) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(by, "by");
        PolicyCatalog catalog = engine.policies();
        List<PolicyProblem> problems = new ArrayList<>(policy.validate(catalog.calendars()));
        problems.addAll(catalog.ambiguities(policy));
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(policy.ref().toString(), problems);
        }
        int latest = catalog.latest(policy.id()).map(CommitmentPolicy::version).orElse(0);
        if (policy.version() != latest + 1) {
            throw new CommitmentException(CommitmentException.Reason.VERSION_GAP, policy.id(), latest, latest + 1,
                    policy.version());
        }
        String document = documents.write(policy);
        if (!documents.read(document).equals(policy)) {
            throw new CommitmentException(CommitmentException.Reason.NO_ROUND_TRIP, policy.ref());
        }
        RegisteredPolicy registered = RegisteredPolicy.of(policy.ref(), document, by, context.clock().instant());
        String eventId = context.ids().next("EV");
        context.effects().<PolicyRegistered, RegisteredPolicy>run(events -> {
            repository.ifPresent(repo -> store(repo, policy, registered));
            events.add(new PolicyRegistered(eventId, registered.registeredAt(), policy.ref(), by));
            return registered;
        }, event -> { }, done -> {
            if (stored != null) {
                stored.invalidate();
            }
            catalog.register(policy);
            local.put(policy.ref(), registered);
        });
        LOG.info("policy {} registered by {} {}", policy.ref(), by.kind(), by.id());
        return registered;
    }

    /** Stores a version in the step's unit of work, after the versions before it only this desk holds. */
    private void store(PolicyRepository repo, CommitmentPolicy policy, RegisteredPolicy registered) {
        for (int v = 1; v < policy.version(); v++) {
            PolicyRef earlier = new PolicyRef(policy.id(), v);
            if (repo.find(earlier).isEmpty()) {
                RegisteredPolicy inCode = local.get(earlier);
                if (inCode == null) {
                    throw new CommitmentException(CommitmentException.Reason.EARLIER_VERSION_MISSING, earlier);
                }
                repo.register(inCode);
            }
        }
        repo.register(registered);
    }

    /**
     * Lists every version of a policy, oldest first, with who registered it and when: the stored
     * versions and those only this desk's builder holds (registered by the system when the desk
     * started).
     *
     * @param policyId the policy id
     * @return the versions; empty if the policy is unknown
     * @throws NullPointerException if the id is null
     */
    public List<RegisteredPolicy> history(String policyId) {
        Objects.requireNonNull(policyId, "policyId");
        TreeMap<Integer, RegisteredPolicy> out = new TreeMap<>();
        local.values().stream().filter(r -> r.policyId().equals(policyId)).forEach(r -> out.put(r.version(), r));
        repository.ifPresent(r -> r.history(policyId).forEach(v -> out.put(v.version(), v)));
        return List.copyOf(out.values());
    }

    /**
     * Finds a policy version: this desk's, or the store's.
     *
     * @param ref the policy id and version
     * @return the policy, or empty
     * @throws NullPointerException if {@code ref} is null
     */
    public Optional<CommitmentPolicy> find(PolicyRef ref) {
        return engine.policies().find(ref);
    }

    /**
     * Lists the latest version of every policy, as new commitments would start under them.
     *
     * @return the policies, ordered by id
     */
    public List<CommitmentPolicy> latestVersions() {
        return engine.policies().latestVersions();
    }

    /**
     * Reads the latest stored versions now, instead of after the refresh interval.
     *
     * @return the latest version of every policy, ordered by id
     */
    public List<CommitmentPolicy> refresh() {
        if (stored != null) {
            stored.invalidate();
        }
        return latestVersions();
    }

    /**
     * Tells what a proposed version would change if the running commitments of its policy were
     * re-evaluated under it (rule SL-13): for each open commitment, its deadline now and under the
     * proposed version. Nothing is saved or registered.
     *
     * @param proposed the proposed version of a registered policy
     * @return the preview
     * @throws NullPointerException   if {@code proposed} is null
     * @throws InvalidPolicyException naming every problem of the proposed version
     * @throws CommitmentException    if the policy is not registered
     */
    public PolicyPreview preview(CommitmentPolicy proposed) {
        Objects.requireNonNull(proposed, "proposed");
        PolicyCatalog current = engine.policies();
        List<CommitmentPolicy> versions = current.versions(proposed.id());
        if (versions.isEmpty()) {
            throw new CommitmentException(CommitmentException.Reason.NOTHING_RUNS_UNDER, proposed.id());
        }
        PolicyCatalog trial = new PolicyCatalog(current.calendars());
        versions.stream().filter(v -> v.version() != proposed.version()).forEach(trial::register);
        trial.register(proposed);
        trial.attach(new PolicySource() {
            @Override
            public Optional<CommitmentPolicy> find(PolicyRef ref) {
                return current.find(ref);
            }

            @Override
            public List<CommitmentPolicy> latestVersions() {
                return List.of();
            }
        });
        CommitmentEngine trialEngine = new CommitmentEngine(trial, context.ids(), context.clock().getZone());
        Instant now = context.clock().instant();
        List<PolicyPreview.Change> changes = new ArrayList<>();
        List<CommitmentId> withoutTerm = new ArrayList<>();
        int unchanged = 0;
        PageRequest page = PageRequest.first(PREVIEW_PAGE);
        while (true) {
            Page<Commitment> open = context.store().commitments().findOpenByPolicy(proposed.id(), page);
            for (Commitment c : open.items()) {
                if (proposed.term(c.termKey()).isEmpty()) {
                    withoutTerm.add(c.id());
                    continue;
                }
                Commitment after = trialEngine.reEvaluate(c, proposed.ref(), Actor.system(), now);
                if (Objects.equals(after.deadline(), c.deadline())) {
                    unchanged++;
                } else {
                    changes.add(new PolicyPreview.Change(c.id(), c.ticketId(), c.termKey(), c.policy(), c.deadline(),
                            after.deadline()));
                }
            }
            if (!open.hasMore()) {
                break;
            }
            page = open.request().next();
        }
        return new PolicyPreview(proposed.ref(), now, changes, unchanged, withoutTerm);
    }

    /**
     * Re-evaluates a running commitment under a chosen version of its policy (rule SL-13); the
     * explanation records who asked and the deadline before and after.
     *
     * @param id      the commitment
     * @param version the version to apply
     * @param by      who asks
     * @return the commitment as stored afterwards
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if it is not stored or not open, or the version is unknown or
     *                              lacks its term
     * @throws StaleWriteException  if concurrent writes kept the change stale
     */
    public Commitment reEvaluate(CommitmentId id, int version, Actor by) {
        return commitments.reEvaluate(id, version, by);
    }
}
