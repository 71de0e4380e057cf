package org.jobmatch.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jobmatch.audit.AuditLog;
import org.jobmatch.domain.Person;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's record, masked; and, on an explicit request with a purpose, their full ID number or phone. */
@RestController
@RequestMapping("/api/v1/persons")
class PersonController {

    private final Persons persons;
    private final AuditLog audit;
    private final Clock clock;

    PersonController(Persons persons, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    PersonView person(@PathVariable String id) {
        Person person = persons.visible(id);
        audit.opened(person.id());
        return PersonView.of(person, LocalDate.now(clock));
    }

    record RevealRequest(@NotEmpty Set<@Pattern(regexp = "idNumber|phone") String> fields,
                         @NotBlank @Size(max = 200) String purpose) {
    }

    /** The unmasked fields asked for; those not asked for, or not in the ledger, are absent. */
    record Revealed(String personId, String idNumber, String phone) {
    }

    @PostMapping("/{id}/reveal")
    Revealed reveal(@PathVariable String id, @Valid @RequestBody RevealRequest request) {
        Person person = persons.visible(id);
        audit.revealed(person.id(), request.fields().stream().sorted().toList(), request.purpose().strip());
        return new Revealed(person.id(), request.fields().contains("idNumber") ? person.idNumber() : null,
                request.fields().contains("phone") ? person.phone() : null);
    }
}
