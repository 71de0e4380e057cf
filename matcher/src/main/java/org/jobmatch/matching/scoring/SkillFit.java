package org.jobmatch.matching.scoring;

import java.util.List;

import org.jobmatch.analysis.DrivingLicences;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/** The skill and wished-job fit of a pair, in [0, 1], from what the two share ({@link SkillMatch}). */
public final class SkillFit {

    static final double TITLE = 1.0;
    /** A title of a wider trade than the person's own (a carpenter and 建筑小工): below their own trade's jobs. */
    static final double IMPLIED_TITLE = 0.8;
    static final double CONCEPT = 0.7;
    static final double RELATED_TRADE = 0.6;
    static final double LOW_THRESHOLD_WITHOUT_SKILLS = 0.6;
    static final double OTHER_WITHOUT_SKILLS = 0.1;
    static final double WORD_OVERLAP = 0.5;
    private static final String LOW_THRESHOLD_REASON = "低门槛岗位，无需专门技能";
    private static final String LICENSED_REASON = "持证上岗岗位，技能中未写本行（相应的驾驶证或操作证）";

    private SkillFit() {
    }

    public static double value(PersonProfile p, VacancyProfile v, SkillMatch match) {
        if (!DrivingLicences.cover(p.licenceClasses(), v.licenceClasses())
                || (v.licensed() && !match.title())) { // a job needing its own licence is for those of its own trade
            return 0;
        }
        if (match.sharesConcepts()) {
            return byConcepts(match);
        }
        if (!p.hasStatedSkills()) {
            return v.lowThreshold() ? LOW_THRESHOLD_WITHOUT_SKILLS : OTHER_WITHOUT_SKILLS;
        }
        return wordShare(p, match.sharedWords());
    }

    /**
     * What sharing a concept or an occupation family is worth (0 if none is shared): the value of a vacancy sharing
     * them, and the most any vacancy sharing them can be worth.
     */
    public static double byConcepts(SkillMatch match) {
        return match.title() ? TITLE : match.impliedTitle() ? IMPLIED_TITLE : match.concept() ? CONCEPT
                : match.family() ? RELATED_TRADE : 0;
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
        } else if (!p.hasStatedSkills() && v.lowThreshold()) {
            reasons.add(LOW_THRESHOLD_REASON);
        } else if (match.sharedWords() > 0) {
            reasons.add("岗位描述与技能相近");
        }
    }
}
