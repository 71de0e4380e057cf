package org.jobmatch.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session follows its account: once the admin disables it or changes its role or township, the
 * session ends at its next request. (HTTP Basic checks the account on every request anyway.)
 */
final class AccountRefresh extends OncePerRequestFilter {

    private final UserDetailsService users;

    AccountRefresh(UserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!SecurityConfiguration.isBasic(request) && authentication != null
                && authentication.getPrincipal() instanceof Account signedIn && !stillValid(signedIn)) {
            SecurityContextHolder.clearContext();
            Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Account signedIn) {
        try {
            return users.loadUserByUsername(signedIn.getUsername()) instanceof Account now
                    && now.isEnabled() && now.viewer().equals(signedIn.viewer());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
