package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A change the ledger's constraints refuse is answered 409 with a fixed reason: PostgreSQL's message quotes the row
 * (here an ID number already in the ledger), and neither the answer nor the log may repeat it.
 */
@ServiceIT
@ExtendWith(OutputCaptureExtension.class)
class LedgerConflictIT {

    private static final String ID_NUMBER = "320614197906121245"; // P-0001's

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ProblemAdvice advice;
    @Autowired
    ObjectMapper json;

    @Test
    void aRefusedChangeIsAnsweredAndLoggedWithoutTheRowsValues(CapturedOutput output) throws Exception {
        ContractExamples.load(http, ledger);
        int logged = output.getAll().length();
        DataIntegrityViolationException refused = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> ledger.jdbc().update("UPDATE persons SET id_number = ? WHERE id = 'P-0002'", ID_NUMBER));
        assertThat(refused.getMostSpecificCause().getMessage()).as("what PostgreSQL says").contains(ID_NUMBER);

        ProblemDetail problem = advice.ledgerConflict(refused, new MockHttpServletRequest("PUT", "/api/v1/persons"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(json.writeValueAsString(problem)).contains("\"code\":\"ledger-conflict\"").doesNotContain(ID_NUMBER);
        assertThat(output.getAll().substring(logged)).contains("persons_id_number").doesNotContain(ID_NUMBER);
    }
}
