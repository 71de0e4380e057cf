package org.jobmatch.importing;

import java.util.List;

/**
 * The contract's import response. {@code changed} (an extension) counts stored lines that actually
 * changed the ledger, so re-sending a file shows {@code changed: 0}. {@code warnings}: lines stored, but not
 * all as the file said (what the service owns, e.g. the status of a person placed here).
 */
public record ImportReport(long received, long stored, long changed, List<Rejection> rejected,
                           long rejectedTotal, List<Rejection> warnings) {

    /** One rejected (or warned) line: its number (1-based), id when readable, the field and the reason. */
    public record Rejection(long line, String id, String field, String reason) {
    }
}
