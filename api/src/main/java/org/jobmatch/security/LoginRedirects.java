package org.jobmatch.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** After the login form: to the page asked for (of this service only), else the role's start page; or back to the form. */
final class LoginRedirects implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        String next = request.getParameter("next");
        if (!Pages.isLocalPath(next) && authentication.getPrincipal() instanceof Account account) {
            next = Pages.home(account.viewer().role());
        }
        response.sendRedirect(Pages.isLocalPath(next) ? next : "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        String next = request.getParameter("next");
        String query = (e instanceof LockedException ? "locked=1" : "error=1")
                + (Pages.isLocalPath(next) ? "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) : "");
        response.sendRedirect(ProblemResponses.LOGIN_PAGE + "?" + query);
    }
}
