package dev.aftersales.commitment;

import java.util.List;
import java.util.Optional;

/**
 * Where a {@link PolicyCatalog} finds policy versions it was not given (rule SL-13): the versions
 * other nodes registered, or that an earlier run registered, in the store. The catalog asks it for
 * a version it lacks (a running commitment names it) and for the latest versions when a ticket
 * step may start commitments; an implementation answers the latter from a cache it refreshes now
 * and then, so that a step does not query the store each time.
 */
public interface PolicySource {

    /**
     * Finds one version.
     *
     * @param ref the policy id and version
     * @return the version, or empty if the source lacks it too
     */
    Optional<CommitmentPolicy> find(PolicyRef ref);

    /**
     * Lists the latest version of every policy the source knows, possibly as of a short while ago.
     *
     * @return the latest versions
     */
    List<CommitmentPolicy> latestVersions();
}
