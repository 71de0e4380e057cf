package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Creates or replaces a fair. Its vacancies are the ones named plus every open vacancy of the employers
 * named (the import path: a fair organiser's list of participating units). {@code township}: where it is held
 * (else where most of its vacancies are); {@code onSite}: false for one held online (the forms count both).
 */
record FairRequest(@NotBlank @Size(max = 200) String name, LocalDate heldOn, @Size(max = 200) String venue,
                   @Size(max = 2000) List<@NotBlank @Size(max = 64) String> vacancyIds,
                   @Size(max = 500) List<@NotBlank @Size(max = 200) String> employers,
                   @Size(max = 100) String township, Boolean onSite) {

    FairRequest {
        vacancyIds = vacancyIds == null ? List.of() : List.copyOf(vacancyIds);
        employers = employers == null ? List.of() : List.copyOf(employers);
        name = name == null ? null : name.strip();
    }
}
