package org.jobmatch.account;

import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, for the pages' header and menus. */
@RestController
class MeController {

    private final CurrentViewer viewer;
    private final AccountStore store;

    MeController(CurrentViewer viewer, AccountStore store) {
        this.viewer = viewer;
        this.store = store;
    }

    record Me(String username, Role role, String roleLabel, String township, String displayName) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        var v = viewer.get();
        String displayName = store.find(v.username()).map(UserView::displayName).orElse(null);
        return new Me(v.username(), v.role(), v.role().label(), v.township(), displayName);
    }
}
