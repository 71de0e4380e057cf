package org.jobmatch.vacancy;

import org.jobmatch.domain.Vacancy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vacancies")
class VacancyController {

    private final Vacancies vacancies;

    VacancyController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    /** The domain record already has the contract's field names and nothing to mask. */
    @GetMapping("/{id}")
    Vacancy vacancy(@PathVariable String id) {
        return vacancies.visible(id);
    }
}
