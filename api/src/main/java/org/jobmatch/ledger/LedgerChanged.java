package org.jobmatch.ledger;

/** Published after a commit that changed indexed ledger rows: the index relay wakes up early. */
public record LedgerChanged() {
}
