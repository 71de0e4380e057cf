package org.jobmatch.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * Why a value broke its constraint, in Chinese and English, told from the constraint alone: the value itself (an
 * ID number, a phone) is never repeated.
 */
final class ConstraintReasons {

    record Reason(String zh, String en) {

        static final Reason INVALID = new Reason("不符合要求", "is invalid");
    }

    private ConstraintReasons() {
    }

    static Reason of(ConstraintViolation<?> violation) {
        return violation == null ? Reason.INVALID : of(violation.getConstraintDescriptor());
    }

    static Reason of(ConstraintDescriptor<?> descriptor) {
        Map<String, Object> attributes = descriptor.getAttributes();
        Object value = attributes.get("value");
        return switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "Min", "DecimalMin" -> new Reason("不能小于 " + value, "must be at least " + value);
            case "Max", "DecimalMax" -> new Reason("不能大于 " + value, "must be at most " + value);
            case "Size" -> size((Integer) attributes.get("min"), (Integer) attributes.get("max"));
            case "NotNull", "NotBlank", "NotEmpty" -> new Reason("不能为空", "must not be empty");
            case "Pattern" -> new Reason("格式不正确", "has the wrong format");
            default -> Reason.INVALID;
        };
    }

    private static Reason size(int min, int max) {
        return min == 0
                ? new Reason("长度不能超过 " + max, "must be at most " + max + " long")
                : new Reason("长度应为 " + min + "–" + max, "must be " + min + " to " + max + " long");
    }
}
