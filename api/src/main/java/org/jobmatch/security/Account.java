package org.jobmatch.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user of the service as Spring Security sees it: the viewer it stands for, its password hash, enabled or not. */
public final class Account implements UserDetails, CredentialsContainer {

    private final Viewer viewer;
    private String passwordHash;
    private final boolean enabled;

    public Account(Viewer viewer, String passwordHash, boolean enabled) {
        this.viewer = viewer;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Viewer viewer() {
        return viewer;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(viewer.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return viewer.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
