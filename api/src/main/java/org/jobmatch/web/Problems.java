package org.jobmatch.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies: stable {@code type} per error code, Chinese title and detail, English detail too. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:jobmatch:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String reasonZh, String reasonEn) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reasonZh + " (" + reasonEn + ")");
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(reasonZh);
        problem.setProperty("code", code);
        problem.setProperty("reasonZh", reasonZh);
        problem.setProperty("reasonEn", reasonEn);
        return problem;
    }
}
