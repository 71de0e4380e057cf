package org.jobmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One line of bad bytes is that line's problem only; no answer or log line repeats what a line held. */
@ServiceIT
@ExtendWith(OutputCaptureExtension.class)
class HostileBytesIT {

    private static final String PHONE = "13912345678";
    private static final String LINE = "{\"id\":\"P-HB-%d\",\"name\":\"%s\",\"gender\":\"M\",\"birthDate\":\"1980-01-01\","
            + "\"township\":\"三星镇\",\"phone\":\"" + PHONE + "\"}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
    }

    @Test
    void rejectsEachBadLineWithItsNumberAndStoresTheRest(CapturedOutput output) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM before line 1
        line(body, LINE.formatted(1, "张三"), StandardCharsets.UTF_8);
        line(body, LINE.formatted(2, "李\\u0000四"), StandardCharsets.UTF_8);
        String[] around = LINE.formatted(3, "#").split("#");
        body.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // not UTF-8
        line(body, around[1], StandardCharsets.UTF_8);
        line(body, LINE.formatted(4, "赵六"), Charset.forName("GBK"));
        line(body, LINE.formatted(5, "陈\\ud800八"), StandardCharsets.UTF_8);
        line(body, LINE.formatted(6, "控\\u0007制"), StandardCharsets.UTF_8);
        line(body, LINE.formatted(7, "钱七"), StandardCharsets.UTF_8);

        ResponseEntity<String> response = post(body.toByteArray());
        JsonNode report = json.readTree(response.getBody());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(report.get("received").asInt()).isEqualTo(7);
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("rejected")).extracting(r -> r.get("line").asInt()).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("name");
        assertThat(report.at("/rejected/0/reason").asText()).contains("空字符");
        assertThat(report.at("/rejected/1/reason").asText()).contains("UTF-8");
        assertThat(report.at("/rejected/2/reason").asText()).contains("GBK");
        assertThat(report.at("/rejected/3/reason").asText()).contains("代理项");
        assertThat(report.at("/rejected/4/reason").asText()).contains("控制字符");
        assertThat(ids()).containsExactly("P-HB-1", "P-HB-7");
        assertThat(response.getBody()).doesNotContain(PHONE, "李", "赵", "陈");
        assertThat(output.getAll()).doesNotContain(PHONE);
    }

    @Test
    void aFileOfGbkTextAloneIsRejectedLineByLine() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        line(body, LINE.formatted(1, "张三"), Charset.forName("GBK"));
        line(body, LINE.formatted(2, "李四"), Charset.forName("GBK"));

        JsonNode report = json.readTree(post(body.toByteArray()).getBody());

        assertThat(report.get("rejected")).extracting(r -> r.get("line").asInt()).containsExactly(1, 2);
        assertThat(report.get("stored").asInt()).isZero();
    }

    @Test
    void anEnumValueIsNotRepeatedInTheReason() throws Exception {
        String line = LINE.formatted(1, "张三").replace("}", ",\"groups\":[\"" + PHONE + "\"]}");

        JsonNode report = json.readTree(post(line.getBytes(StandardCharsets.UTF_8)).getBody());

        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("groups");
        assertThat(report.toString()).doesNotContain(PHONE);
    }

    private static void line(ByteArrayOutputStream body, String text, Charset charset) {
        body.writeBytes((text + "\n").getBytes(charset));
    }

    private ResponseEntity<String> post(byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        return http.postForEntity("/api/v1/persons/import", new HttpEntity<>(body, headers), String.class);
    }

    private java.util.List<String> ids() {
        return ledger.jdbc().queryForList("SELECT id FROM persons ORDER BY id", String.class);
    }
}
