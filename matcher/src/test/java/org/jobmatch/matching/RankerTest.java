package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.matching.MatchingFixtures.profile;
import static org.jobmatch.matching.MatchingFixtures.vacancy;

import java.util.List;

import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.VacancyDocument;
import org.junit.jupiter.api.Test;

class RankerTest {

    private final Ranker ranker = new Ranker(MatchingSettings.defaults());

    @Test
    void recommendsThreeEmployersWhenPoolAllows() {
        List<Scored> ranked = ranker.rank(profile("电焊"), List.of(
                vacancy("V1", "甲厂", "电焊工", VacancySource.ENTERPRISE, 1),
                vacancy("V2", "甲厂", "焊工", VacancySource.ENTERPRISE, 1),
                vacancy("V3", "甲厂", "二保焊工", VacancySource.ENTERPRISE, 1),
                vacancy("V4", "乙厂", "焊工", VacancySource.ENTERPRISE, 10),
                vacancy("V5", "丙厂", "普工", VacancySource.ENTERPRISE, 10)));

        List<Scored> chosen = Ranker.spread(ranked, 3);

        assertThat(chosen).extracting(s -> s.vacancy().employer()).containsExactlyInAnyOrder("甲厂", "乙厂", "丙厂");
    }

    @Test
    void fillsFromTheSameEmployerWhenThePoolIsNarrow() {
        List<Scored> ranked = ranker.rank(profile("电焊"), List.of(
                vacancy("V1", "甲厂", "电焊工", VacancySource.ENTERPRISE, 1),
                vacancy("V2", "甲厂", "焊工", VacancySource.ENTERPRISE, 2),
                vacancy("V3", "乙厂", "焊工", VacancySource.ENTERPRISE, 3)));

        assertThat(Ranker.spread(ranked, 3)).extracting(s -> s.vacancy().id()).containsExactlyInAnyOrder("V1", "V2", "V3");
    }

    @Test
    void dropsACandidateThatBreaksAHardRule() {
        VacancyDocument tooFar = vacancy("V1", "甲厂", "电焊工", VacancySource.ENTERPRISE, 80);

        assertThat(ranker.rank(profile("电焊"), List.of(tooFar))).isEmpty();
    }

    @Test
    void ranksBestFirst() {
        List<Scored> ranked = ranker.rank(profile("电焊"), List.of(
                vacancy("V1", "甲厂", "保洁员", VacancySource.ENTERPRISE, 1),
                vacancy("V2", "乙厂", "电焊工", VacancySource.ENTERPRISE, 1)));

        assertThat(ranked).extracting(s -> s.vacancy().id()).containsExactly("V2", "V1");
    }
}
