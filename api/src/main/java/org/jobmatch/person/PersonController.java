package org.jobmatch.person;

import java.time.Clock;
import java.time.LocalDate;

import org.jobmatch.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
class PersonController {

    private final PersonLedger ledger;
    private final Clock clock;

    PersonController(PersonLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    PersonView person(@PathVariable String id) {
        return ledger.find(id)
                .map(p -> PersonView.of(p, LocalDate.now(clock)))
                .orElseThrow(() -> ApiException.notFound("person", id));
    }
}
