package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

/** A job fair (招聘会): a name, a day, a venue and the vacancies offered there. */
record Fair(long id, String name, LocalDate heldOn, String venue, List<String> vacancyIds) {

    Fair {
        vacancyIds = List.copyOf(vacancyIds);
    }

    /** A fair in the list of fairs. */
    record Summary(long id, String name, LocalDate heldOn, String venue, int vacancies, int employers) {
    }

    static ApiException notFound(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "未找到招聘会 " + id, "fair " + id + " not found");
    }
}
