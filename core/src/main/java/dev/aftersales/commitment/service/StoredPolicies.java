package dev.aftersales.commitment.service;

import dev.aftersales.commitment.CommitmentException;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicySource;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.spi.PolicyRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy versions of the store as a {@link PolicySource} (rule SL-13): a version a running
 * commitment names is read when the desk lacks it; the latest versions are read at most once per
 * refresh interval (by the injected clock), so that the ticket steps in between read none.
 */
final class StoredPolicies implements PolicySource {

    /** The latest versions as read at an instant. */
    private record Snapshot(List<CommitmentPolicy> latest, Instant readAt) {
    }

    private final PolicyRepository repository;
    private final PolicyDocuments documents;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    StoredPolicies(PolicyRepository repository, PolicyDocuments documents, Clock clock, Duration refresh) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    @Override
    public Optional<CommitmentPolicy> find(PolicyRef ref) {
        return repository.find(ref).map(this::read);
    }

    @Override
    public List<CommitmentPolicy> latestVersions() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || !now.isBefore(s.readAt().plus(refresh)) || now.isBefore(s.readAt())) {
            s = new Snapshot(repository.latestVersions().stream().map(this::read).toList(), now);
            snapshot = s;
        }
        return s.latest();
    }

    /** Makes the next {@link #latestVersions()} read the store. */
    void invalidate() {
        snapshot = null;
    }

    private CommitmentPolicy read(RegisteredPolicy stored) {
        CommitmentPolicy policy = documents.read(stored.document());
        if (!policy.ref().equals(stored.ref())) {
            throw new CommitmentException(CommitmentException.Reason.DOCUMENT_MISMATCH, stored.ref(),
                    policy.ref());
        }
        return policy;
    }
}
