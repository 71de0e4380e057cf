package org.jobmatch.matching;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.Documents;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.PersonDocument;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.scoring.Scored;
import org.jobmatch.matching.scoring.Scoring;
import org.jobmatch.matching.search.PersonFilters;
import org.jobmatch.matching.search.Queries;

/**
 * The job-fair shortlist: Elasticsearch finds the persons the hard rules admit (the rules' own filters) and the
 * likeliest of them by their text; they are ranked by the one score, the rules checked again in Java.
 */
public class CandidateFinder {

    private static final int MIN_POOL = 100;

    private final ElasticsearchClient client;
    private final Supplier<Documents> documents;
    private final Scoring scoring;

    public CandidateFinder(ElasticsearchClient client, Supplier<Documents> documents, MatchingSettings settings) {
        this.client = client;
        this.documents = documents;
        this.scoring = new Scoring(settings.weights());
    }

    public Shortlist shortlist(Vacancy vacancy, LocalDate today, int limit) throws IOException {
        return shortlist(vacancy, today, limit, null);
    }

    /** The shortlist among the persons of {@code township} only (any township when null). */
    public Shortlist shortlist(Vacancy vacancy, LocalDate today, int limit, String township) throws IOException {
        if (!vacancy.isOpenOn(today)) {
            return new Shortlist(vacancy.id(), List.of(), "岗位已招满或已过有效期");
        }
        VacancyProfile v = VacancyProfile.of(vacancy, documents.get());
        List<Query> filters = PersonFilters.all(v.facts(), today);
        if (township != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("township").value(township))));
        }
        var response = client.search(s -> s.index(IndexKind.PERSON.alias()).size(Math.max(MIN_POOL, limit * 5))
                .query(q -> q.bool(b -> b.filter(filters).should(relevance(v)))), PersonDocument.class);
        List<Match> matches = new ArrayList<>();
        for (PersonDocument hit : response.hits().hits().stream().map(Hit::source).toList()) {
            PersonProfile p = profile(hit, today, documents.get().analyzer());
            double km = v.facts().distanceKm(p.facts());
            if (HardRules.allPass(p.facts(), v.facts(), km, today)) {
                matches.add(new Match(p, scoring.explain(p, v, km)));
            }
        }
        matches.sort(Comparator.comparingDouble((Match m) -> -m.scored().score())
                .thenComparing(m -> m.profile().person().id()));
        List<Candidate> ranked = new ArrayList<>();
        for (Match m : matches.subList(0, Math.min(limit, matches.size()))) {
            ranked.add(m.candidate(ranked.size() + 1));
        }
        return new Shortlist(vacancy.id(), ranked, ranked.size() < limit ? "符合条件的人员不足 " + limit + " 人" : null);
    }

    /** Persons sharing the vacancy's concepts or words first, nearer first. */
    private static List<Query> relevance(VacancyProfile v) {
        List<Query> should = new ArrayList<>();
        if (!v.concepts().isEmpty()) {
            should.add(Queries.terms("concepts", v.titleConcepts(), 6));
            should.add(Queries.terms("concepts", v.concepts(), 3));
        }
        if (!v.words().isEmpty()) {
            should.add(Query.of(q -> q.match(m -> m.field("terms").query(String.join(" ", v.words()))
                    .operator(Operator.Or))));
        }
        should.add(Query.of(q -> q.distanceFeature(d -> d.geo(g -> g.field("location")
                .origin(Queries.location(v.vacancy().location())).pivot("15km")))));
        return should;
    }

    private record Match(PersonProfile profile, Scored scored) {
        Candidate candidate(int rank) {
            return new Candidate(rank, profile.person().id(), profile.age(), profile.person().township(),
                    Math.round(scored.distanceKm() * 10) / 10.0, Math.round(scored.score() * 1000) / 1000.0,
                    scored.reasons());
        }
    }

    /** The indexed person as a profile, made from their texts as their recommendations' profile is. */
    private static PersonProfile profile(PersonDocument d, LocalDate today, JobTextAnalyzer analyzer) {
        EnumSet<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        d.workModes().stream().filter(m -> !m.equals(PersonDocument.ANY_WORK_MODE)).forEach(m -> modes.add(WorkMode.valueOf(m)));
        EnumSet<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        d.groups().forEach(g -> groups.add(AssistanceGroup.valueOf(g)));
        Person person = new Person(d.id(), null, null, Gender.valueOf(d.gender()), d.birthDate(), null, null,
                d.township(), null, d.location(), groups, EmploymentStatus.valueOf(d.employmentStatus()), d.skills(),
                new Preferences(d.jobs(), modes, d.maxDistanceKm(), d.willingToMigrate(), d.minWage()));
        return PersonProfile.of(person, today, analyzer);
    }
}
