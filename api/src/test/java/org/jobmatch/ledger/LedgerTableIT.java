package org.jobmatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobmatch.person.PersonLedger;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Rows read by their ids from the real ledger, as a run, the index relay and a fair read them. */
@ServiceIT
class LedgerTableIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    PersonLedger persons;

    @Test
    void readsEachExistingRowOnceWhateverTheIdsRepeatOrMiss() throws Exception {
        ledger.clear();
        Ledger.post(http, "/api/v1/persons/import", Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson")));

        List<String> read = persons.findVersioned(List.of("P-0001", "P-0002", "P-0001", "P-9999")).stream()
                .map(v -> v.person().id()).toList();

        assertThat(read).containsExactlyInAnyOrder("P-0001", "P-0002");
    }
}
