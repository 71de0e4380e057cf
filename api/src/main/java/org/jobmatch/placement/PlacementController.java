package org.jobmatch.placement;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/placements")
class PlacementController {

    private final Placements placements;

    PlacementController(Placements placements) {
        this.placements = placements;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlacementView place(@Valid @RequestBody PlacementRequest request) {
        return placements.place(request);
    }

    /** Cancels a placement entered by mistake: the opening and the person's previous status come back. */
    @DeleteMapping("/{id}")
    PlacementView cancel(@PathVariable long id, @RequestParam(required = false) String operator) {
        return placements.cancel(id, operator);
    }
}
