package org.jobmatch.matching;

/**
 * The score a vacancy needs to be among the top {@code size}. Scores above a floor are buffered; when the
 * buffer fills, a selection keeps the best {@code size} and raises the floor to the lowest of them, so an
 * offer costs one comparison most of the time.
 */
final class TopScores {

    private final int size;
    private final double[] buffer;
    private int count;
    private int offered;
    /** Never above the {@code size}-th largest score offered, once {@code size} were offered. */
    private double floor = Double.NEGATIVE_INFINITY;
    /** Whether scores were buffered since the floor was last set. */
    private boolean added;

    TopScores(int size) {
        this.size = size;
        this.buffer = new double[Math.max(1, 4 * size)];
    }

    void clear() {
        count = 0;
        offered = 0;
        floor = Double.NEGATIVE_INFINITY;
        added = false;
    }

    void offer(double s) {
        offered++;
        if (s > floor || offered <= size) {
            buffer[count++] = s;
            added = true;
            if (count == buffer.length) {
                compact();
            }
        }
    }

    /** Whether {@code size} scores were offered: from then on, {@link #least()} only rises. */
    boolean full() {
        return size > 0 && offered >= size;
    }

    /** A lower bound of the {@code size}-th largest score so far, without selecting: -infinity at first. */
    double floor() {
        return floor;
    }

    /** The {@code size}-th largest score so far (only meaningful when {@link #full()}). */
    double least() {
        compact();
        return floor;
    }

    /**
     * The cut: -infinity when every eligible score was offered ({@code complete}) and no more than
     * {@code size} were, else the {@code size}-th largest.
     */
    double cut(boolean complete) {
        return (complete && offered <= size) || size == 0 ? Double.NEGATIVE_INFINITY : least();
    }

    /** Keeps the best {@code size} buffered scores; the lowest of them becomes the floor. */
    private void compact() {
        if (!added || count < size || size == 0) {
            return;
        }
        floor = count > size ? select(size - 1) : min();
        count = size;
        added = false;
    }

    /** Reorders the buffer so that its first {@code k + 1} are the largest, returning the (k+1)-th largest. */
    private double select(int k) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            double pivot = buffer[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (buffer[i] > pivot) {
                    i++;
                }
                while (buffer[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = buffer[i];
                    buffer[i++] = buffer[j];
                    buffer[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return buffer[k];
    }

    private double min() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, buffer[i]);
        }
        return min;
    }
}
