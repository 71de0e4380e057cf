package org.jobmatch.batch;

import java.util.Arrays;
import java.util.Map;

import org.jobmatch.batch.allocation.Spread;

/**
 * How evenly a run spread its referrals. Per open vacancy, referrals divided by openings: the maximum and
 * the 95th percentile; the share of open vacancies that got at least one referral; the score given up
 * per referral against the uncapped ranking; persons referred to a vacancy over its cap; vacancies over the cap.
 * And how good that is: the lower bound of the maximum that any allocation of the run's options could reach,
 * whether K x openings held, the cap factor of the vacancies raised above it, the share of persons given three
 * jobs against the share who could be, the share of the uncapped picks' score given up, the allocation's seconds.
 */
public record FairnessReport(int referralsPerOpeningCap, double maxReferralsPerOpening,
                             double p95ReferralsPerOpening, double shareOfVacanciesReferred,
                             double averageScoreGivenUp, long referrals, long openVacancies,
                             long vacanciesReferred, long vacanciesOverCap, long personsCapRelaxed,
                             Double lowerBoundMaxReferralsPerOpening, Boolean capHolds, Double capFactor,
                             Integer vacanciesCapRaised, Double shareWithThree, Double shareWithThreePossible,
                             Double scoreGivenUpShare, Double allocationSeconds) {

    /**
     * @param referralsByVacancy this run's referrals per vacancy
     * @param openings           openings of every open vacancy
     * @param spread             the allocation's figures (null for a run allocated before they were kept)
     */
    static FairnessReport of(int cap, Map<String, Long> referralsByVacancy, Map<String, Integer> openings,
                             double scoreGivenUp, long personsCapRelaxed, Spread spread) {
        double[] ratios = openings.entrySet().stream()
                .mapToDouble(e -> (double) referralsByVacancy.getOrDefault(e.getKey(), 0L) / Math.max(1, e.getValue()))
                .sorted().toArray();
        long referrals = referralsByVacancy.values().stream().mapToLong(Long::longValue).sum();
        long referred = openings.keySet().stream().filter(v -> referralsByVacancy.getOrDefault(v, 0L) > 0).count();
        long overCap = Arrays.stream(ratios).filter(r -> r > cap).count();
        boolean s = spread != null;
        return new FairnessReport(cap, round(ratios.length == 0 ? 0 : ratios[ratios.length - 1]),
                round(percentile(ratios, 0.95)), round(openings.isEmpty() ? 0 : (double) referred / openings.size()),
                referrals == 0 ? 0 : Math.round(scoreGivenUp / referrals * 10000) / 10000.0, referrals,
                openings.size(), referred, overCap, personsCapRelaxed,
                s ? round(spread.lowerBound()) : null, s ? spread.kHolds() : null, s ? round(spread.factor()) : null,
                s ? spread.raised() : null, s ? share(spread.personsWithThree(), spread.persons()) : null,
                s ? share(spread.personsThreePossible(), spread.persons()) : null,
                s ? share(spread.uncappedScore() - spread.chosenScore(), spread.uncappedScore()) : null,
                s ? round(spread.seconds()) : null);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 10000) / 10000.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
