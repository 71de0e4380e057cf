package org.jobmatch.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's {@code /error}, where the servlet container sends a failure no handler answered (a request Spring
 * Security's firewall rejected, an exception in a filter), as a problem body instead of Boot's JSON or HTML page.
 * Never the exception's text. Such a request may have bypassed the security headers: the body is not to be sniffed.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // asked for directly, there is no error to report
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : 404;
        ProblemDetail problem = StatusProblems.of(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(instance(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(ProblemReportValve.NOSNIFF, "nosniff").body(problem);
    }

    private static URI instance(String uri) {
        try {
            return URI.create(uri);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
