package org.jobmatch.matching;

import java.util.Arrays;
import java.util.Optional;

import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRule;
import org.jobmatch.matching.rules.HardRules;

/**
 * For a short list: how far the person would have to travel to be offered more. Rings beyond the current
 * radius, counted in the pool with every other hard rule kept.
 */
final class WiderRadius {

    private static final double[] FACTORS = {1.5, 2, 3};

    record Hint(long radiusKm, long more) {
    }

    private WiderRadius() {
    }

    static Optional<Hint> find(VacancyPool.View view, PersonProfile p) {
        double current = p.facts().reachKm();
        if (Double.isInfinite(current)) { // willing to move: no limit to widen
            return Optional.empty();
        }
        double[] ends = Arrays.stream(FACTORS).map(f -> Math.ceil(current * f / 5) * 5).toArray();
        long[] counts = new long[ends.length];
        double widest = ends[ends.length - 1];
        for (VacancyProfile v : view.near(p.facts().at(), widest)) {
            if (!HardRules.mayPass(p.facts(), v.facts(), p.today())) { // the age band, before measuring
                continue;
            }
            double km = v.facts().distanceKm(p.facts());
            boolean inRings = km > current && km <= widest;
            if (inRings && HardRules.allPassBut(HardRule.DISTANCE, p.facts(), v.facts(), km, p.today())) {
                for (int i = 0; i < ends.length; i++) {
                    counts[i] += km <= ends[i] ? 1 : 0;
                }
            }
        }
        for (int i = 0; i < ends.length; i++) {
            if (counts[i] > 0) {
                return Optional.of(new Hint(Math.round(ends[i]), counts[i]));
            }
        }
        return Optional.empty();
    }
}
