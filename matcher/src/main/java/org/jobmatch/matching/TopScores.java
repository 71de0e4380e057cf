package org.jobmatch.matching;

/** The score a vacancy needs to be among the top {@code size}: a min-heap of the best seen so far. */
final class TopScores {

    private TopScores() {
    }

    /** The {@code size}-th largest score, ignoring NaN; -infinity when no more than {@code size} are eligible. */
    static double cut(double[] score, int size) {
        double[] heap = new double[size];
        int count = 0;
        int eligible = 0;
        for (double s : score) {
            if (Double.isNaN(s)) {
                continue;
            }
            eligible++;
            if (count < size) {
                heap[count] = s;
                for (int child = count++; child > 0 && heap[(child - 1) / 2] > heap[child]; child = (child - 1) / 2) {
                    swap(heap, child, (child - 1) / 2);
                }
            } else if (s > heap[0]) {
                heap[0] = s;
                siftDown(heap);
            }
        }
        return eligible <= size ? Double.NEGATIVE_INFINITY : heap[0];
    }

    private static void siftDown(double[] heap) {
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
            swap(heap, parent, smallest);
            parent = smallest;
        }
    }

    private static void swap(double[] heap, int a, int b) {
        double t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
