package dev.aftersales.commitment.service;

import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.format.PolicyFormat;

/** Policies stored in their text form (docs/policies.md), through {@link PolicyFormat}. */
final class TextDocuments implements PolicyDocuments {

    @Override
    public String write(CommitmentPolicy policy) {
        return PolicyFormat.write(policy);
    }

    @Override
    public CommitmentPolicy read(String document) {
        return PolicyFormat.parse("stored policy", document);
    }
}
