package dev.aftersales.commitment;

import dev.aftersales.common.IdGenerator;
import java.util.Objects;

/**
 * What applying a ticket step needs of the engine's parts, and nothing else (rules SL-7 to SL-14):
 * the registered terms and calendars, the evaluations, and the generator of commitment ids. The
 * engine hands it to each {@link TicketEventApplier}; the applier never calls the engine back.
 *
 * @param terms       the registered policies, terms and calendars
 * @param evaluations evaluates, summarizes and recomputes commitments
 * @param ids         the generator of commitment ids ({@code C-...})
 */
record ApplierContext(Terms terms, Evaluations evaluations, IdGenerator ids) {

    ApplierContext {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(ids, "ids");
    }
}
