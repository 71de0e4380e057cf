package org.jobmatch.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The zero-employment family cases (零就业家庭动态清零). */
@RestController
@Validated
class CaseController {

    private final CaseList list;
    private final ZeroEmploymentCases cases;
    private final CurrentViewer viewer;

    CaseController(CaseList list, ZeroEmploymentCases cases, CurrentViewer viewer) {
        this.list = list;
        this.cases = cases;
        this.viewer = viewer;
    }

    record End(@NotBlank @Size(max = 200) String reason) {
    }

    @GetMapping("/api/v1/zero-employment")
    CaseList.Cases cases(@RequestParam(required = false) @Size(max = 100) String township,
                         @RequestParam(required = false) @Size(max = 100) String village,
                         @RequestParam(defaultValue = "OPEN") CaseList.State state) {
        return list.list(viewer.get().scope(township), village, state);
    }

    /** Ends an open case with a reason; a case closes by itself when a member is placed or works. */
    @PostMapping("/api/v1/zero-employment/{caseId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable long caseId, @Valid @RequestBody End body) {
        Viewer who = viewer.get();
        who.checkTownship(cases.townshipOf(caseId));
        cases.end(caseId, body.reason().strip(), who.username());
    }
}
