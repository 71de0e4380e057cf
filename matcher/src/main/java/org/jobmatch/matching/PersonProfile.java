package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jobmatch.analysis.AnalyzedText;
import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;

/**
 * A person as matching sees them on a given day: age, 4050, and analysed skills and wishes, with their
 * concepts, terms (skills and wishes as one whitespace-separated text for the BM25 field) and the words
 * of those terms that the skill overlap counts, computed once: a batch reads them for every candidate.
 */
public record PersonProfile(Person person, LocalDate today, int age, boolean in4050, AnalyzedText skills,
                            AnalyzedText wishes, Set<String> concepts, String terms, Set<String> words) {

    public PersonProfile(Person person, LocalDate today, int age, boolean in4050, AnalyzedText skills,
                         AnalyzedText wishes) {
        this(person, today, age, in4050, skills, wishes, concepts(skills, wishes),
                (skills.termsAsText() + " " + wishes.termsAsText()).strip());
    }

    private PersonProfile(Person person, LocalDate today, int age, boolean in4050, AnalyzedText skills,
                          AnalyzedText wishes, Set<String> concepts, String terms) {
        this(person, today, age, in4050, skills, wishes, concepts, terms, Scoring.words(terms));
    }

    public static PersonProfile of(Person person, LocalDate today, JobTextAnalyzer analyzer) {
        return new PersonProfile(person, today, Ages.ageOn(person.birthDate(), today),
                Ages.isIn4050(person.gender(), person.birthDate(), today),
                analyzer.analyze(person.skills()), analyzer.analyze(person.preferences().jobs()));
    }

    private static Set<String> concepts(AnalyzedText skills, AnalyzedText wishes) {
        Set<String> all = new LinkedHashSet<>(skills.concepts());
        all.addAll(wishes.concepts());
        return java.util.Collections.unmodifiableSet(all);
    }

    public boolean hasStatedSkills() {
        return !skills.isEmpty() || !wishes.isEmpty();
    }

    public boolean isHardToEmploy() {
        return !java.util.Collections.disjoint(person.groups(), AssistanceGroup.HARD_TO_EMPLOY);
    }

    public boolean in(AssistanceGroup group) {
        return person.groups().contains(group);
    }
}
