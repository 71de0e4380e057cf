package org.jobmatch.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jobmatch.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as problem bodies. Pages are sent to the login form instead. Programs are asked for HTTP Basic;
 * the pages' own requests ({@code X-Requested-With}) are not, so a browser never shows its password prompt
 * (and never keeps Basic credentials a cross-site request could ride on).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/login.html";

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (Pages.isPageRequest(request)) {
            response.sendRedirect(LOGIN_PAGE + "?next=" + Pages.encodedTarget(request));
            return;
        }
        if (e instanceof LockedException) {
            write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                    "登录失败次数过多，请稍后再试", "too many failed logins, try again later"));
            return;
        }
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"jobmatch\", charset=\"UTF-8\"");
        }
        write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "请先登录", "authentication required"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && !signedIn()) {
            commence(request, response, new InsufficientAuthenticationException("not signed in"));
        } else if (e instanceof CsrfException) {
            write(request, response, Problems.of(HttpStatus.FORBIDDEN, "csrf",
                    "页面已过期，请刷新后重试", "missing or invalid CSRF token"));
        } else if (Pages.isPageRequest(request)) {
            response.sendRedirect(LOGIN_PAGE + "?denied=1&next=" + Pages.encodedTarget(request));
        } else {
            write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "当前账号无权进行此操作", "the account's role does not allow this"));
        }
    }

    /** A CSRF failure of a request that is not signed in at all is, first of all, unauthenticated. */
    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
