package org.jobmatch.web;

import static java.util.stream.Collectors.joining;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.jobmatch.web.ConstraintReasons.Reason;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Spring MVC's refusals of a request as problems: a parameter of the wrong type or out of its range, a body that is
 * not JSON or breaks a constraint, a content type the endpoint does not take. They name what is wrong, never the
 * value sent: it may be an ID number or a phone.
 */
final class RequestProblems {

    /** One invalid parameter or field, and why (the problem's {@code invalidParams}). */
    record Invalid(String name, String reasonZh, String reasonEn) {

        Invalid {
            name = name == null ? "?" : name;
        }

        Invalid(String name, Reason reason) {
            this(name, reason.zh(), reason.en());
        }
    }

    private RequestProblems() {
    }

    static ProblemDetail of(Exception ex, HttpStatusCode status) {
        if (ex instanceof TypeMismatchException e) {
            return parameters(List.of(new Invalid(e.getPropertyName(), expected(e.getRequiredType()))));
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            String name = e.getParameterName();
            return Problems.of(status, "missing-parameter", "缺少参数 " + name, "missing parameter " + name);
        }
        if (ex instanceof HandlerMethodValidationException e) {
            return parameters(e.getParameterValidationResults().stream().flatMap(RequestProblems::invalid).toList());
        }
        if (ex instanceof MethodArgumentNotValidException e) {
            return fields(e.getBindingResult().getAllErrors().stream().map(RequestProblems::invalid).toList());
        }
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return unsupported(e.getSupportedMediaTypes());
        }
        return StatusProblems.of(status.value());
    }

    /** Parameters of a {@code @Validated} controller out of their bounds. */
    static ProblemDetail of(ConstraintViolationException e) {
        return parameters(e.getConstraintViolations().stream()
                .map(v -> new Invalid(lastName(v.getPropertyPath()), ConstraintReasons.of(v))).toList());
    }

    private static ProblemDetail parameters(List<Invalid> invalid) {
        return invalid("invalid-parameter", "参数无效", "invalid parameter", invalid);
    }

    private static ProblemDetail fields(List<Invalid> invalid) {
        return invalid("invalid-field", "请求体中的字段无效", "invalid field in the body", invalid);
    }

    private static ProblemDetail invalid(String code, String zh, String en, List<Invalid> invalid) {
        List<Invalid> sorted = invalid.stream().distinct().sorted(Comparator.comparing(Invalid::name)).toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, code,
                zh + "：" + sorted.stream().map(i -> i.name() + " " + i.reasonZh()).collect(joining("；")),
                en + ": " + sorted.stream().map(i -> i.name() + " " + i.reasonEn()).collect(joining("; ")));
        problem.setProperty("invalidParams", sorted);
        return problem;
    }

    /** A body Jackson could not read: a field of the wrong type is named, anything else is not JSON. */
    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof StreamReadException)) {
            Class<?> type = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
            return fields(List.of(new Invalid(path(mapping), expected(type))));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-json", "请求体为空或不是有效的 JSON",
                "the body is empty or not valid JSON");
    }

    private static ProblemDetail unsupported(List<MediaType> supported) {
        String types = supported.stream().filter(t -> !t.isWildcardType() && !t.isWildcardSubtype())
                .map(t -> t.getType() + "/" + t.getSubtype()).distinct().collect(joining(", "));
        if (types.isEmpty()) {
            return StatusProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        }
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "不支持的内容类型，请以 " + types + " 发送", "unsupported content type: send " + types);
    }

    private static Invalid invalid(ObjectError error) {
        String name = error instanceof FieldError field ? field.getField() : error.getObjectName();
        return new Invalid(name, ConstraintReasons.of(error.contains(ConstraintViolation.class)
                ? error.unwrap(ConstraintViolation.class) : null));
    }

    private static Stream<Invalid> invalid(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return result.getResolvableErrors().stream().map(error -> new Invalid(name, reason(result, error)));
    }

    private static Reason reason(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return ConstraintReasons.of(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notAConstraint) {
            return Reason.INVALID;
        }
    }

    /** What a value of {@code type} looks like. */
    static Reason expected(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return new Reason("应为整数", "must be a whole number");
        }
        if (type == LocalDate.class) {
            return new Reason("应为日期 (YYYY-MM-DD)", "must be a date (YYYY-MM-DD)");
        }
        if (type != null && type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(joining(", "));
            return new Reason("应为 " + values + " 之一", "must be one of " + values);
        }
        return new Reason("格式不正确", "has the wrong format");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code recommendations.limit} → {@code limit}: the parameter, not the method. */
    private static String lastName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
