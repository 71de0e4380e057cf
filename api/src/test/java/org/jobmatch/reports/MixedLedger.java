package org.jobmatch.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jobmatch.bench.CountyGenerator;
import org.jobmatch.support.Ledger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic mixed ledger for the forms: a generated county (persons, vacancies) imported as the ledger's systems
 * send it, then a year of work written straight into the ledger with a fixed seed: services of every kind (relief
 * with amounts, work found by each channel, some voided), referrals, placements on every kind of post (some
 * cancelled), fairs of townships and of the county, on site and online, larger employers' vacancies.
 */
final class MixedLedger {

    private MixedLedger() {
    }

    static void load(TestRestTemplate http, Ledger ledger, int persons, int vacancies) throws Exception {
        Path dir = Files.createTempDirectory("mixed-ledger");
        new CountyGenerator(20261201L, LocalDate.of(2026, 12, 1))
                .write(dir.resolve("persons.ndjson"), persons, dir.resolve("vacancies.ndjson"), vacancies);
        ledger.replaceWith(http, dir);
        work(ledger.jdbc());
    }

    static void work(JdbcTemplate jdbc) {
        jdbc.queryForObject("SELECT setseed(0.42)", Object.class);
        jdbc.update("""
                INSERT INTO services (person_id, kind, served_on, channel, amount, job_channel, cancelled_at)
                SELECT id, k, DATE '2026-01-01' + (random() * 334)::int,
                       (ARRAY['COUNTER','PHONE','VISIT','FAIR','ONLINE'])[1 + (random() * 4)::int],
                       CASE WHEN k = 'TEMPORARY_RELIEF' THEN round((random() * 2000)::numeric, 2) END,
                       CASE WHEN k = 'JOB_FOUND' THEN (ARRAY['ENTERPRISE','FLEXIBLE','SELF_EMPLOYED'])[1 + (random() * 2)::int] END,
                       CASE WHEN random() < 0.03 THEN now() END
                FROM persons, LATERAL (SELECT (ARRAY['POLICY_TALK','CAREER_GUIDANCE','TRAINING_REFERRAL','TRAINING',
                      'VISIT','TEMPORARY_RELIEF','JOB_FOUND','VISIT'])[1 + (random() * 7)::int] AS k
                      FROM generate_series(1, (random() * 5)::int) WHERE persons.id IS NOT NULL) s""");
        jdbc.update("""
                INSERT INTO referrals (person_id, vacancy_id, rank, channel, referred_on)
                SELECT DISTINCT ON (p.id, v.id) p.id, v.id, 1, 'COUNTER', DATE '2026-02-01' + (random() * 300)::int
                FROM (SELECT id FROM persons WHERE random() < 0.5) p
                CROSS JOIN LATERAL (SELECT id FROM vacancies WHERE p.id IS NOT NULL ORDER BY random() LIMIT 3) v""");
        jdbc.update("""
                INSERT INTO placements (person_id, vacancy_id, placement_type, placed_on, previous_status, cancelled_at)
                SELECT p.id, v.id, v.source, DATE '2026-01-01' + (random() * 333)::int, 'UNEMPLOYED',
                       CASE WHEN random() < 0.05 THEN now() END
                FROM (SELECT id FROM persons WHERE random() < 0.15) p
                CROSS JOIN LATERAL (SELECT id, source FROM vacancies WHERE p.id IS NOT NULL ORDER BY random() LIMIT 1) v""");
        jdbc.update("UPDATE persons SET employment_status = 'EMPLOYED' WHERE id IN (SELECT person_id FROM placements "
                + "WHERE cancelled_at IS NULL)");
        jdbc.update("""
                INSERT INTO fairs (name, held_on, township, on_site)
                SELECT '招聘会 ' || g, DATE '2026-01-10' + g * 13,
                       CASE WHEN g % 4 = 0 THEN NULL ELSE (SELECT township FROM persons ORDER BY random() + g LIMIT 1) END,
                       g % 3 <> 0
                FROM generate_series(1, 24) g""");
        jdbc.update("UPDATE vacancies SET large_employer = true WHERE random() < 0.3");
    }
}
