package org.jobmatch.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jobmatch.analysis.AnalyzedText;
import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;

/** Builds index documents from ledger records: the index-time half of the analysis chain. */
public final class Documents {

    /** The concept of "no skills" (没什么技术 in a person, 不要技术 in a vacancy): the dictionary's group key. */
    public static final String NO_SKILLS = "无技能";
    /** The county's organised labour export (有组织劳务输出, 劳务协作): how a vacancy recruits, not a trade. */
    public static final String ORGANISED_EXPORT = "劳务输出";
    /**
     * Caring for children or elders at home (a person's 在家带孩子; a job's 可带孩子、方便接送): a circumstance, and a
     * job arranged for it, not a trade.
     */
    public static final String FAMILY_DUTIES = "顾家";
    private static final Set<String> MARKERS = Set.of(ORGANISED_EXPORT, FAMILY_DUTIES);
    /** Jobs anyone can start without a trade: what a person with no stated skills is offered. */
    static final Set<String> LOW_THRESHOLD_CONCEPTS = Set.of(NO_SKILLS,
            "保洁员", "环卫工", "普工", "流水线工人", "操作工", "包装工", "手工活", "剪线工", "采摘工", "农业工人",
            "门卫", "保安", "停车管理员", "宿管员", "协管员", "巡查员", "护渔巡查员", "护林员", "绿化工",
            "装卸工", "分拣员", "理货员", "帮厨", "洗碗工");
    private static final Set<VacancySource> ASSISTANCE_SOURCES =
            EnumSet.of(VacancySource.WORKSHOP, VacancySource.WELFARE_POST, VacancySource.FLEXIBLE);

    private final JobTextAnalyzer analyzer;

    public Documents(JobTextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public VacancyDocument vacancy(Vacancy v) {
        AnalyzedText title = analyzer.analyze(v.title());
        List<String> texts = new ArrayList<>(v.skills());
        texts.add(v.title());
        if (v.description() != null) {
            texts.add(v.description());
        }
        AnalyzedText all = analyzer.analyze(texts);
        Set<String> eligible = v.effectiveEligibleGroups().isEmpty()
                ? Set.of(VacancyDocument.ANY_GROUP) : names(v.effectiveEligibleGroups());
        var contact = v.contact();
        return new VacancyDocument(v.id(), v.source().name(), v.employer(), v.title(), v.description(), v.skills(),
                v.township(), v.location(), v.effectiveAgeMin(), v.effectiveAgeMax(), v.openings(), v.wageMin(),
                v.wageMax(), v.workMode().name(), v.accessible(), eligible, v.validUntil(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                title.termsAsText(), all.termsAsText(), title.concepts(), all.concepts(),
                isLowThreshold(v, all.concepts()));
    }

    public PersonDocument person(Person p) {
        AnalyzedText text = analyzePerson(p);
        Set<String> modes = p.preferences().workModes().isEmpty()
                ? Set.of(PersonDocument.ANY_WORK_MODE) : names(p.preferences().workModes());
        return new PersonDocument(p.id(), p.township(), p.location(), p.birthDate(), p.gender().name(),
                names(p.groups()), p.employmentStatus().name(), modes, p.preferences().maxDistanceKm(),
                p.preferences().willingToMigrate(), p.preferences().minWage(), text.termsAsText(), text.concepts(),
                p.skills(), p.preferences().jobs());
    }

    /** The query-time half: a person's skills and wished jobs through the same chain. */
    public AnalyzedText analyzePerson(Person p) {
        List<String> texts = new ArrayList<>(2);
        if (p.skills() != null) {
            texts.add(p.skills());
        }
        if (p.preferences().jobs() != null) {
            texts.add(p.preferences().jobs());
        }
        return analyzer.analyze(texts);
    }

    public JobTextAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * The concepts of a trade among {@code concepts}: without those that say how a job recruits or whom it suits
     * ({@link #ORGANISED_EXPORT}, {@link #FAMILY_DUTIES}), in the same order.
     */
    public static Set<String> trade(Set<String> concepts) {
        if (concepts.stream().noneMatch(MARKERS::contains)) {
            return concepts;
        }
        Set<String> trade = new LinkedHashSet<>(concepts);
        trade.removeAll(MARKERS);
        return Collections.unmodifiableSet(trade);
    }

    /** Whether a concept is a trade anyone can take up without training (保洁、普工、包装、装卸 …). */
    public static boolean isLowThresholdTrade(String concept) {
        return LOW_THRESHOLD_CONCEPTS.contains(concept);
    }

    static boolean isLowThreshold(Vacancy v, Set<String> concepts) {
        return ASSISTANCE_SOURCES.contains(v.source())
                || concepts.stream().anyMatch(LOW_THRESHOLD_CONCEPTS::contains);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(value -> names.add(value.name()));
        return names;
    }
}
