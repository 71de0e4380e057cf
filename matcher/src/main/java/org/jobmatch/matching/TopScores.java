package org.jobmatch.matching;

/** The score a vacancy needs to be among the top {@code size}: a min-heap of the best offered so far. */
final class TopScores {

    private final double[] heap;
    private int count;
    private int offered;

    TopScores(int size) {
        this.heap = new double[size];
    }

    /** The {@code size}-th largest score, ignoring NaN; -infinity when no more than {@code size} are eligible. */
    static double cut(double[] score, int size) {
        TopScores top = new TopScores(size);
        for (double s : score) {
            if (!Double.isNaN(s)) {
                top.offer(s);
            }
        }
        return top.cut(true);
    }

    void clear() {
        count = 0;
        offered = 0;
    }

    void offer(double s) {
        offered++;
        if (count < heap.length) {
            heap[count] = s;
            for (int child = count++; child > 0 && heap[(child - 1) / 2] > heap[child]; child = (child - 1) / 2) {
                swap(child, (child - 1) / 2);
            }
        } else if (s > heap[0]) {
            heap[0] = s;
            siftDown();
        }
    }

    /** Whether {@code size} scores were offered: from then on, {@link #least()} only rises. */
    boolean full() {
        return heap.length > 0 && count == heap.length;
    }

    /** The lowest of the top scores so far (only meaningful when {@link #full()}). */
    double least() {
        return heap[0];
    }

    /**
     * The cut: -infinity when every eligible score was offered ({@code complete}) and no more than
     * {@code size} were, else the {@code size}-th largest.
     */
    double cut(boolean complete) {
        return (complete && offered <= heap.length) || heap.length == 0 ? Double.NEGATIVE_INFINITY : heap[0];
    }

    private void siftDown() {
        int parent = 0;
        while (true) {
            int smallest = parent;
            int left = 2 * parent + 1;
            if (left < heap.length && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < heap.length && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == parent) {
                return;
            }
            swap(parent, smallest);
            parent = smallest;
        }
    }

    private void swap(int a, int b) {
        double t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
