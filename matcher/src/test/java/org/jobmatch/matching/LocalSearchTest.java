package org.jobmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.VacancyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.matching.MatchingFixtures.DOCUMENTS;
import static org.jobmatch.matching.MatchingFixtures.TODAY;

/** The local search visits only the cells that can reach the cut, and finds what scoring everything finds. */
class LocalSearchTest {

    private static final String[] WORDS = {"保洁", "保安", "护工", "电焊", "绿化", "普工", "包装", "缝纫", "厨师",
            "司机", "养老护理", "装配", "仓管", "收银", "电工", "巡河", "快递分拣", "农业种植", "家政服务", "会计"};
    private static final int VILLAGES = 150;
    private static LocalSearch search;
    private static Random random;

    @BeforeAll
    static void county() throws IOException {
        random = new Random(20261123);
        List<GeoPoint> villages = new ArrayList<>();
        for (int v = 0; v < VILLAGES; v++) {
            villages.add(new GeoPoint(31.7 + random.nextDouble() * 0.5, 120.9 + random.nextDouble() * 0.6));
        }
        List<VacancyPool.Pooled> pooled = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            VacancyDocument doc = DOCUMENTS.vacancy(vacancy(i, villages.get(random.nextInt(VILLAGES))));
            pooled.add(new VacancyPool.Pooled(doc, VacancyDocuments.toVacancy(doc)));
        }
        long length = pooled.stream().mapToLong(p -> LocalIndex.tokens(p.document().terms()).length).sum();
        search = new LocalSearch(new LocalIndex(pooled, TODAY, 3, 2,
                terms -> new TermStatistics(pooled.size(), length, java.util.Map.of())), 60);
    }

    @Test
    void prunedSearchFindsTheCandidatesOfScoringEveryVacancy() {
        int decided = 0;
        for (int i = 0; i < 500; i++) {
            PersonProfile person = person(i);
            Optional<LocalSearch.Candidates> pruned = search.search(person, false, true);
            Optional<LocalSearch.Candidates> everything = search.search(person, false, false);
            assertThat(pruned.map(LocalSearchTest::lists)).as(person.person().toString())
                    .isEqualTo(everything.map(LocalSearchTest::lists));
            decided += pruned.isPresent() ? 1 : 0;
        }
        assertThat(decided).as("persons decided without a search").isGreaterThan(300);
    }

    @Test
    void candidatesAreTheTopScoresOfEveryVacancyThePersonMayTakeAndAllCertainWhenNoMoreThanTheHits() {
        for (int i = 0; i < 100; i++) {
            PersonProfile person = person(i);
            search.search(person, true, false).ifPresent(c -> {
                double[] eligible = java.util.Arrays.stream(c.scores()).filter(x -> !Double.isNaN(x)).sorted().toArray();
                double cut = eligible.length <= 60 ? Double.NEGATIVE_INFINITY : eligible[eligible.length - 60];
                for (int doc = 0; doc < c.scores().length; doc++) {
                    double s = c.scores()[doc];
                    boolean candidate = c.certain().contains(doc) || c.uncertain().contains(doc);
                    assertThat(candidate).isEqualTo(s >= cut - 2 * LocalSearch.EPSILON);
                    assertThat(c.certain().contains(doc)).isEqualTo(s > cut + 2 * LocalSearch.EPSILON
                            || (candidate && c.uncertain().isEmpty()));
                }
                assertThat(c.certain().size() + c.uncertain().size()).isGreaterThanOrEqualTo(
                        Math.min(60, (int) java.util.Arrays.stream(c.scores()).filter(x -> !Double.isNaN(x)).count()));
            });
        }
    }

    private static List<List<Integer>> lists(LocalSearch.Candidates candidates) {
        return List.of(candidates.certain(), candidates.uncertain());
    }

    private static Vacancy vacancy(int i, GeoPoint village) {
        VacancySource source = VacancySource.values()[random.nextInt(VacancySource.values().length)];
        Set<AssistanceGroup> groups = source == VacancySource.WELFARE_POST
                ? EnumSet.of(AssistanceGroup.DIFFICULT, AssistanceGroup.DISABLED) : Set.of();
        Integer wageMax = random.nextBoolean() ? null : 2500 + random.nextInt(5000);
        return new Vacancy("V-" + i, source, "单位" + random.nextInt(400), words(1), null, List.of(words(2).split(" ")),
                "三星镇", village, 18 + random.nextInt(10), 45 + random.nextInt(20), 1 + random.nextInt(4), null, wageMax,
                WorkMode.values()[random.nextInt(WorkMode.values().length)], random.nextInt(5) == 0, groups, null, null);
    }

    private static PersonProfile person(int i) {
        Set<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        for (AssistanceGroup g : AssistanceGroup.values()) {
            if (random.nextInt(6) == 0) {
                groups.add(g);
            }
        }
        Set<WorkMode> modes = random.nextBoolean() ? Set.of() : Set.of(WorkMode.values()[random.nextInt(4)]);
        Preferences preferences = new Preferences(random.nextBoolean() ? words(1) : null, modes,
                new double[]{5, 10, 30}[random.nextInt(3)], random.nextInt(10) == 0,
                random.nextBoolean() ? null : 2000 + random.nextInt(4000));
        GeoPoint home = new GeoPoint(31.65 + random.nextDouble() * 0.6, 120.85 + random.nextDouble() * 0.7);
        Person person = new Person("P-" + i, "测试", null, random.nextBoolean() ? Gender.M : Gender.F,
                TODAY.minusYears(18 + random.nextInt(45)), null, null, "三星镇", null, home, groups,
                EmploymentStatus.UNEMPLOYED, random.nextInt(3) == 0 ? "" : words(1 + random.nextInt(2)), preferences);
        return PersonProfile.of(person, TODAY, DOCUMENTS.analyzer());
    }

    private static String words(int n) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }
}
