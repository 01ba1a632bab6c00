package dev.aftersales.common;

/**
 * The root of the library's exceptions. Messages name identifiers, states and actions only,
 * never personal data (rule EU-4).
 */
public class AfterSalesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, without personal data
     */
    public AfterSalesException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, without personal data
     * @param cause   the underlying failure
     */
    public AfterSalesException(String message, Throwable cause) {
        super(message, cause);
    }
}
