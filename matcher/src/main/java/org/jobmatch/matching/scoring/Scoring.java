package org.jobmatch.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.scoring.Priorities.Reach;

/**
 * The one score of a (person, vacancy) pair, in [0, 1]: skill and wished-job fit, distance decay and the
 * priorities of employment assistance, weighted. Every path ranks by it: one recommendation, a batch, a
 * shortlist, the kiosk, "why not". Only vacancies that passed every hard rule are scored.
 */
public final class Scoring {

    /** Distance at which the distance factor has fallen to 1/e. */
    private static final double DISTANCE_SCALE_KM = 15;

    private final Weights weights;

    public Scoring(Weights weights) {
        this.weights = weights;
    }

    /** The score with its factors and the reasons in Chinese. */
    public Scored explain(PersonProfile p, VacancyProfile v, double km) {
        List<String> reasons = new ArrayList<>();
        SkillMatch match = SkillMatch.of(p, v);
        double skill = SkillFit.value(p, v, match);
        SkillFit.explain(p, v, match, reasons);
        reasons.add(km < 1 ? "距离不到 1 公里" : String.format(Locale.ROOT, "距离 %.1f 公里", km));
        double priority = Priorities.of(p, VacancyProfile.Kind.of(v.kind()), Reach.of(p, v, km), reasons);
        List<Factor> factors = List.of(new Factor("技能与意向匹配", Math.max(0, skill), weights.skill()),
                new Factor("距离", distance(km), weights.distance()), new Factor("帮扶优先", priority, weights.priority()));
        return new Scored(v, km, total(skill, distance(km), priority), factors, List.copyOf(reasons));
    }

    /**
     * The parts of the score that depend on the person only, worked out once: for ranking many vacancies.
     * {@code kindGroups}: for each kind of vacancy, the eligible groups of those to be ranked as bits, OR-ed (-1 when
     * one is open to anyone, 0 when there is none), so that the best priority counts only the kinds the person may take.
     */
    public Of of(PersonProfile p, int[] kindGroups) {
        return new Of(p, kindGroups);
    }

    /** One person's scores: the same arithmetic, the priorities of each kind of vacancy at each reach ready. */
    public final class Of {

        /** By reach and kind; worked out when first asked for (NaN until then). */
        private final double[] priorities = new double[Reach.values().length * VacancyProfile.KINDS];
        private final PersonProfile person;
        private final double best;

        private Of(PersonProfile p, int[] kindGroups) {
            person = p;
            Arrays.fill(priorities, Double.NaN);
            double most = 0;
            for (int kind = 0; kind < VacancyProfile.KINDS; kind++) {
                if (kindGroups[kind] == -1 || (kindGroups[kind] & p.facts().groups()) != 0) {
                    most = Math.max(most, priority(Reach.HOME_TOWNSHIP, kind));
                }
            }
            best = most;
        }

        public double score(VacancyProfile v, double skill, double km) {
            return total(skill, distance(km), priority(Reach.of(person, v, km), v.kind()));
        }

        /** The highest score the pair could have at any distance: what a search may prune by. */
        public double bound(VacancyProfile v, double skill) {
            return total(skill, 1, priority(Reach.HOME_TOWNSHIP, v.kind()));
        }

        private double priority(Reach reach, int kind) {
            int i = reach.ordinal() * VacancyProfile.KINDS + kind;
            double value = priorities[i];
            if (Double.isNaN(value)) {
                value = Priorities.of(person, VacancyProfile.Kind.of(kind), reach, null);
                priorities[i] = value;
            }
            return value;
        }

        /** The highest score of any vacancy worth at most {@code skill} at {@code km} or farther. */
        public double bound(double skill, double km) {
            return total(skill, distance(km), best);
        }
    }

    /** 0 for a job the person may not hold ({@link SkillFit#BARRED}), whatever its distance and priority. */
    private double total(double skill, double distance, double priority) {
        if (skill == SkillFit.BARRED) {
            return 0;
        }
        return skill * weights.skill() + distance * weights.distance() + priority * weights.priority();
    }

    private static double distance(double km) {
        return Math.exp(-km / DISTANCE_SCALE_KM);
    }

    /** Weights of the ranking factors; they sum to 1 so scores stay within [0, 1]. */
    public record Weights(double skill, double distance, double priority) {

        public Weights {
            if (Math.abs(skill + distance + priority - 1) > 1e-6) {
                throw new IllegalArgumentException("ranking weights must sum to 1");
            }
        }

        public static Weights defaults() {
            return new Weights(0.60, 0.20, 0.20);
        }
    }
}
