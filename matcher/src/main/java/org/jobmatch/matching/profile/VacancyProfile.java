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
 * {@code namesSkilledTrade}: a concept of it is a trade beyond the low-threshold ones (a workshop's 车缝);
 * {@code licenceClasses}: the driving licence classes it accepts (准驾车型, empty when it names none);
 * {@code kind}: the {@link Kind#index() index} of the kind of vacancy the assistance priorities tell apart.
 */
public record VacancyProfile(VacancyFacts facts, Set<String> titleConcepts, Set<String> titleFamilies,
                             boolean licensed, Set<String> licenceClasses, Set<String> concepts, Set<String> words,
                             boolean lowThreshold, boolean namesSkilledTrade, int kind) {

    /** How many kinds {@link Kind} tells apart. */
    public static final int KINDS = VacancySource.values().length * 32;

    public static VacancyProfile of(Vacancy vacancy, Documents documents) {
        VacancyDocument analysed = documents.vacancy(vacancy);
        Set<String> concepts = Documents.trade(analysed.concepts());
        Set<String> title = documents.analyzer().dictionary().mostSpecific(Documents.trade(analysed.titleConcepts()));
        var taxonomy = documents.analyzer().taxonomy();
        boolean export = analysed.concepts().contains(Documents.ORGANISED_EXPORT)
                || documents.analyzer().analyze(vacancy.employer()).concepts().contains(Documents.ORGANISED_EXPORT);
        Kind kind = new Kind(vacancy.source(), analysed.lowThreshold(), vacancy.accessible(), export,
                !vacancy.eligibleGroups().isEmpty(), analysed.concepts().contains(Documents.FAMILY_DUTIES));
        return new VacancyProfile(VacancyFacts.of(vacancy), title, taxonomy.familiesOf(title),
                taxonomy.needsLicence(title), DrivingLicences.accepted(texts(vacancy)), concepts,
                Words.of(analysed.terms()), analysed.lowThreshold(),
                concepts.stream().anyMatch(c -> !Documents.isLowThresholdTrade(c)), kind.index());
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

    /**
     * The kind of vacancy the assistance priorities tell apart: source, low threshold, accessible, recruited by the
     * county's organised labour export (有组织劳务输出, 劳务协作), set aside for named groups (its own
     * {@code eligibleGroups}), and arranged for those caring for a family (可带孩子、方便接送); numbered 0 to
     * {@link #KINDS} - 1.
     */
    public record Kind(VacancySource source, boolean lowThreshold, boolean accessible, boolean organisedExport,
                       boolean setAside, boolean familyFriendly) {

        public int index() {
            return source.ordinal() << 5 | bit(lowThreshold) << 4 | bit(accessible) << 3 | bit(organisedExport) << 2
                    | bit(setAside) << 1 | bit(familyFriendly);
        }

        public static Kind of(int index) {
            return new Kind(VacancySource.values()[index >> 5], (index & 16) != 0, (index & 8) != 0, (index & 4) != 0,
                    (index & 2) != 0, (index & 1) != 0);
        }

        private static int bit(boolean b) {
            return b ? 1 : 0;
        }
    }

    public String employer() {
        return facts.vacancy().employer();
    }
}
