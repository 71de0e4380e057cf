package org.jobmatch.matching.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jobmatch.analysis.AnalyzedText;
import org.jobmatch.analysis.DrivingLicences;
import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.analysis.SynonymDictionary;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.rules.Bits;
import org.jobmatch.matching.rules.PersonFacts;

/**
 * A person as matching sees them on a given day: the facts the hard rules look at, 4050, and analysed skills and
 * wishes with their concepts, the occupation families of those, and the words the skill overlap counts, made once:
 * a batch reads them for every vacancy. {@code ownConcepts}: the most specific concepts of each clause, the person's
 * own trades (a carpenter's 木工, not the 建筑工人 it implies; but the 电工 of "国营厂的电工，家里电路水管都会弄"
 * stays beside the 水电工 of the other clause, which implies it). {@code neighbourFamilies}: the other families of
 * the same middle group of the classification as theirs (a courier's 仓储装卸). {@code licenceClasses}: the driving
 * licence classes the skills say they hold (empty when they name none). {@code caresForFamily}: they look after
 * children or elders at home (在家带孙子, 要接送孩子), a circumstance that is not a trade of theirs.
 */
public record PersonProfile(PersonFacts facts, LocalDate today, boolean in4050, AnalyzedText skills,
                            AnalyzedText wishes, Set<String> concepts, Set<String> ownConcepts, Set<String> families,
                            Set<String> neighbourFamilies, Set<String> words, boolean hasStatedSkills,
                            Set<String> licenceClasses, boolean caresForFamily) {

    private static final Set<String> NONE = Set.of("无", "没有", "暂无", "没", "/", "-", "—");
    private static final Pattern CLAUSES = Pattern.compile("[，,。；;\\n]");

    public static PersonProfile of(Person person, LocalDate today, JobTextAnalyzer analyzer) {
        AnalyzedText skills = analyzer.analyze(person.skills());
        AnalyzedText wishes = analyzer.analyze(person.preferences().jobs());
        Set<String> said = union(skills.concepts(), wishes.concepts());
        Set<String> concepts = Documents.trade(said);
        Set<String> families = union(skills.families(), wishes.families());
        return new PersonProfile(PersonFacts.of(person, today), today,
                Ages.isIn4050(person.gender(), person.birthDate(), today), skills, wishes, concepts,
                ownConcepts(person, concepts, analyzer), families,
                analyzer.dictionary().taxonomy().neighboursOf(families), Words.of(skills, wishes),
                statesSkills(person.skills(), skills) || !wishes.isEmpty(), DrivingLicences.held(person.skills()),
                said.contains(Documents.FAMILY_DUTIES));
    }

    /**
     * The most specific of the concepts, clause by clause: a trade named in a clause of its own stays beside a wider
     * one of another clause that implies it. The clauses are analysed again only when that can matter.
     */
    private static Set<String> ownConcepts(Person person, Set<String> concepts, JobTextAnalyzer analyzer) {
        SynonymDictionary dictionary = analyzer.dictionary();
        Set<String> own = dictionary.mostSpecific(concepts);
        if (own.size() < concepts.size()) {
            List<String> clauses = CLAUSES.splitAsStream(Objects.toString(person.skills(), "") + "，"
                    + Objects.toString(person.preferences().jobs(), "")).filter(c -> !c.isBlank()).toList();
            if (clauses.size() > 1) {
                own = new LinkedHashSet<>(own);
                for (String clause : clauses) {
                    own.addAll(dictionary.mostSpecific(Documents.trade(analyzer.analyze(clause).concepts())));
                }
            }
        }
        return Collections.unmodifiableSet(own);
    }

    /** Whether the skills say anything but that there are none ("无", "没什么技术") or a circumstance ("在家带孙子"). */
    static boolean statesSkills(String text, AnalyzedText skills) {
        if (skills.isEmpty() || (text != null && NONE.contains(text.strip()))) {
            return false;
        }
        return skills.concepts().isEmpty()
                || Documents.trade(skills.concepts()).stream().anyMatch(c -> !c.equals(Documents.NO_SKILLS));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    public Person person() {
        return facts.person();
    }

    public int age() {
        return facts.age();
    }

    public boolean isHardToEmploy() {
        return (facts.groups() & Bits.HARD_TO_EMPLOY) != 0;
    }

    public boolean in(AssistanceGroup group) {
        return (facts.groups() & Bits.of(group)) != 0;
    }
}
