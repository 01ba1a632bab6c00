package dev.aftersales.storage.jdbc.policy;

import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.common.Actor;
import dev.aftersales.spi.PolicyRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy versions (rule SL-13) in the table {@code policy_version}, keyed by (policy id, version).
 * A registration reads the latest stored version of its policy and inserts the next one unless the
 * key is taken, in one transaction: of two registrations of one version the primary key lets one
 * in, and the other finds its key taken and writes nothing.
 */
public final class JdbcPolicyRepository implements PolicyRepository {

    private static final List<String> COLUMNS = List.of("policy_id", "version", "document", "registered_by_kind",
            "registered_by_id", "registered_at");
    private static final List<String> KEY = List.of("policy_id", "version");

    private final JdbcRunner jdbc;
    private final String table;
    private final String select;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcPolicyRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.table = prefix.table("policy_version");
        this.select = "SELECT " + String.join(", ", COLUMNS) + " FROM " + table;
    }

    @Override
    public RegisteredPolicy register(RegisteredPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return jdbc.transactions().inTransaction(() -> {
            int latest = latest(policy.policyId());
            if (latest != policy.version() - 1) {
                throw stale(policy, latest);
            }
            boolean inserted = jdbc.insertIfAbsent(table, COLUMNS, KEY, p -> p.text(policy.policyId())
                    .intValue(policy.version()).text(policy.document()).name(policy.registeredBy().kind())
                    .text(policy.registeredBy().id()).instant(policy.registeredAt()));
            if (!inserted) {
                throw stale(policy, policy.version());
            }
            return policy;
        });
    }

    @Override
    public Optional<RegisteredPolicy> find(PolicyRef ref) {
        Objects.requireNonNull(ref, "ref");
        return jdbc.queryOptional(select + " WHERE policy_id = ? AND version = ?",
                p -> p.text(ref.id()).intValue(ref.version()), JdbcPolicyRepository::row);
    }

    @Override
    public List<RegisteredPolicy> history(String policyId) {
        Objects.requireNonNull(policyId, "policyId");
        return jdbc.query(select + " WHERE policy_id = ? ORDER BY version", p -> p.text(policyId),
                JdbcPolicyRepository::row);
    }

    @Override
    public List<RegisteredPolicy> latestVersions() {
        return jdbc.query(select + " v WHERE version = (SELECT MAX(version) FROM " + table
                + " w WHERE w.policy_id = v.policy_id) ORDER BY policy_id", p -> { }, JdbcPolicyRepository::row);
    }

    private int latest(String policyId) {
        return jdbc.queryOne("SELECT COALESCE(MAX(version), 0) AS latest FROM " + table + " WHERE policy_id = ?",
                p -> p.text(policyId), r -> r.intValue("latest"));
    }

    private static StaleWriteException stale(RegisteredPolicy policy, int latest) {
        return new StaleWriteException("RegisteredPolicy", policy.policyId(), policy.version() - 1L,
                latest == 0 ? -1 : latest);
    }

    private static RegisteredPolicy row(Row r) throws SQLException {
        return new RegisteredPolicy(new PolicyRef(r.text("policy_id"), r.intValue("version")), r.text("document"),
                new Actor(r.enumValue("registered_by_kind", Actor.Kind.class), r.text("registered_by_id")),
                r.instant("registered_at"));
    }
}
