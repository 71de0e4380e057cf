package org.jobmatch.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jobmatch.batch.allocation.Allocated;
import org.jobmatch.batch.allocation.Allocator;
import org.jobmatch.batch.allocation.Problem;
import org.springframework.stereotype.Component;

/**
 * Allocates a whole run at once, from every chunk's stored options (so any instance allocates the same), against
 * the vacancies the ledger holds open; stores each chunk's allocation and the figures of the spread.
 */
@Component
class AllocateStep {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AllocateStep.class);

    private final BatchStore store;
    private final BatchLeases leases;
    private final BatchProperties properties;
    private final int limit;

    AllocateStep(BatchStore store, BatchLeases leases, BatchProperties properties,
                 org.jobmatch.matching.BatchRecommender recommender) {
        this.store = store;
        this.leases = leases;
        this.properties = properties;
        this.limit = recommender.settings().recommendations();
    }

    void allocate(long id, BatchView batch) {
        long start = System.nanoTime();
        Map<Integer, List<OptionsCodec.Ranked>> chunks = new TreeMap<>();
        leases.eachRanked(id, (chunk, options) -> chunks.put(chunk, OptionsCodec.ranked(options)));
        Vacancies vacancies = new Vacancies();
        store.eachOpenVacancy(batch.runOn(), vacancies::add);
        RecentReferrals recent = new RecentReferrals(store.referredAfter(id,
                batch.runOn().minusDays(properties.repeatReferralsAfter().toDays())));
        List<OptionsCodec.Ranked> persons = chunks.values().stream().flatMap(List::stream)
                .filter(p -> !p.failed()).toList();
        Map<String, Integer> withheld = new HashMap<>();
        persons.forEach(p -> withheld.put(p.personId(), recent.withheld(p)));
        List<int[]> positions = new ArrayList<>(persons.size());
        List<Problem.PersonOptions> options = new ArrayList<>(persons.size());
        for (OptionsCodec.Ranked person : persons) {
            int[] kept = recent.freshAndOpen(person, vacancies.index::containsKey);
            positions.add(kept);
            options.add(vacancies.options(person, kept));
        }
        Problem problem = new Problem(limit, batch.referralsPerOpening(), vacancies.openings(), vacancies.employers(),
                options);
        long read = System.nanoTime();
        Allocated allocated = new Allocator(properties.allocationPrecision()).allocate(problem);
        long solved = System.nanoTime();
        Map<String, OptionsCodec.Chosen> chosen = chosen(persons, positions, withheld, problem, allocated);
        Map<Integer, byte[]> blobs = new HashMap<>();
        chunks.forEach((chunk, ranked) -> blobs.put(chunk, OptionsCodec.chosen(ranked.stream()
                .map(p -> chosen.getOrDefault(p.personId(), new OptionsCodec.Chosen(p.personId(), new int[0], 0, false, 0)))
                .toList())));
        leases.allocated(id, blobs, store.write(allocated.spread()));
        log.info("批次 {} 分配 (batch {} allocation): {} 人, 读取 (reading) {} s, 求解 (solving) {} s, {} 次求解 (solves), "
                        + "保存 (storing) {} s", id, id, persons.size(), seconds(start, read), seconds(read, solved),
                allocated.spread().solves(), seconds(solved, System.nanoTime()));
    }

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.1f", (to - from) / 1e9);
    }

    /** Per person, the stored positions of their chosen options; whether a vacancy of theirs ended over its cap. */
    private static Map<String, OptionsCodec.Chosen> chosen(List<OptionsCodec.Ranked> persons, List<int[]> positions,
                                                           Map<String, Integer> withheld, Problem problem,
                                                           Allocated allocated) {
        long[] load = new long[problem.openings().length];
        for (int p = 0; p < persons.size(); p++) {
            for (int o : allocated.chosen()[p]) {
                load[problem.persons().get(p).vacancies()[o]]++;
            }
        }
        Map<String, OptionsCodec.Chosen> chosen = new HashMap<>(persons.size() * 2);
        for (int p = 0; p < persons.size(); p++) {
            int[] picks = allocated.chosen()[p];
            int[] stored = new int[picks.length];
            boolean over = false;
            for (int i = 0; i < picks.length; i++) {
                stored[i] = positions.get(p)[picks[i]];
                int vacancy = problem.persons().get(p).vacancies()[picks[i]];
                over |= load[vacancy] > (long) problem.referralsPerOpening() * problem.openings()[vacancy];
            }
            String person = persons.get(p).personId();
            chosen.put(person, new OptionsCodec.Chosen(person, stored, allocated.givenUp()[p], over, withheld.get(person)));
        }
        return chosen;
    }

    /** The open vacancies, numbered: openings and employers by number. */
    private static final class Vacancies {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> employerIndex = new HashMap<>();
        final List<Integer> openings = new ArrayList<>();
        final List<Integer> employers = new ArrayList<>();

        void add(String id, int open, String employer) {
            index.put(id, openings.size());
            openings.add(open);
            employers.add(employerIndex.computeIfAbsent(employer == null ? "" : employer, e -> employerIndex.size()));
        }

        Problem.PersonOptions options(OptionsCodec.Ranked person, int[] kept) {
            int[] ids = new int[kept.length];
            double[] scores = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                OptionsCodec.StoredOption option = person.options().get(kept[i]);
                ids[i] = index.get(option.vacancyId());
                scores[i] = option.score();
            }
            return new Problem.PersonOptions(ids, scores);
        }

        int[] openings() {
            return openings.stream().mapToInt(Integer::intValue).toArray();
        }

        int[] employers() {
            return employers.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
