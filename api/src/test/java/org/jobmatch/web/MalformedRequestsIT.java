package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.jobmatch.support.ServiceIT;

/**
 * Every parameter and body a client can get wrong, on every endpoint, sent wrong: 400 with a problem body that names
 * the parameter and never repeats the value (it was 500 for {@code limit=100000}, and echoed ID numbers). An
 * endpoint whose parameter is missing from {@link MalformedCases} fails the test.
 */
@ServiceIT
class MalformedRequestsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @Test
    void everyBadValueIsRefused400WithAProblemThatDoesNotRepeatIt() {
        List<String> wrong = new ArrayList<>();
        for (MalformedCases.Case c : MalformedCases.ALL) {
            ResponseEntity<String> response = send(c);
            String body = String.valueOf(response.getBody());
            boolean ok = response.getStatusCode().value() == 400
                    && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType())
                    && body.contains("\"code\":\"" + c.code() + "\"")
                    && !body.contains(MalformedCases.ID_NUMBER) && !body.contains(MalformedCases.NAME);
            if (!ok) {
                wrong.add(c + " → " + response.getStatusCode().value() + " " + body);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyParameterAndBodyOfEveryEndpointIsTried() {
        Set<String> tried = MalformedCases.ALL.stream().map(c -> c.endpoint() + " " + c.part())
                .collect(Collectors.toSet());
        Set<String> untried = new TreeSet<>();
        eachParameter((endpoint, parameter) -> part(parameter).map(part -> endpoint + " " + part)
                .filter(p -> !tried.contains(p)).ifPresent(untried::add));
        assertThat(untried).as("parameters without a malformed case").isEmpty();
    }

    @Test
    void everyBodyWithConstraintsIsValidated() {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<String> unchecked = new TreeSet<>();
        eachParameter((endpoint, parameter) -> {
            if (parameter.hasParameterAnnotation(RequestBody.class) && !parameter.hasParameterAnnotation(Valid.class)
                    && validator.getConstraintsForClass(parameter.getParameterType()).isBeanConstrained()) {
                unchecked.add(endpoint);
            }
        });
        assertThat(unchecked).as("bodies whose constraints are never checked").isEmpty();
    }

    private ResponseEntity<String> send(MalformedCases.Case c) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(c.uri(), c.method(), new HttpEntity<>(c.body(), headers), String.class);
    }

    /** Each parameter of each endpoint of the service, with the endpoint as {@code "GET /path/{id}"}. */
    private void eachParameter(BiConsumer<String, MethodParameter> visitor) {
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                if (ours(method)) {
                    endpoints(info).forEach(e -> Arrays.stream(method.getMethodParameters())
                            .forEach(p -> visitor.accept(e, p)));
                }
            });
        }
    }

    private static List<String> endpoints(RequestMappingInfo info) {
        List<String> endpoints = new ArrayList<>();
        info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                .forEach(m -> endpoints.add(m.name() + " " + pattern)));
        return endpoints;
    }

    /**
     * What of a parameter a client can get wrong: a body; a request parameter or path variable of a type other than
     * text, or with constraints, or that must be there.
     */
    private static Optional<String> part(MethodParameter p) {
        if (p.hasParameterAnnotation(RequestBody.class)) {
            return Optional.of("body");
        }
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param == null && !p.hasParameterAnnotation(PathVariable.class)) {
            return Optional.empty();
        }
        boolean constrained = Arrays.stream(p.getParameterAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(Constraint.class));
        boolean mustBeThere = param != null && param.required()
                && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
        boolean canBeWrong = p.getParameterType() != String.class || constrained || mustBeThere;
        return canBeWrong ? Optional.of(p.getParameterName()) : Optional.empty();
    }

    private static boolean ours(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("org.jobmatch");
    }
}
