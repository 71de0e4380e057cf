package org.jobmatch.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jobmatch.domain.Person;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.scoring.Option;
import org.springframework.stereotype.Component;

/** Builds one allocated chunk's result lines and writes them with their referrals ({@link ProgressWriter}). */
@Component
class WriteStep {

    private final BatchLeases leases;
    private final RunPersons persons;
    private final ResultLines lines;
    private final ProgressWriter writer;

    WriteStep(BatchLeases leases, RunPersons persons, ResultLines lines, ProgressWriter writer) {
        this.leases = leases;
        this.persons = persons;
        this.lines = lines;
        this.writer = writer;
    }

    void write(long id, int chunk, BatchView batch, VacancyPool.View view) {
        List<OptionsCodec.Ranked> ranked = OptionsCodec.ranked(leases.options(id, chunk).orElseThrow());
        List<OptionsCodec.Chosen> chosen = OptionsCodec.chosen(leases.allocation(id, chunk).orElseThrow());
        Map<String, Person> byId = persons.byId(ranked.stream().map(OptionsCodec.Ranked::personId).toList());
        List<CompletedPerson> completed = java.util.stream.IntStream.range(0, ranked.size()).parallel()
                .mapToObj(i -> completed(ranked.get(i), chosen.get(i), byId.get(ranked.get(i).personId()), batch, view))
                .toList();
        writer.write(id, batch.operator(), completed);
        leases.written(id, chunk);
    }

    private CompletedPerson completed(OptionsCodec.Ranked ranked, OptionsCodec.Chosen chosen, Person person,
                                      BatchView batch, VacancyPool.View view) {
        if (ranked.failed() || person == null) {
            return lines.failed(ranked.personId());
        }
        List<Option> options = new ArrayList<>(chosen.options().length);
        for (int position : chosen.options()) {
            OptionsCodec.StoredOption stored = ranked.options().get(position);
            // a vacancy gone from this instance's pool since the ranking is left out
            view.get(stored.vacancyId()).map(v -> new Option(v, stored.score(), stored.distanceKm()))
                    .ifPresent(options::add);
        }
        return lines.completed(view, person, batch.runOn(), options.stream().filter(Objects::nonNull).toList(), chosen);
    }
}
