package org.jobmatch.matching.rules;

import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.WorkMode;

/** Enum sets as bit sets, so that a rule over a person and a vacancy is one AND. */
public final class Bits {

    public static final int HARD_TO_EMPLOY = of(AssistanceGroup.HARD_TO_EMPLOY);

    private Bits() {
    }

    public static int of(Enum<?> value) {
        return 1 << value.ordinal();
    }

    public static int of(Set<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> value : values) {
            bits |= of(value);
        }
        return bits;
    }

    static {
        if (AssistanceGroup.values().length > 31 || WorkMode.values().length > 31) {
            throw new IllegalStateException("too many values for an int bit set");
        }
    }
}
