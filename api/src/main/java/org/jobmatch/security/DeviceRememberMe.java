package org.jobmatch.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * Keeps a kiosk device signed in across idle hours and service restarts (a job bus runs all day). Only kiosk
 * accounts get the cookie; it is void once the device is disabled or given a new secret.
 */
final class DeviceRememberMe extends TokenBasedRememberMeServices {

    DeviceRememberMe(String key, UserDetailsService users, Duration validity) {
        super(key, users, RememberMeTokenAlgorithm.SHA256);
        setTokenValiditySeconds((int) validity.toSeconds());
        setCookieName("JOBMATCH_DEVICE");
        setUseSecureCookie(false); // the service may run on plain HTTP inside the county's network
    }

    @Override
    public void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof Account account && account.viewer().role() == Role.KIOSK) {
            super.onLoginSuccess(request, response, authentication);
        }
    }
}
