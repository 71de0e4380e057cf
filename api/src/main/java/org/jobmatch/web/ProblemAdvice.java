package org.jobmatch.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.servlet.http.HttpServletRequest;
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

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e, HttpServletRequest request) {
        return withInstance(Problems.of(e.status(), e.code(), e.reasonZh(), e.reasonEn()), request);
    }

    /** Elasticsearch answered but refused the request: the fault is upstream of us. */
    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail searchRejected(ElasticsearchException e, HttpServletRequest request) {
        log.warn("Elasticsearch rejected a request: {}", e.getMessage());
        return withInstance(Problems.of(HttpStatus.BAD_GATEWAY, "search-rejected",
                "检索服务拒绝了请求", "the search engine rejected the request: " + e.error().type()), request);
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail searchUnavailable(SearchUnavailableException e, HttpServletRequest request) {
        return withInstance(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
                "检索服务暂时不可用，请稍后再试", "the search engine is unavailable: " + e.getMessage()), request);
    }

    /** A ledger constraint caught what the checks before it did not (e.g. a race on a unique key). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail ledgerConflict(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Ledger constraint refused a change: {}", e.getMostSpecificCause().getMessage());
        return withInstance(Problems.of(HttpStatus.CONFLICT, "ledger-conflict",
                "与台账现有记录冲突", "conflicts with the ledger: " + e.getMostSpecificCause().getMessage()), request);
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
        // Spring MVC's own failures (bad JSON, wrong method, missing parameter) get the same shape.
        String code = "http-" + status.value();
        String en = ex.getMessage() == null ? "request failed" : ex.getMessage();
        ProblemDetail problem = Problems.of(status, code, "请求无效 (" + status.value() + ")", en);
        return super.handleExceptionInternal(ex, problem, headers, status, request);
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
