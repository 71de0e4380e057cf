package org.jobmatch.matching.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jobmatch.analysis.DrivingLicences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.Documents;
import org.jobmatch.index.VacancyDocument;
import org.jobmatch.matching.rules.VacancyFacts;

/**
 * A vacancy as matching sees it: the facts the hard rules look at, and its analysed text (the same analysis the
 * index gets: the title's most specific concepts and their occupation families, all concepts, the words the skill
 * overlap counts, low threshold), made once. {@code licensed}: its title needs a licence of its own (持证上岗);
 * {@code licenceClasses}: the driving licence classes it accepts (准驾车型, empty when it names none).
 */
public record VacancyProfile(VacancyFacts facts, Set<String> titleConcepts, Set<String> titleFamilies,
                             boolean licensed, Set<String> licenceClasses, Set<String> concepts, Set<String> words,
                             boolean lowThreshold, int kind) {

    /** How many kinds {@link #kind()} tells apart. */
    public static final int KINDS = VacancySource.values().length * 4;

    public static VacancyProfile of(Vacancy vacancy, Documents documents) {
        VacancyDocument analysed = documents.vacancy(vacancy);
        Set<String> title = documents.analyzer().dictionary().mostSpecific(analysed.titleConcepts());
        var taxonomy = documents.analyzer().taxonomy();
        return new VacancyProfile(VacancyFacts.of(vacancy), title, taxonomy.familiesOf(title),
                taxonomy.needsLicence(title), DrivingLicences.accepted(texts(vacancy)), analysed.concepts(),
                Words.of(analysed.terms()), analysed.lowThreshold(), kind(vacancy, analysed.lowThreshold()));
    }

    private static List<String> texts(Vacancy vacancy) {
        List<String> texts = new ArrayList<>(vacancy.skills());
        texts.add(vacancy.title());
        texts.add(vacancy.description());
        return texts;
    }

    public Vacancy vacancy() {
        return facts.vacancy();
    }

    public String id() {
        return facts.vacancy().id();
    }

    /** The kind of vacancy the assistance priorities tell apart: source, low threshold, accessible. */
    public static int kind(Vacancy vacancy, boolean lowThreshold) {
        return kind(vacancy.source(), lowThreshold, vacancy.accessible());
    }

    public static int kind(VacancySource source, boolean lowThreshold, boolean accessible) {
        return (source.ordinal() * 2 + (lowThreshold ? 1 : 0)) * 2 + (accessible ? 1 : 0);
    }

    public String employer() {
        return facts.vacancy().employer();
    }
}
