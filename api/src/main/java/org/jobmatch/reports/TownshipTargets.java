package org.jobmatch.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The townships' yearly targets of the plan table (township_targets), typed in or imported. */
@Repository
class TownshipTargets {

    /** One target: {@code measure} as the API names it ({@code welfare-posts} or {@code WELFARE_POSTS}). */
    record Target(int year, String township, String measure, int target) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    TownshipTargets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per township, its targets of the year (only {@code township}'s when given). */
    Map<String, Map<PlanMeasure, Integer>> of(int year, String township) {
        Map<String, Map<PlanMeasure, Integer>> targets = new TreeMap<>();
        jdbc.query("""
                SELECT township, measure, target FROM township_targets WHERE year = :year
                AND (CAST(:township AS text) IS NULL OR township = :township)""",
                new MapSqlParameterSource("year", year).addValue("township", township), rs -> {
                    targets.computeIfAbsent(rs.getString(1), t -> new EnumMap<>(PlanMeasure.class))
                            .put(PlanMeasure.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return targets;
    }

    List<Target> list(int year, String township) {
        return of(year, township).entrySet().stream().flatMap(t -> t.getValue().entrySet().stream()
                .map(m -> new Target(year, t.getKey(), m.getKey().key(), m.getValue()))).toList();
    }

    /** Stores the targets (checked), replacing those of the same year, township and measure. */
    @Transactional
    int save(List<Target> targets, String by) {
        for (Target t : targets) {
            jdbc.update("""
                    INSERT INTO township_targets (year, township, measure, target, updated_by)
                    VALUES (:year, :township, :measure, :target, :by)
                    ON CONFLICT (year, township, measure) DO UPDATE SET target = EXCLUDED.target,
                        updated_by = EXCLUDED.updated_by, updated_at = now()""",
                    new MapSqlParameterSource("year", t.year()).addValue("township", t.township().strip())
                            .addValue("measure", PlanMeasure.ofKey(t.measure()).name()).addValue("target", t.target())
                            .addValue("by", by));
        }
        return targets.size();
    }
}
