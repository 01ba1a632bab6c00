package dev.aftersales.commitment;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when the commitment engine cannot do what it was asked: an unknown policy version or
 * term, a commitment whose calendar is not registered, a re-evaluation to a version without the
 * term. The message names identifiers only.
 */
public class CommitmentException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming identifiers only
     */
    public CommitmentException(String message) {
        super(message);
    }
}
