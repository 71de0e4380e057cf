package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.junit.jupiter.api.Test;

/** The problems name what is wrong and why, in Chinese and English, and never repeat the value sent. */
class RequestProblemsTest {

    private static final String ID_NUMBER = "320614197906121245";
    private static final String PHONE = "13812345678";

    record Query(@Max(20) int limit, @Size(max = 4) String phoneLastFour) {
    }

    record Body(LocalDate date) {
    }

    static void find(int limit) {
    }

    @Test
    void aParameterOutOfItsBoundsIsNamedWithItsBound() {
        var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(new Query(100000, PHONE));

        ProblemDetail problem = RequestProblems.of(new ConstraintViolationException(violations));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "invalid-parameter")
                .containsEntry("reasonZh", "参数无效：limit 不能大于 20；phoneLastFour 长度不能超过 4")
                .containsEntry("reasonEn",
                        "invalid parameter: limit must be at most 20; phoneLastFour must be at most 4 long");
        assertThat(problem.getProperties().get("invalidParams")).asList().hasSize(2);
        assertThat(String.valueOf(problem)).doesNotContain(PHONE, "100000");
    }

    @Test
    void aParameterOfTheWrongTypeSaysWhatItShouldBe() throws Exception {
        var parameter = new MethodParameter(RequestProblemsTest.class.getDeclaredMethod("find", int.class), 0);
        var mismatch = new MethodArgumentTypeMismatchException(ID_NUMBER, int.class, "limit", parameter,
                new NumberFormatException("For input string: \"" + ID_NUMBER + "\""));

        ProblemDetail problem = RequestProblems.of(mismatch, HttpStatus.BAD_REQUEST);

        assertThat(problem.getProperties()).containsEntry("code", "invalid-parameter")
                .containsEntry("reasonEn", "invalid parameter: limit must be a whole number");
        assertThat(String.valueOf(problem)).doesNotContain(ID_NUMBER);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithoutItsValue() {
        var unreadable = unreadable("{\"date\":\"" + ID_NUMBER + "\"}");

        ProblemDetail problem = RequestProblems.of(unreadable, HttpStatus.BAD_REQUEST);

        assertThat(problem.getProperties()).containsEntry("code", "invalid-field")
                .containsEntry("reasonZh", "请求体中的字段无效：date 应为日期 (YYYY-MM-DD)");
        assertThat(String.valueOf(problem)).doesNotContain(ID_NUMBER);
    }

    @Test
    void aBodyThatIsNotJsonIsSaidToBeSo() {
        var unreadable = unreadable("{\"personId\":\"" + ID_NUMBER + "\",");

        ProblemDetail problem = RequestProblems.of(unreadable, HttpStatus.BAD_REQUEST);

        assertThat(problem.getProperties()).containsEntry("code", "invalid-json");
        assertThat(String.valueOf(problem)).doesNotContain(ID_NUMBER);
    }

    @Test
    void aBodyCutOffInsideAFieldIsNotJson() {
        ProblemDetail problem = RequestProblems.of(unreadable("{\"date\":\"" + ID_NUMBER), HttpStatus.BAD_REQUEST);

        assertThat(problem.getProperties()).containsEntry("code", "invalid-json");
    }

    @Test
    void anUnsupportedContentTypeNamesTheOneToSend() {
        var unsupported = new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN,
                List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/*+json")));

        ProblemDetail problem = RequestProblems.of(unsupported, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        assertThat(problem.getStatus()).isEqualTo(415);
        assertThat(problem.getProperties()).containsEntry("code", "unsupported-media-type")
                .containsEntry("reasonEn", "unsupported content type: send application/json");
    }

    @Test
    void anEnumListsItsValues() {
        assertThat(RequestProblems.expected(HttpStatus.Series.class).en())
                .isEqualTo("must be one of INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR");
    }

    private static HttpMessageNotReadableException unreadable(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JsonMapper.builder().findAndAddModules().build().readValue(json, Body.class));
        return new HttpMessageNotReadableException("JSON parse error: " + e.getMessage(), e,
                new MockHttpInputMessage(json.getBytes()));
    }
}
