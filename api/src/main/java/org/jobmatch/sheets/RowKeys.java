package org.jobmatch.sheets;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gives the records of a sheet without a ledger-number column their {@code id}, a batch at a time (the batch's
 * records are in the same import transaction as those before). A record it cannot key is refused instead.
 */
interface RowKeys {

    /** Why a record could not be keyed: the contract path to blame and the reason. */
    record Refusal(String path, String reason) {
    }

    /** Keys the records in place ({@code rows}: their row numbers); returns the refusals by index. */
    Map<Integer, Refusal> assign(List<ObjectNode> records, List<Long> rows);
}
