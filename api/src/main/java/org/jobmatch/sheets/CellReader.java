package org.jobmatch.sheets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads one non-blank cell into the contract record being built, or throws {@link CellProblem}. */
@FunctionalInterface
interface CellReader {

    void read(Cell cell, ObjectNode record);

    /** Puts a value at a dotted path ("preferences.minWage"), making the objects on the way. */
    static void put(ObjectNode record, String path, Object value) {
        ObjectNode node = record;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        String name = parts[parts.length - 1];
        if (value instanceof String s) {
            node.put(name, s);
        } else if (value instanceof Integer n) {
            node.put(name, n);
        } else if (value instanceof Double d) {
            node.put(name, d);
        } else if (value instanceof Boolean b) {
            node.put(name, b);
        } else if (value instanceof Iterable<?> items) {
            var array = node.putArray(name);
            items.forEach(item -> array.add(String.valueOf(item)));
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
    }
}
