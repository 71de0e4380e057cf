package org.jobmatch.reports;

import java.math.BigDecimal;

/** What a column counts; money is measured in fen and shown in yuan. */
enum Unit {
    PERSONS("人", 0),
    TIMES("人次", 0),
    FAIRS("场", 0),
    POSTS("个", 0),
    HOUSEHOLDS("户", 0),
    YUAN("元", 2),
    PERCENT("%", 1),
    POINTS("分", 2);

    private final String label;
    private final int scale;

    Unit(String label, int scale) {
        this.label = label;
        this.scale = scale;
    }

    String label() {
        return label;
    }

    /** A measured sum as shown: whole numbers stay whole, fen become yuan. */
    Number shown(long measured) {
        return this == YUAN ? BigDecimal.valueOf(measured, 2) : (Number) measured;
    }

    int scale() {
        return scale;
    }
}
