package dev.aftersales.spi;

import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.RegisteredPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every registered version of every service policy (rule SL-13): a version once registered
 * is never changed or removed, so a running commitment finds the version it started under after
 * restarts and on every node.
 *
 * <p>Versions of one policy are numbered 1, 2, 3 ... without gaps: registering version {@code n}
 * requires version {@code n - 1} to be stored (none for version 1), like an optimistic save based on
 * the latest version. Of concurrent registrations of the same version exactly one is stored; the
 * others get {@link StaleWriteException} and nothing of theirs is written.
 *
 * <p>Common contracts (see the {@code spi} package): a registration joins the calling thread's
 * {@link UnitOfWork} if one is open, else it is atomic on its own; reads see the calling thread's
 * own uncommitted registrations and never another thread's; implementations are thread-safe.
 */
public interface PolicyRepository {

    /**
     * Registers a new version of a policy. Atomic; joins the current unit of work.
     *
     * @param policy the version; its number is one more than the latest stored version of its
     *               policy, or 1 for a new policy
     * @return the stored version, equal to the given one
     * @throws NullPointerException if the policy is null
     * @throws StaleWriteException  if that version is already stored (another registration won) or
     *                              the version before it is not; nothing is written. Its record type
     *                              is {@code "RegisteredPolicy"}, its id the policy id, its expected
     *                              version the given version minus one and its actual version the
     *                              latest stored ({@code -1} if none)
     */
    RegisteredPolicy register(RegisteredPolicy policy);

    /**
     * Finds one version.
     *
     * @param ref the policy id and version
     * @return the version, or empty if it is not stored
     * @throws NullPointerException if the reference is null
     */
    Optional<RegisteredPolicy> find(PolicyRef ref);

    /**
     * Lists every version of a policy, oldest first: its change history.
     *
     * @param policyId the policy id
     * @return the versions in ascending order; empty if the policy is unknown
     * @throws NullPointerException if the id is null
     */
    List<RegisteredPolicy> history(String policyId);

    /**
     * Lists the latest version of every policy, ordered by policy id (ascending, by UTF-16 code
     * units as {@link String#compareTo}).
     *
     * @return the latest versions; empty if no policy is stored
     */
    List<RegisteredPolicy> latestVersions();
}
