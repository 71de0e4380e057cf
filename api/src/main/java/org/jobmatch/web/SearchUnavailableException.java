package org.jobmatch.web;

/** Elasticsearch is down, hung or too slow: answered 503, the ledger is unaffected. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
}
