package org.jobmatch.sheets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the field a header names: the office's remembered choices first, then the headers ledgers use. */
final class FieldNames {

    private final Map<String, String> builtIn = new HashMap<>();
    private final Map<String, String> remembered;

    /** {@code remembered}: normalised header to field key ("" for a column to ignore). */
    FieldNames(SheetKind kind, Map<String, String> remembered) {
        this.remembered = remembered;
        for (SheetField field : kind.fields()) {
            field.headers().forEach(h -> builtIn.putIfAbsent(HeaderText.normalise(h), field.key()));
        }
    }

    /** The field key ("" = ignore) and whether it was remembered; empty when the header is not known. */
    Optional<Known> find(String header) {
        String normalised = HeaderText.normalise(header);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        if (remembered.containsKey(normalised)) {
            return Optional.of(new Known(remembered.get(normalised), true));
        }
        String key = builtIn.get(normalised);
        String bare = HeaderText.withoutRemark(normalised);
        if (key == null && bare != null) {
            key = builtIn.get(bare);
        }
        return Optional.ofNullable(key).map(k -> new Known(k, false));
    }

    record Known(String field, boolean remembered) {
    }
}
