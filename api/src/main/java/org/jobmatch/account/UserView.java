package org.jobmatch.account;

import java.time.OffsetDateTime;

import org.jobmatch.security.Role;

/** A user as the admin page shows it; never its password or hash. */
record UserView(String username, Role role, String township, String displayName, boolean enabled,
                OffsetDateTime createdAt) {

    public String roleLabel() {
        return role.label();
    }

    UserView with(Role newRole, String newTownship, String newDisplayName, boolean newEnabled) {
        return new UserView(username, newRole, newTownship, newDisplayName, newEnabled, createdAt);
    }
}
