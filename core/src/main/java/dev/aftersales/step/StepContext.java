package dev.aftersales.step;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.AfterSalesStore;
import java.time.Clock;
import java.util.Objects;

/**
 * What every feature service of one desk shares: the store, the clock every step is stamped with,
 * the identifier generator, the command validator (in the desk's language) and the
 * {@link StepEffects step pipeline}. The one assembly of the services: {@code AfterSales.builder()}
 * makes it and hands it to each service; applications use the desk instead.
 *
 * @param store     the store every repository and the unit of work come from
 * @param clock     the clock stamping every step and defining "today" (in its zone)
 * @param ids       the generator of new identifiers
 * @param validator the validator of commands
 * @param effects   the step pipeline
 */
public record StepContext(AfterSalesStore store, Clock clock, IdGenerator ids, CommandValidator validator,
                          StepEffects effects) {

    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException if a component is null
     */
    public StepContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(effects, "effects");
    }
}
