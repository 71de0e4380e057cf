package org.jobmatch.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jobmatch.matching.RankingBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The single place where failures become RFC 9457 problem responses. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** Elasticsearch's answers when it is overloaded or not ready: an outage like a hang. */
    private static final Set<Integer> SEARCH_OVERLOADED = Set.of(429, 503, 504);

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e, HttpServletRequest request) {
        return withInstance(Problems.of(e.status(), e.code(), e.reasonZh(), e.reasonEn()), request);
    }

    /** A parameter of a {@code @Validated} controller out of its bounds ({@code limit=100000}). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
        return withInstance(RequestProblems.of(e), request);
    }

    /** Elasticsearch answered but refused the request: the fault is upstream of us. */
    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail searchRejected(ElasticsearchException e, HttpServletRequest request) {
        if (SEARCH_OVERLOADED.contains(e.status())) {
            return searchUnavailable(new SearchUnavailableException(e), request);
        }
        // its reason can quote the query, and with it a person's data
        log.warn("Elasticsearch rejected a request on {} {}: {} {}", request.getMethod(), request.getRequestURI(),
                e.status(), e.error().type());
        return withInstance(Problems.of(HttpStatus.BAD_GATEWAY, "search-rejected",
                "检索服务拒绝了请求", "the search engine rejected the request: " + e.error().type()), request);
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail searchUnavailable(SearchUnavailableException e, HttpServletRequest request) {
        log.warn("{} on {} {}", e.getMessage(), request.getMethod(), request.getRequestURI());
        return withInstance(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
                "检索服务暂时不可用，请稍后再试", "the search engine is unavailable, try again later"), request);
    }

    /** More single requests than the cores could start ranking within the wait (MatchingSettings#rankingWait). */
    @ExceptionHandler(RankingBusyException.class)
    ResponseEntity<ProblemDetail> rankingBusy(RankingBusyException e, HttpServletRequest request) {
        log.warn("{} on {} {}", e.getMessage(), request.getMethod(), request.getRequestURI());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(withInstance(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "ranking-busy",
                        "请求太多，正在排队，请稍后再试", "too many requests being ranked at once, try again shortly"),
                        request));
    }

    /**
     * A ledger constraint caught what the checks before it did not (e.g. a race on a unique key). The database's
     * message quotes the row (ID numbers, phones): neither the answer nor the log repeats it.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail ledgerConflict(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Ledger constraint {} refused a change on {} {}", LedgerConstraint.describe(e), request.getMethod(),
                request.getRequestURI());
        return withInstance(Problems.of(HttpStatus.CONFLICT, "ledger-conflict",
                "与台账现有记录冲突", "conflicts with a record in the ledger"), request);
    }

    /** PostgreSQL is down or restarting: fail fast, the request may be tried again shortly. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ProblemDetail ledgerUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Ledger unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return withInstance(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable",
                "台账数据库暂时不可用，请稍后再试", "the ledger database is unavailable, try again shortly"), request);
    }

    @ExceptionHandler({ConnectException.class, SocketTimeoutException.class})
    ProblemDetail searchDown(Exception e, HttpServletRequest request) {
        return searchUnavailable(new SearchUnavailableException(e), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring MVC's own refusals (bad parameter, body or content type, wrong method) get the same shape
        return super.handleExceptionInternal(ex, RequestProblems.of(ex, status), headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (LedgerOutage.isCause(e)) { // e.g. a commit whose connection broke
            return ledgerUnavailable(e, request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return withInstance(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "服务内部错误", "internal error"), request);
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }
}
