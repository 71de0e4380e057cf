package org.jobmatch.matching.scoring;

import java.util.List;

import org.jobmatch.analysis.DrivingLicences;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/**
 * The skill and wished-job fit of a pair, in [0, 1], from what the two share ({@link SkillMatch}); {@link #BARRED}
 * for a job the person may not hold.
 */
public final class SkillFit {

    /**
     * A job needing a licence the person does not name (a driving licence class, or a licensed trade such as 电工 or
     * 叉车司机): no fit, and its whole score is 0, so that it is offered only when nothing else is left.
     */
    public static final double BARRED = -1;
    static final double TITLE = 1.0;
    /** A title of a wider trade than the person's own (a carpenter and 建筑小工): below their own trade's jobs. */
    static final double IMPLIED_TITLE = 0.8;
    static final double CONCEPT = 0.7;
    static final double RELATED_TRADE = 0.6;
    /** A trade of the same middle group of the classification (a courier and 快递分拣, 育婴员 and 养老护理员). */
    static final double NEIGHBOURING_TRADE = 0.3;
    /** A post set aside for graduates (就业见习), for a graduate: made for them whatever they studied. */
    static final double GRADUATE_POST = 0.6;
    static final double LOW_THRESHOLD_WITHOUT_SKILLS = 0.6;
    static final double OTHER_WITHOUT_SKILLS = 0.1;
    static final double WORD_OVERLAP = 0.5;
    /**
     * The part of a shared concept's credit that depends on how many of the person's words (up to {@link #WORDS_IN_FULL})
     * the vacancy also names: of two jobs of the person's trade, the one naming more of what they said ranks first.
     */
    static final double WORDED_PART = 0.1;
    static final int WORDS_IN_FULL = 3;
    private static final String LOW_THRESHOLD_REASON = "低门槛岗位，无需专门技能";
    private static final String LICENSED_REASON = "持证上岗岗位，技能中未写本行（相应的驾驶证、操作证或资格证）";

    private SkillFit() {
    }

    public static double value(PersonProfile p, VacancyProfile v, SkillMatch match) {
        if (!DrivingLicences.cover(p.licenceClasses(), v.licenceClasses()) || unstatedLicence(p, v, match)
                || (v.licensed() && !match.title())) { // a job needing its own licence is for those of its own trade
            return BARRED;
        }
        double fit = match.sharesConcepts() ? byConcepts(match) * worded(p, match.sharedWords())
                : !p.hasStatedSkills() ? withoutSkills(v)
                : wordShare(p, match.sharedWords());
        return graduatePost(p, v) ? Math.max(fit, GRADUATE_POST) : fit;
    }

    /**
     * The most a vacancy can be worth whatever it shares with the person (a post set aside for graduates, for a
     * graduate): a bound for a search, 0 when none.
     */
    public static double floor(PersonProfile p) {
        return p.in(AssistanceGroup.GRADUATE) ? GRADUATE_POST : 0;
    }

    /**
     * A job anyone can take up is worth the most to a person with no stated skills when it names no skilled trade
     * either: a workshop's 车缝 that would like sewing basics ranks below its 充棉、剪线头.
     */
    private static double withoutSkills(VacancyProfile v) {
        return !v.lowThreshold() ? OTHER_WITHOUT_SKILLS
                : LOW_THRESHOLD_WITHOUT_SKILLS * (v.namesSkilledTrade() ? 1 - WORDED_PART : 1);
    }

    /** From 1 - {@link #WORDED_PART} (no word of the person's shared) to 1. */
    private static double worded(PersonProfile p, int sharedWords) {
        int full = Math.min(WORDS_IN_FULL, p.words().size());
        return 1 - WORDED_PART + (full == 0 ? 0 : WORDED_PART * Math.min(1.0, (double) sharedWords / full));
    }

    private static boolean graduatePost(PersonProfile p, VacancyProfile v) {
        return p.in(AssistanceGroup.GRADUATE) && v.vacancy().forGraduatesOnly();
    }

    /** A job naming licence classes, for a person who names none and shares only a related trade or words with it. */
    private static boolean unstatedLicence(PersonProfile p, VacancyProfile v, SkillMatch match) {
        return !v.licenceClasses().isEmpty() && p.licenceClasses().isEmpty()
                && !(match.title() || match.impliedTitle() || match.concept());
    }

    /**
     * What sharing a concept or an occupation family is worth (0 if none is shared): the most any vacancy sharing
     * them can be worth, reached when it also names enough of the person's words.
     */
    public static double byConcepts(SkillMatch match) {
        return match.title() ? TITLE : match.impliedTitle() ? IMPLIED_TITLE : match.concept() ? CONCEPT
                : match.family() ? RELATED_TRADE
                : match.neighbour() ? NEIGHBOURING_TRADE : 0;
    }

    /** The most a vacancy sharing no concept or family with the person, and at most {@code words} words, is worth. */
    public static double sharingOnlyWords(PersonProfile p, int words) {
        if (!p.hasStatedSkills()) {
            return Math.max(LOW_THRESHOLD_WITHOUT_SKILLS, OTHER_WITHOUT_SKILLS);
        }
        return wordShare(p, words);
    }

    private static double wordShare(PersonProfile p, int shared) {
        return p.words().isEmpty() ? 0 : WORD_OVERLAP * shared / p.words().size();
    }

    static void explain(PersonProfile p, VacancyProfile v, SkillMatch match, List<String> reasons) {
        if (!DrivingLicences.cover(p.licenceClasses(), v.licenceClasses())) {
            reasons.add("需" + String.join("或", v.licenceClasses()) + "驾照，技能中写的是"
                    + String.join("、", p.licenceClasses()) + "驾照");
        } else if (unstatedLicence(p, v, match)) {
            reasons.add("需" + String.join("或", v.licenceClasses()) + "驾照，技能中未写驾照");
        } else if (v.licensed() && !match.title()) {
            reasons.add(LICENSED_REASON);
        } else if (match.title() || match.impliedTitle() || match.concept()) {
            var hits = match.title() ? SkillMatch.shared(p.ownConcepts(), v.titleConcepts())
                    : SkillMatch.shared(p.concepts(), match.impliedTitle() ? v.titleConcepts() : v.concepts());
            if (hits.remove(Documents.NO_SKILLS) && hits.isEmpty()) { // both say "no skills needed"
                reasons.add(LOW_THRESHOLD_REASON);
                return;
            }
            boolean fromSkills = hits.stream().anyMatch(p.skills().concepts()::contains);
            String kind = !match.title() ? "技能相关: " : fromSkills ? "技能匹配: " : "符合求职意向: ";
            reasons.add(kind + String.join("、", hits));
        } else if (match.family()) {
            reasons.add("相关工种: " + String.join("、", SkillMatch.shared(p.families(), v.titleFamilies())));
        } else if (graduatePost(p, v)) { // worth more than a neighbouring trade
            reasons.add("高校毕业生就业见习（专岗），不限专业");
        } else if (match.neighbour()) {
            reasons.add("同类行业: " + String.join("、", SkillMatch.shared(p.neighbourFamilies(), v.titleFamilies())));
        } else if (!p.hasStatedSkills() && v.lowThreshold()) {
            reasons.add(LOW_THRESHOLD_REASON);
        } else if (match.sharedWords() > 0) {
            reasons.add("岗位描述与技能相近");
        }
    }
}
