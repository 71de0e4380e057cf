package org.jobmatch.kiosk;

import java.util.List;

import org.jobmatch.index.VacancyDocument;
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

    static JobCard of(VacancyDocument d, double distanceKm) {
        return new JobCard(d.id(), d.title(), d.employer(), JobTexts.source(d.source()), d.township(),
                Math.round(distanceKm * 10) / 10.0, JobTexts.wage(d.wageMin(), d.wageMax()),
                JobTexts.workMode(d.workMode()), List.of(), d.contactName(), d.contactPhone(), false);
    }
}
