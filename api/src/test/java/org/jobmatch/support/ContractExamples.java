package org.jobmatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Replaces the ledger with the contract's examples (persons P-0001..P-0006, vacancies V-0001..V-0010), indexed. */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static void load(TestRestTemplate http, Ledger ledger) throws Exception {
        ledger.clear();
        for (String kind : List.of("vacancies", "persons")) {
            var response = Ledger.post(http, "/api/v1/" + kind + "/import",
                    Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve(kind + ".ndjson")));
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ledger.awaitIndexed();
    }
}
