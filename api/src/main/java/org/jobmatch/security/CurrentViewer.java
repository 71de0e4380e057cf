package org.jobmatch.security;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The viewer of the current request. Work done outside any request (the command line, start-up, a resumed
 * batch) runs as the system, which sees the whole county; a request without an account never does.
 */
@Component
public class CurrentViewer {

    static final Viewer SYSTEM = new Viewer("system", Role.ADMIN, null);

    public Viewer get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return account.viewer();
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "请先登录", "authentication required");
        }
        return SYSTEM;
    }
}
