package org.jobmatch.matching;

import java.util.Optional;

import org.jobmatch.domain.EmploymentStatus;

/** The Chinese notes that explain an empty or short recommendation list. */
final class Notes {

    private Notes() {
    }

    static String notSeeking(EmploymentStatus status) {
        return status == EmploymentStatus.EMPLOYED ? "已就业" : "暂无就业意愿";
    }

    static String shortList(int found, int wanted, Optional<WiderRadius.Hint> wider) {
        String note = found == 0 ? "暂无符合条件的岗位" : "符合条件的岗位不足 " + wanted + " 个";
        return wider.map(h -> note + "；扩大到 " + h.radiusKm() + " 公里可再匹配 " + h.more() + " 个岗位")
                .orElse(note);
    }
}
