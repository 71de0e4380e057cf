package org.jobmatch.vacancy;

import org.jobmatch.domain.Vacancy;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Service;

/** A vacancy as the current viewer may see it: 404 when unknown, 403 when of another township. */
@Service
public class Vacancies {

    private final VacancyLedger ledger;
    private final CurrentViewer viewer;

    Vacancies(VacancyLedger ledger, CurrentViewer viewer) {
        this.ledger = ledger;
        this.viewer = viewer;
    }

    public Vacancy visible(String id) {
        Vacancy vacancy = ledger.find(id).orElseThrow(() -> ApiException.notFound("vacancy", id));
        viewer.get().checkTownship(vacancy.township());
        return vacancy;
    }
}
