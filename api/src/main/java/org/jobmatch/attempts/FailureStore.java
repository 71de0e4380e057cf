package org.jobmatch.attempts;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jobmatch.attempts.AttemptPolicy.Failures;

/** Where failures are kept: in the ledger, so that a restart forgets nothing. */
interface FailureStore {

    /** The failures of those of {@code keys} that have any (one read, however many keys). */
    Map<String, Failures> read(List<String> keys);

    /** Replaces the key's failures by {@code change} of them (null when none), atomically. */
    Failures update(String key, UnaryOperator<Failures> change);

    void remove(String key);
}
