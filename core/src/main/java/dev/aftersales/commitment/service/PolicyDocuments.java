package dev.aftersales.commitment.service;

import dev.aftersales.commitment.CommitmentPolicy;

/**
 * How a policy becomes the document a store keeps, and back: the policy text form. Writing then
 * reading gives an equal policy.
 */
interface PolicyDocuments {

    /**
     * Writes a policy.
     *
     * @param policy the policy
     * @return its document
     */
    String write(CommitmentPolicy policy);

    /**
     * Reads a document.
     *
     * @param document the document
     * @return the policy
     */
    CommitmentPolicy read(String document);
}
