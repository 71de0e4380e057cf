package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The contract's three-employer rule: the best of each employer first, then the next best of any employer. */
public final class EmployerSpread {

    private EmployerSpread() {
    }

    /**
     * Picks up to {@code limit} from {@code ranked} (best first): one per employer while the list allows,
     * then the next best of any employer. The picks come in the order of {@code ranked}.
     */
    public static <T> List<T> pick(List<T> ranked, int limit, Function<T, String> employer) {
        Set<T> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> employers = new HashSet<>();
        for (T candidate : ranked) {
            if (chosen.size() < limit && employers.add(employer.apply(candidate))) {
                chosen.add(candidate);
            }
        }
        for (T candidate : ranked) {
            if (chosen.size() < limit) {
                chosen.add(candidate);
            }
        }
        List<T> inOrder = new ArrayList<>(chosen.size());
        for (T candidate : ranked) {
            if (chosen.contains(candidate)) {
                inOrder.add(candidate);
            }
        }
        return inOrder;
    }
}
