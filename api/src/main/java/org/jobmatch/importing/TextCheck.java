package org.jobmatch.importing;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds text the ledger must not store: NUL and other control characters, and lone UTF-16 surrogates (which
 * PostgreSQL would refuse, or store as "?"). Field names count too. Names the field, never the text.
 */
final class TextCheck {

    private TextCheck() {
    }

    static Optional<InvalidField> firstProblem(JsonNode node) {
        return check(node, "");
    }

    private static Optional<InvalidField> check(JsonNode node, String path) {
        if (node.isTextual()) {
            return problem(node.textValue()).map(reason -> new InvalidField(path, reason));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<InvalidField> found = check(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Optional<InvalidField> found = problem(field.getKey()).map(reason -> new InvalidField("(字段名)", reason))
                    .or(() -> check(field.getValue(), name));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Why the text cannot be stored, if it cannot. */
    static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("含有空字符 (contains a NUL character)");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of("含有不可见的控制字符 (contains a control character)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("含有无效的 Unicode 字符（孤立的代理项） (contains a lone surrogate)");
            }
        }
        return Optional.empty();
    }
}
