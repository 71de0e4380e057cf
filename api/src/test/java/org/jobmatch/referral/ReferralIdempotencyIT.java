package org.jobmatch.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The contract: the same person referred to the same vacancy again on the same day records nothing new. */
@ServiceIT
class ReferralIdempotencyIT {

    private static final int REQUESTS = 50;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void fiftyConcurrentReferralRequestsRecordThreeReferrals() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return http.postForEntity("/api/v1/persons/P-0001/referrals", null, String.class);
            }));
        }
        start.countDown();
        Set<List<String>> answers = new HashSet<>();
        for (Future<ResponseEntity<String>> response : responses) {
            ResponseEntity<String> r = response.get();
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
            answers.add(json.readTree(r.getBody()).get("recommendations").findValuesAsText("referralId"));
        }
        pool.shutdown();

        int rows = ledger.jdbc().queryForObject("SELECT count(*) FROM referrals WHERE person_id = 'P-0001'", Integer.class);
        System.out.println("referral rows after " + REQUESTS + " concurrent POSTs: " + rows);
        assertThat(rows).isEqualTo(3);
        assertThat(answers).hasSize(1); // every answer names the same three referrals
    }

    @Test
    void referringAgainTheSameDayReturnsTheReferralsAlreadyRecorded() throws Exception {
        JsonNode first = json.readTree(http.postForEntity("/api/v1/persons/P-0001/referrals", null, String.class).getBody());
        JsonNode again = json.readTree(http.postForEntity("/api/v1/persons/P-0001/referrals", null, String.class).getBody());

        assertThat(again.get("recommendations").findValuesAsText("referralId"))
                .isEqualTo(first.get("recommendations").findValuesAsText("referralId"));
        assertThat(again.get("recommendations").findValuesAsText("referredAt"))
                .isEqualTo(first.get("recommendations").findValuesAsText("referredAt"));
    }
}
