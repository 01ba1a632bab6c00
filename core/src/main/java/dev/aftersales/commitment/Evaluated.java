package dev.aftersales.commitment;

import java.util.Objects;

/**
 * A commitment with its evaluation, computed once, so that what follows from it (what is due, the
 * summary, the next check) does not evaluate it again.
 *
 * @param commitment the commitment
 * @param evaluation its evaluation
 */
record Evaluated(Commitment commitment, Evaluation evaluation) {

    Evaluated {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
