package dev.aftersales.storage.memory;

import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.common.Versioned;
import dev.aftersales.spi.PolicyRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy versions in memory (rule SL-13): a head per policy, whose version is the latest policy
 * version and is saved optimistically (so that of two registrations of one version exactly one
 * commits), and an insert-only table of the versions themselves.
 */
final class MemoryPolicyRepository implements PolicyRepository {

    /** The latest version of one policy; its row version is that policy version. */
    private record Head(String policyId, long version) implements Versioned<Head> {
        @Override
        public Head withVersion(long value) {
            return new Head(policyId, value);
        }

        @Override
        public String idText() {
            return policyId;
        }
    }

    /** One registered version, keyed by {@code id@version}; inserted once, never updated. */
    private record Row(RegisteredPolicy policy, long version) implements Versioned<Row> {
        @Override
        public Row withVersion(long value) {
            return new Row(policy, value);
        }

        @Override
        public String idText() {
            return policy.ref().toString();
        }
    }

    private final MemoryTransactions transactions;
    private final MemoryTable<Head> heads;
    private final MemoryTable<Row> versions;

    MemoryPolicyRepository(MemoryTransactions transactions) {
        this.transactions = transactions;
        this.heads = new MemoryTable<>("policy_head", transactions);
        this.versions = new MemoryTable<>("policy_version", transactions);
    }

    @Override
    public RegisteredPolicy register(RegisteredPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return transactions.inTransaction(() -> {
            heads.save(new Head(policy.policyId(), policy.version() - 1L));
            versions.save(new Row(policy, 0));
            return policy;
        });
    }

    @Override
    public Optional<RegisteredPolicy> find(PolicyRef ref) {
        Objects.requireNonNull(ref, "ref");
        return versions.find(ref.toString()).map(Row::policy);
    }

    @Override
    public List<RegisteredPolicy> history(String policyId) {
        Objects.requireNonNull(policyId, "policyId");
        List<RegisteredPolicy> out = new ArrayList<>();
        versions.select(r -> r.policy().policyId().equals(policyId), Comparator.comparingInt(r -> r.policy().version()))
                .forEach(r -> out.add(r.policy()));
        return out;
    }

    @Override
    public List<RegisteredPolicy> latestVersions() {
        List<RegisteredPolicy> out = new ArrayList<>();
        for (Head head : heads.select(h -> true, Comparator.comparing(Head::policyId))) {
            String key = new PolicyRef(head.policyId(), (int) head.version()).toString();
            out.add(versions.find(key).map(Row::policy)
                    .orElseThrow(() -> new IllegalStateException("policy head without its version: " + key)));
        }
        return out;
    }
}
