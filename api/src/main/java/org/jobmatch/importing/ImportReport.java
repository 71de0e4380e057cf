package org.jobmatch.importing;

import java.util.List;

/**
 * The contract's import response. {@code changed} (an extension) counts stored lines that actually
 * changed the ledger, so re-sending a file shows {@code changed: 0}.
 */
public record ImportReport(long received, long stored, long changed, List<Rejection> rejected,
                           long rejectedTotal) {

    /** One rejected line: its number (1-based), id when readable, the field and the reason. */
    public record Rejection(long line, String id, String field, String reason) {
    }
}
