package org.jobmatch.vacancy;

import org.jobmatch.domain.Vacancy;
import org.jobmatch.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vacancies")
class VacancyController {

    private final VacancyLedger ledger;

    VacancyController(VacancyLedger ledger) {
        this.ledger = ledger;
    }

    /** The domain record already has the contract's field names and nothing to mask. */
    @GetMapping("/{id}")
    Vacancy vacancy(@PathVariable String id) {
        return ledger.find(id).orElseThrow(() -> ApiException.notFound("vacancy", id));
    }
}
