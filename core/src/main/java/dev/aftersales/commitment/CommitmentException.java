package dev.aftersales.commitment;

import dev.aftersales.common.AfterSalesException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when the commitment engine cannot do what it was asked: an unknown policy version or
 * term, a commitment whose calendar is not registered, a re-evaluation to a version without the
 * term. The message names identifiers only, in English or Chinese ({@link #message(Locale)}).
 */
public class CommitmentException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "dev.aftersales.commitment.explanation";

    /** What the engine could not do; each names its identifiers in order. */
    public enum Reason {
        /** A registered version given again with other content: policy, next free version. */
        POLICY_CHANGED,
        /** A policy version that is not registered: policy. */
        POLICY_NOT_REGISTERED,
        /** A stored policy document that describes another policy: stored policy, described policy. */
        DOCUMENT_MISMATCH,
        /** A commitment that is not stored: commitment. */
        NO_COMMITMENT,
        /** A version that does not follow the latest: policy id, latest, next, given version. */
        VERSION_GAP,
        /** A policy that reads back differently from its text form: policy. */
        NO_ROUND_TRIP,
        /** An earlier version neither stored nor given: policy. */
        EARLIER_VERSION_MISSING,
        /** A proposed change of a policy that is not registered: policy id. */
        NOTHING_RUNS_UNDER,
        /** A policy without the commitment's term: policy, term. */
        NO_TERM,
        /** A re-evaluation under another policy's version: commitment, its policy id, asked version. */
        OTHER_POLICY,
        /** A re-evaluation of a stopped commitment: commitment. */
        STOPPED,
        /** A re-evaluation under a version without the term: version, term, commitment. */
        NO_TERM_TO_REEVALUATE,
        /** Anything else, with an English message only. */
        OTHER
    }

    private final Reason reason;
    private final String[] args;

    /**
     * Creates the exception with an English message only: its Chinese message is
     * {@code 承诺引擎无法执行：} followed by the English one. The library gives a {@link Reason}.
     *
     * @param message what went wrong, naming identifiers only
     */
    public CommitmentException(String message) {
        this(Reason.OTHER, message);
    }

    /**
     * Creates the exception for a reason.
     *
     * @param reason what went wrong
     * @param ids    the identifiers the reason names, in its order (printed with {@code String.valueOf})
     * @throws NullPointerException if the reason is null
     */
    public CommitmentException(Reason reason, Object... ids) {
        super(text(BUNDLE, Locale.ENGLISH, "error." + Objects.requireNonNull(reason, "reason"), ids));
        this.reason = reason;
        this.args = Arrays.stream(ids).map(String::valueOf).toArray(String[]::new);
    }

    /**
     * Gets what went wrong.
     *
     * @return the reason; {@link Reason#OTHER} for an exception created with a message
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 制度 rp@2 未登记}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming identifiers only
     */
    @Override
    public String message(Locale locale) {
        return text(BUNDLE, locale, "error." + reason, (Object[]) args);
    }
}
