package org.jobmatch.kiosk;

import java.util.List;

import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.Recommendation;
import org.jobmatch.pages.JobTexts;

/** A job as a kiosk card: everything worded for display; the contact is the employer's, never a person's. */
record JobCard(String vacancyId, String title, String employer, String source, String township, double distanceKm,
               String wage, String workMode, List<String> reasons, String contactName, String contactPhone,
               boolean interested) {

    static JobCard of(Recommendation r, boolean interested) {
        return new JobCard(r.vacancyId(), r.title(), r.employer(), JobTexts.source(r.source()), r.township(),
                r.distanceKm(), JobTexts.wage(r.wageMin(), r.wageMax()), JobTexts.workMode(r.workMode()),
                r.reasons(), r.contactName(), r.contactPhone(), interested);
    }

    static JobCard of(Vacancy v, double distanceKm) {
        return new JobCard(v.id(), v.title(), v.employer(), JobTexts.source(v.source().name()), v.township(),
                Math.round(distanceKm * 10) / 10.0, JobTexts.wage(v.wageMin(), v.wageMax()),
                JobTexts.workMode(v.workMode().name()), List.of(), v.contact() == null ? null : v.contact().name(),
                v.contact() == null ? null : v.contact().phone(), false);
    }
}
