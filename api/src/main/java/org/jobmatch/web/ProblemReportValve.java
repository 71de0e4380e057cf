package org.jobmatch.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem body instead of its HTML page: for the requests Tomcat refuses before any
 * servlet sees them (an encoded slash in the path, a request line or headers over the size limit), and for a
 * failure of the error page itself. Like Tomcat's, it writes only when nothing was written yet.
 */
final class ProblemReportValve extends ErrorReportValve {

    static final String NOSNIFF = "X-Content-Type-Options";

    private final ObjectMapper mapper;

    ProblemReportValve(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || !ioAllowed(response)) {
            return;
        }
        try {
            String body = mapper.writeValueAsString(StatusProblems.of(status));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(NOSNIFF, "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already went out: nothing left to tell
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}
