package org.jobmatch.web;

/**
 * Elasticsearch is down, hung or too slow: answered 503, the ledger is unaffected. The cause's text is not
 * repeated: it can quote the search, and with it a person's data.
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("search engine unavailable (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
