package org.jobmatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.IdNumber;
import org.jobmatch.security.Role;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Masks that cannot be undone, reveals that need a reason, and an audit of every read of personal data. */
@ServiceIT
class PersonalDataIT {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void noMaskedRecordCarriesTheDigitsItsMaskHides() throws Exception {
        List<Map<String, Object>> persons = ledger.jdbc().queryForList(
                "SELECT id, id_number FROM persons WHERE id_number IS NOT NULL");
        assertThat(persons).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> p : persons) {
            String idNumber = ((String) p.get("id_number")).strip();
            String body = http.getForObject("/api/v1/persons/" + p.get("id"), String.class);
            JsonNode person = json.readTree(body);

            assertThat(person.get("idNumber").asText())
                    .isEqualTo(idNumber.substring(0, 6) + "*".repeat(11) + idNumber.substring(17));
            assertThat(person.has("birthDate")).isFalse();
            String birth = idNumber.substring(6, 14);
            assertThat(body).doesNotContain(birth, birth.substring(0, 4) + "-" + birth.substring(4, 6),
                    idNumber.substring(14, 17) + idNumber.substring(17));
            assertThat(person.get("age").asInt())
                    .isEqualTo(Ages.ageOn(IdNumber.parse(idNumber, TODAY).birthDate(), TODAY));
        }
    }

    @Test
    void openingARecordIsAudited() {
        long before = entries("OPEN", "P-0002");

        accounts.as(Role.COUNTY_STAFF).getForObject("/api/v1/persons/P-0002", String.class);

        assertThat(entries("OPEN", "P-0002")).isEqualTo(before + 1);
        assertThat(lastEntry()).containsEntry("actor", accounts.username(Role.COUNTY_STAFF))
                .containsEntry("role", "COUNTY_STAFF");
    }

    @Test
    void revealingNeedsAPurposeAndIsAuditedWithTheFields() throws Exception {
        TestRestTemplate staff = accounts.as(Role.COUNTY_STAFF);

        ResponseEntity<String> noPurpose = staff.postForEntity("/api/v1/persons/P-0001/reveal",
                Map.of("fields", List.of("phone")), String.class);
        ResponseEntity<String> revealed = staff.postForEntity("/api/v1/persons/P-0001/reveal",
                Map.of("fields", List.of("phone", "idNumber"), "purpose", "电话回访就业意向"), String.class);

        assertThat(noPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode full = json.readTree(revealed.getBody());
        assertThat(full.get("phone").asText()).isEqualTo("13812345678");
        assertThat(full.get("idNumber").asText()).isEqualTo("320614197906121245");
        Map<String, Object> entry = lastEntry();
        assertThat(entry).containsEntry("action", "REVEAL").containsEntry("purpose", "电话回访就业意向")
                .containsEntry("fields", "{idNumber,phone}").containsEntry("person_ids", "{P-0001}");
    }

    @Test
    void fairOperatorsCannotReveal() {
        assertThat(accounts.as(Role.FAIR_OPERATOR).postForEntity("/api/v1/persons/P-0001/reveal",
                Map.of("fields", List.of("phone"), "purpose", "x"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAuditLogCannotBeChangedOrEmptied() {
        accounts.as(Role.COUNTY_STAFF).getForObject("/api/v1/persons/P-0002", String.class);

        assertThat(refused("UPDATE audit_log SET actor = 'x'")).isTrue();
        assertThat(refused("DELETE FROM audit_log")).isTrue();
        assertThat(refused("TRUNCATE audit_log")).isTrue();
    }

    @Test
    void adminsListFilterAndExportTheLog() throws Exception {
        accounts.as(Role.COUNTY_STAFF).getForObject("/api/v1/persons/P-0002", String.class);

        JsonNode page = json.readTree(http.getForObject("/api/v1/admin/audit?personId=P-0002&action=OPEN&limit=1",
                String.class));
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/v1/admin/audit.xlsx?personId=P-0002", byte[].class);

        assertThat(page.get("entries")).hasSize(1);
        assertThat(page.at("/entries/0/personIds/0").asText()).isEqualTo("P-0002");
        assertThat(page.get("next").isNull()).isFalse();
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getBody()).startsWith(0x50, 0x4B); // a zip: the xlsx container
    }

    @Test
    void exportsWithNamesAreAudited() {
        long before = ledger.jdbc().queryForObject("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'", Long.class);
        ResponseEntity<String> fair = http.postForEntity("/api/v1/fairs",
                Map.of("name", "审计测试招聘会", "vacancyIds", List.of("V-0001")), String.class);
        http.getForEntity("/api/v1/fairs/" + readId(fair) + "/shortlists.xlsx", byte[].class);

        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'", Long.class))
                .isEqualTo(before + 1);
    }

    private long readId(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody()).get("id").asLong();
        } catch (Exception e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private boolean refused(String sql) {
        try {
            ledger.jdbc().execute(sql);
            return false;
        } catch (org.springframework.dao.DataAccessException e) {
            return true;
        }
    }

    private long entries(String action, String personId) {
        return ledger.jdbc().queryForObject("SELECT count(*) FROM audit_log WHERE action = ? AND ? = ANY (person_ids)",
                Long.class, action, personId);
    }

    private Map<String, Object> lastEntry() {
        return ledger.jdbc().queryForMap("SELECT actor, role, action, purpose, fields::text AS fields, "
                + "person_ids::text AS person_ids FROM audit_log ORDER BY id DESC LIMIT 1");
    }
}
