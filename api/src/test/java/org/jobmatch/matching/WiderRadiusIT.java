package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.lucene.util.SloppyMath;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A batch counts the wider-radius hint in its own index; it must be the aggregation's answer, edges included. */
@ServiceIT
class WiderRadiusIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    Recommender recommender;
    @Autowired
    Clock clock;

    @Test
    void localIndexGivesTheHintOfTheAggregationForPersonsAnywhereWithAnyLimits() throws Exception {
        ledger.replaceWith(http, Path.of("src/test/resources/evaluation"));
        LocalDate today = LocalDate.now(clock);
        VacancyPool pool = VacancyPool.load(client);
        LocalIndex index = new LocalIndex(pool.all(), today, 0, 0, TermStatistics.of(client));
        List<VacancyPool.Pooled> vacancies = new ArrayList<>(pool.all());
        Random random = new Random(20261123);
        int hints = 0;
        for (int i = 0; i < 300; i++) {
            GeoPoint home = vacancies.get(random.nextInt(vacancies.size())).vacancy().location();
            GeoPoint at = new GeoPoint(home.lat() + random.nextGaussian() * 0.05, home.lon() + random.nextGaussian() * 0.05);
            // every third person's limit is exactly a vacancy's distance: the aggregation's lower edge
            int edge = random.nextInt(index.size());
            double limit = i % 3 == 0
                    ? SloppyMath.haversinMeters(at.lat(), at.lon(), index.lat[edge], index.lon[edge]) / 1000.0
                    : 0.5 + random.nextDouble() * 20;
            PersonProfile profile = recommender.profile(person(random, at, limit), today);

            var local = WiderRadius.find(index, profile);

            assertThat(local).as(profile.person().toString()).isEqualTo(WiderRadius.find(client, profile));
            hints += local.isPresent() ? 1 : 0;
        }
        assertThat(hints).as("persons given a hint").isGreaterThan(100);
    }

    private static Person person(Random random, GeoPoint at, double limitKm) {
        Set<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        AssistanceGroup[] all = AssistanceGroup.values();
        for (int k = random.nextInt(3); k > 0; k--) {
            groups.add(all[random.nextInt(all.length)]);
        }
        Set<WorkMode> modes = random.nextInt(3) == 0 ? Set.of(WorkMode.values()[random.nextInt(WorkMode.values().length)])
                : Set.of();
        Integer minWage = random.nextInt(3) == 0 ? 2000 + random.nextInt(40) * 100 : null;
        return new Person("WR-" + random.nextInt(1_000_000), "测试", null, random.nextBoolean() ? Gender.M : Gender.F,
                LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1), null, null, "三星镇", null, at,
                groups, EmploymentStatus.UNEMPLOYED, "", new Preferences(null, modes, limitKm, false, minWage));
    }
}
