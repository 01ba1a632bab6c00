package dev.aftersales.commitment;

import dev.aftersales.common.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One registered version of a service policy as a store keeps it (rule SL-13): immutable once
 * registered, with who registered it and when. The store treats the document as opaque text; the
 * library writes and reads it in the policy text form.
 *
 * @param ref          the policy id and version
 * @param document     the policy in its text form, never blank
 * @param registeredBy who registered the version
 * @param registeredAt when it was registered, kept to the microsecond (what every store keeps)
 */
public record RegisteredPolicy(PolicyRef ref, String document, Actor registeredBy, Instant registeredAt) {

    /**
     * Creates a registered version; the instant is truncated to the microsecond.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the document is blank
     */
    public RegisteredPolicy {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (document.isBlank()) {
            throw new IllegalArgumentException("the document of policy " + ref + " is blank");
        }
        registeredAt = registeredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Names a version about to be registered.
     *
     * @param ref          the policy id and version
     * @param document     the policy in its text form
     * @param registeredBy who registers it
     * @param registeredAt when
     * @return the version
     */
    public static RegisteredPolicy of(PolicyRef ref, String document, Actor registeredBy, Instant registeredAt) {
        return new RegisteredPolicy(ref, document, registeredBy, registeredAt);
    }

    /** @return the policy id */
    public String policyId() {
        return ref.id();
    }

    /** @return the version number */
    public int version() {
        return ref.version();
    }

    /** Names the version and who registered it when; the document is left out. */
    @Override
    public String toString() {
        return "RegisteredPolicy[" + ref + " by " + registeredBy.kind() + " " + registeredBy.id() + " at "
                + registeredAt + ", " + document.length() + " chars]";
    }
}
