package org.jobmatch.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jobmatch.domain.GeoPoint;

/** Typed, validating access to the fields of one NDJSON object; every failure names its field. */
final class JsonFields {

    private final JsonNode node;
    private final String prefix;

    JsonFields(JsonNode node) {
        this(node, "");
    }

    private JsonFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    String requiredString(String name, int maxLength) {
        return optionalString(name, maxLength).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name, int maxLength) {
        JsonNode value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw invalid(name, "应为字符串", "must be a string");
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw invalid(name, "长度超过 " + maxLength, "longer than " + maxLength + " characters");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    int requiredInt(String name, int min, int max) {
        return optionalInt(name, min, max).orElseThrow(() -> missing(name));
    }

    Optional<Integer> optionalInt(String name, int min, int max) {
        JsonNode value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name, "应为整数", "must be an integer");
        }
        return Optional.of(inRange(name, value.asInt(), min, max));
    }

    Optional<Double> optionalNumber(String name, double min, double max) {
        JsonNode value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw invalid(name, "应为数字", "must be a number");
        }
        double number = value.asDouble();
        if (number < min || number > max) {
            throw invalid(name, "应在 " + min + " 与 " + max + " 之间", "must be between " + min + " and " + max);
        }
        return Optional.of(number);
    }

    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid(name, "应为 true 或 false", "must be true or false");
        }
        return Optional.of(value.asBoolean());
    }

    Optional<LocalDate> optionalDate(String name) {
        return optionalString(name, 10).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(name, "日期应为 YYYY-MM-DD 格式的有效日期", "must be a valid ISO date YYYY-MM-DD");
            }
        });
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        return optionalString(name, 64).map(text -> enumValue(name, type, text));
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        return optionalEnum(name, type).orElseThrow(() -> missing(name));
    }

    <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String text : stringList(name, 64)) {
            values.add(enumValue(name, type, text));
        }
        return values;
    }

    List<String> stringList(String name, int maxLength) {
        JsonNode value = present(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(name, "应为字符串数组", "must be an array of strings");
        }
        List<String> values = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().length() > maxLength) {
                throw invalid(name, "数组元素应为不超过 " + maxLength + " 字的字符串",
                        "items must be strings of at most " + maxLength + " characters");
            }
            if (!item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        }
        return values;
    }

    Optional<GeoPoint> optionalLocation(String name) {
        return optionalObject(name).map(location -> new GeoPoint(
                location.optionalNumber("lat", -90, 90).orElseThrow(() -> location.missing("lat")),
                location.optionalNumber("lon", -180, 180).orElseThrow(() -> location.missing("lon"))));
    }

    Optional<JsonFields> optionalObject(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid(name, "应为对象", "must be an object");
        }
        return Optional.of(new JsonFields(value, prefix + name + "."));
    }

    InvalidField invalid(String name, String reasonZh, String reasonEn) {
        return new InvalidField(prefix + name, reasonZh, reasonEn);
    }

    InvalidField missing(String name) {
        return invalid(name, "缺少必填字段", "required field missing");
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(name, "应在 " + min + " 与 " + max + " 之间", "must be between " + min + " and " + max);
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw invalid(name, "未知取值，可选: " + allowed, "unknown value; one of " + allowed);
        }
    }
}
