package org.jobmatch.attempts;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jobmatch.attempts.AttemptPolicy.Failures;

/** Where failures are kept: in the ledger, so that a restart forgets nothing. */
interface FailureStore {

    Optional<Failures> read(String key);

    /** Replaces the key's failures by {@code change} of them (null when none), atomically. */
    Failures update(String key, UnaryOperator<Failures> change);

    void remove(String key);
}
