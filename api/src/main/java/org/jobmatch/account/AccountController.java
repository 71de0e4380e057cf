package org.jobmatch.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users and kiosk devices, for admins. A generated password or device secret is in the answer once, and nowhere else. */
@RestController
@RequestMapping("/api/v1/admin")
class AccountController {

    private final Accounts accounts;
    private final CurrentViewer viewer;

    AccountController(Accounts accounts, CurrentViewer viewer) {
        this.accounts = accounts;
        this.viewer = viewer;
    }

    record NewUser(@NotNull @Size(max = 64) String username, @NotNull Role role, @Size(max = 100) String township,
                   @Size(max = 100) String displayName, @Size(max = 128) String password) {
    }

    record NewDevice(@NotNull @Size(max = 64) String username, @Size(max = 100) String township,
                     @Size(max = 100) String displayName) {
    }

    record Change(Role role, @Size(max = 100) String township, @Size(max = 100) String displayName, Boolean enabled) {
    }

    record NewPassword(@Size(max = 128) String password) {
    }

    @GetMapping("/users")
    List<UserView> users() {
        return accounts.list();
    }

    @PostMapping("/users")
    ResponseEntity<Accounts.Issued> create(@Valid @RequestBody NewUser user) {
        return created(accounts.create(user.username(), user.role(), user.township(), user.displayName(),
                user.password(), viewer.get().username()));
    }

    /** A job-bus kiosk: a KIOSK account with a generated secret to enter once on the device. */
    @PostMapping("/devices")
    ResponseEntity<Accounts.Issued> device(@Valid @RequestBody NewDevice device) {
        return created(accounts.create(device.username(), Role.KIOSK, device.township(), device.displayName(), null,
                viewer.get().username()));
    }

    @PatchMapping("/users/{username}")
    UserView change(@PathVariable String username, @Valid @RequestBody Change change) {
        return accounts.change(username, change.role(), change.township(), change.displayName(), change.enabled());
    }

    @PostMapping("/users/{username}/password")
    Accounts.Issued password(@PathVariable String username, @Valid @RequestBody(required = false) NewPassword body) {
        return accounts.resetPassword(username, body == null ? null : body.password());
    }

    private static ResponseEntity<Accounts.Issued> created(Accounts.Issued issued) {
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + issued.user().username())).body(issued);
    }
}
