package org.jobmatch.fair;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Job fairs: list, create (from chosen vacancies or a list of employers), change, delete. */
@RestController
@RequestMapping("/api/v1/fairs")
class FairController {

    private final Fairs fairs;
    private final FairStore store;
    private final FairCatalog catalog;
    private final Clock clock;

    FairController(Fairs fairs, FairStore store, FairCatalog catalog, Clock clock) {
        this.fairs = fairs;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping
    List<Fair.Summary> list() {
        return store.list();
    }

    @PostMapping
    ResponseEntity<Fair> create(@Valid @RequestBody FairRequest request) {
        Fair fair = fairs.create(request);
        return ResponseEntity.created(URI.create("/api/v1/fairs/" + fair.id())).body(fair);
    }

    @GetMapping("/{id}")
    Fair fair(@PathVariable long id) {
        return store.find(id).orElseThrow(() -> Fair.notFound(id));
    }

    @PutMapping("/{id}")
    Fair replace(@PathVariable long id, @Valid @RequestBody FairRequest request) {
        return fairs.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        if (!store.delete(id)) {
            throw Fair.notFound(id);
        }
    }

    /** What the operator can choose from: every open vacancy of the ledger. */
    @GetMapping("/open-vacancies")
    List<FairCatalog.VacancyOption> openVacancies() {
        return catalog.openVacancies(LocalDate.now(clock));
    }
}
