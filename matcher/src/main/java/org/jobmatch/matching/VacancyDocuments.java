package org.jobmatch.matching;

import java.util.EnumSet;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.VacancyDocument;

/** Reads an indexed vacancy back as a domain record, so the plain-Java hard rules can judge it. */
final class VacancyDocuments {

    private VacancyDocuments() {
    }

    static Vacancy toVacancy(VacancyDocument d) {
        Set<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        d.eligibleGroups().stream().filter(g -> !g.equals(VacancyDocument.ANY_GROUP))
                .forEach(g -> groups.add(AssistanceGroup.valueOf(g)));
        return new Vacancy(d.id(), VacancySource.valueOf(d.source()), d.employer(), d.title(), d.description(),
                d.skills(), d.township(), d.location(), d.ageMin(), d.ageMax(), d.openings(), d.wageMin(),
                d.wageMax(), WorkMode.valueOf(d.workMode()), d.accessible(), groups, d.validUntil(),
                new Contact(d.contactName(), d.contactPhone()));
    }
}
