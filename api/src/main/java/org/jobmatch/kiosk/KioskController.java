package org.jobmatch.kiosk;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.domain.Masking;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.web.ApiException;
import org.jobmatch.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk's personal side, for a signed-in kiosk device. Identification opens a session whose opaque token
 * (header {@code X-Kiosk-Session}) stands for the person in every later request from the same device.
 */
@RestController
@RequestMapping("/api/v1/kiosk")
class KioskController {

    static final String SESSION_HEADER = "X-Kiosk-Session";

    private final Identification identification;
    private final KioskSessions sessions;
    private final KioskDesk desk;
    private final CurrentViewer viewer;

    KioskController(Identification identification, KioskSessions sessions, KioskDesk desk, CurrentViewer viewer) {
        this.identification = identification;
        this.sessions = sessions;
        this.desk = desk;
        this.viewer = viewer;
    }

    /** {@code identifier}: the full ID number. */
    record IdentifyRequest(@Size(max = 64) String identifier, @Size(max = 4) String phoneLastFour) {
    }

    record SessionView(String token, long expiresInSeconds, String name, String township) {
    }

    record InterestRequest(@NotBlank @Size(max = 64) String vacancyId) {
    }

    @PostMapping("/sessions")
    ResponseEntity<SessionView> identify(@Valid @RequestBody IdentifyRequest body) {
        var identified = identification.identify(body.identifier(), body.phoneLastFour(), device());
        var person = identified.person();
        return ResponseEntity.created(URI.create("/api/v1/kiosk/sessions/current")).body(new SessionView(
                identified.token(), sessions.idle().toSeconds(), Masking.name(person.name()), person.township()));
    }

    @DeleteMapping("/sessions/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@RequestHeader(value = SESSION_HEADER, required = false) String token) {
        sessions.use(token, device()).ifPresent(s -> sessions.close(token));
    }

    @GetMapping("/recommendations")
    KioskDesk.MyJobs jobs(@RequestHeader(value = SESSION_HEADER, required = false) String token) {
        return desk.jobs(session(token));
    }

    @PostMapping("/interests")
    ResponseEntity<KioskDesk.Interest> interest(@RequestHeader(value = SESSION_HEADER, required = false) String token,
                                                @Valid @RequestBody InterestRequest body) {
        var interest = desk.interest(session(token), body.vacancyId());
        return ResponseEntity.status(interest.created() ? HttpStatus.CREATED : HttpStatus.OK).body(interest);
    }

    @ExceptionHandler(KioskThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(KioskThrottledException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.reasonZh(), e.reasonEn());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    private KioskSession session(String token) {
        return sessions.use(token, device()).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "session-expired", "操作超时，请重新验证身份", "kiosk session missing or expired"));
    }

    /** The signed-in kiosk device (its account). */
    private String device() {
        return viewer.get().username();
    }
}
