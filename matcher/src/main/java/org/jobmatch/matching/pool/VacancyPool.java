package org.jobmatch.matching.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.scoring.Scoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county's open vacancies in memory (20,000 are a few MB), analysed, kept current from the ledger: each
 * {@link #sync()} compares the ledger's row versions with the pool's and reads and analyses only what changed;
 * a new vocabulary re-analyses everything. Readers rank against an immutable snapshot.
 */
public final class VacancyPool {

    private static final Logger log = LoggerFactory.getLogger(VacancyPool.class);

    private final VacancyFeed feed;
    private final Supplier<Documents> documents;
    private final Scoring scoring;
    private final Clock clock;
    private final ThreadLocal<Scan> scans = new ThreadLocal<>();
    private volatile Snapshot snapshot;

    public VacancyPool(VacancyFeed feed, Supplier<Documents> documents, Scoring scoring, Clock clock) {
        this.feed = feed;
        this.documents = documents;
        this.scoring = scoring;
        this.clock = clock;
        this.snapshot = Snapshot.empty(documents.get());
    }

    /** Brings the pool to what the ledger holds now; returns how many vacancies were read anew. */
    public synchronized int sync() {
        Snapshot old = snapshot;
        Documents current = documents.get();
        boolean reanalyse = current != old.documents;
        Map<String, Long> versions = feed.openVersions(LocalDate.now(clock));
        List<String> changed = versions.entrySet().stream()
                .filter(e -> reanalyse || old.version(e.getKey()) != e.getValue()).map(Map.Entry::getKey).toList();
        if (changed.isEmpty() && versions.size() == old.size()) {
            return 0;
        }
        Map<String, VacancyFeed.Versioned> read = new HashMap<>();
        feed.load(changed).forEach(v -> read.put(v.vacancy().id(), v));
        List<VacancyProfile> profiles = new ArrayList<>(versions.size());
        List<Long> kept = new ArrayList<>(versions.size());
        List<VacancyFeed.Versioned> fresh = changed.stream().map(read::get).filter(java.util.Objects::nonNull).toList();
        fresh.parallelStream().map(v -> VacancyProfile.of(v.vacancy(), current)).forEachOrdered(profiles::add);
        fresh.forEach(v -> kept.add(v.version()));
        versions.forEach((id, version) -> {
            Integer i = old.indexOf(id);
            if (!read.containsKey(id) && i != null && !reanalyse) {
                profiles.add(old.vacancies[i]);
                kept.add(old.versions[i]);
            }
        });
        snapshot = new Snapshot(profiles, kept, current);
        log.debug("Vacancy pool: {} open, {} read anew", profiles.size(), fresh.size());
        return fresh.size();
    }

    /** The pool as it is now, unchanged by later syncs: what one batch run ranks against. */
    public View view() {
        return new View(snapshot);
    }

    /** One snapshot of the pool. */
    public final class View {

        private final Snapshot frozen;

        private View(Snapshot frozen) {
            this.frozen = frozen;
        }

        /** The person's best options: the best {@code depth}, and the best of each of the best {@code employers} employers. */
        public List<Option> rank(PersonProfile person, int depth, int employers) {
            return scan(frozen).rank(person, depth, employers);
        }

        /** Every vacancy of the view. */
        public List<VacancyProfile> all() {
            return List.of(frozen.vacancies);
        }

        /** The vacancies of the cells that reach within {@code km} of {@code at} (some a little farther). */
        public List<VacancyProfile> near(GeoPoint.Unit at, double km) {
            long[] order = new long[frozen.cells.count()];
            frozen.cells.nearestFirst(at, order);
            List<VacancyProfile> near = new ArrayList<>();
            for (int i = 0; i < order.length && Cells.leastKm(order[i]) <= km; i++) {
                for (int v : frozen.cells.members(Cells.cell(order[i]))) {
                    near.add(frozen.vacancies[v]);
                }
            }
            return near;
        }

        public Optional<VacancyProfile> get(String id) {
            Integer i = frozen.indexOf(id);
            return i == null ? Optional.empty() : Optional.of(frozen.vacancies[i]);
        }

        public int size() {
            return frozen.size();
        }
    }

    private Scan scan(Snapshot s) {
        Scan scan = scans.get();
        if (scan == null || !scan.isFor(s)) {
            scan = new Scan(s, scoring);
            scans.set(scan);
        }
        return scan;
    }
}
