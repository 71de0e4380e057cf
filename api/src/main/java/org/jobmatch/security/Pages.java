package org.jobmatch.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/** The HTML pages: which requests are a browser opening one, and where each role starts. */
final class Pages {

    private Pages() {
    }

    /** A browser navigating to a page or any other address (not a script's request). */
    static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getHeader("X-Requested-With") == null
                && (path.equals("/") || path.endsWith(".html") || accept != null && accept.contains("text/html"));
    }

    static String encodedTarget(HttpServletRequest request) {
        return URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8);
    }

    /** Only a path of this service, never another site ({@code //host}, {@code /\host}, a scheme). */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.length() <= 200 && next.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }

    static String home(Role role) {
        return switch (role) {
            case ADMIN -> "/admin.html";
            case COUNTY_STAFF, TOWNSHIP_STAFF -> "/overview.html";
            case FAIR_OPERATOR -> "/fair.html";
            case KIOSK -> "/kiosk.html";
        };
    }
}
