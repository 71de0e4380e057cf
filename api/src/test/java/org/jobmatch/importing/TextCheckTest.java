package org.jobmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TextCheckTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void namesTheFieldOfTheFirstUnstorableText() throws Exception {
        var found = TextCheck.firstProblem(json.readTree(
                "{\"name\":\"好\",\"preferences\":{\"jobs\":\"保洁\"},\"skills\":[\"a\",\"b\\u0000\"]}"));

        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.field()).isEqualTo("skills[1]");
            assertThat(f.reason()).contains("NUL");
        });
    }

    @Test
    void findsNestedFieldsAndLoneSurrogates() throws Exception {
        var found = TextCheck.firstProblem(json.readTree("{\"preferences\":{\"jobs\":\"\\udc00\"}}"));

        assertThat(found).hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("preferences.jobs"));
    }

    @Test
    void acceptsChineseTextTabsNewlinesAndCharactersBeyondTheBasicPlane() {
        assertThat(TextCheck.problem("做过保洁，\t会开叉车\n𠀀")).isEmpty();
        assertThat(TextCheck.problem("\u0007")).hasValueSatisfying(r -> assertThat(r).contains("控制字符"));
        assertThat(TextCheck.problem("\ud800x")).hasValueSatisfying(r -> assertThat(r).contains("代理项"));
    }
}
