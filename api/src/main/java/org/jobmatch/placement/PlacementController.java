package org.jobmatch.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jobmatch.person.Persons;
import org.jobmatch.security.CurrentViewer;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/placements")
class PlacementController {

    private final Placements placements;
    private final PlacementRepository repository;
    private final Persons persons;
    private final CurrentViewer viewer;

    PlacementController(Placements placements, PlacementRepository repository, Persons persons, CurrentViewer viewer) {
        this.placements = placements;
        this.repository = repository;
        this.persons = persons;
        this.viewer = viewer;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlacementView place(@Valid @RequestBody PlacementRequest request) {
        persons.visible(request.personId());
        return placements.place(request.by(viewer.get()));
    }

    /** Cancels a placement entered by mistake: the opening and the person's previous status come back. */
    @DeleteMapping("/{id}")
    PlacementView cancel(@PathVariable long id, @RequestParam(required = false) @Size(max = 100) String operator) {
        repository.findById(id).map(Placement::personId).ifPresent(persons::visible);
        return placements.cancel(id, viewer.get().operator(operator));
    }
}
