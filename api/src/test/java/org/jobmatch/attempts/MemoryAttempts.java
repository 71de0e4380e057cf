package org.jobmatch.attempts;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jobmatch.attempts.AttemptPolicy.Failures;

/** An attempt limiter on a map, for unit tests of what uses one. */
public final class MemoryAttempts implements FailureStore {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public static AttemptLimiter limiter(Clock clock) {
        return new AttemptLimiter(new MemoryAttempts(), clock);
    }

    @Override
    public Map<String, Failures> read(List<String> keys) {
        Map<String, Failures> found = new HashMap<>();
        keys.stream().filter(failures::containsKey).forEach(key -> found.put(key, failures.get(key)));
        return found;
    }

    @Override
    public Failures update(String key, UnaryOperator<Failures> change) {
        return failures.compute(key, (k, old) -> change.apply(old));
    }

    @Override
    public void remove(String key) {
        failures.remove(key);
    }
}
