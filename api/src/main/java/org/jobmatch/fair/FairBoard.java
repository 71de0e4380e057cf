package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;

import org.jobmatch.domain.Vacancy;
import org.jobmatch.pages.JobTexts;

/** A fair's shortlists, one section per employer, as the operator page, the printout and the spreadsheet show them. */
record FairBoard(long fairId, String name, LocalDate heldOn, String venue, LocalDate today, int limit,
                 List<EmployerSection> employers) {

    record EmployerSection(String employer, List<VacancySection> vacancies) {
    }

    /** Everyone on the board, once each. */
    List<String> personIds() {
        return employers.stream().flatMap(e -> e.vacancies().stream()).flatMap(v -> v.candidates().stream())
                .map(FairCandidate::personId).distinct().sorted().toList();
    }

    record VacancySection(VacancyInfo vacancy, List<FairCandidate> candidates, String note) {
    }

    /** A vacancy's public details: nothing here is personal data. */
    record VacancyInfo(String id, String title, String employer, String source, String township, int openings,
                       String wage, String workMode, String contactName, String contactPhone) {

        static VacancyInfo of(Vacancy v) {
            var contact = v.contact();
            return new VacancyInfo(v.id(), v.title(), v.employer(), v.source().label(), v.township(), v.openings(),
                    JobTexts.wage(v.wageMin(), v.wageMax()), v.workMode().label(),
                    contact == null ? null : contact.name(), contact == null ? null : contact.phone());
        }
    }
}
