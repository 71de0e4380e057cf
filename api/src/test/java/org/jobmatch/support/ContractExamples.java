package org.jobmatch.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** Replaces the ledger with the contract's examples (persons P-0001..P-0006, vacancies V-0001..V-0010), indexed. */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static void load(TestRestTemplate http, Ledger ledger) throws Exception {
        ledger.replaceWith(http, Ledger.CONTRACT_EXAMPLES);
    }
}
