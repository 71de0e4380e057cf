package org.jobmatch.indexing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;

/** A request to the service, its answer and how long the answer took, seen from the client. */
record Timed(String call, int status, String body, Duration took) {

    static Timed of(String call, Supplier<ResponseEntity<String>> request) {
        long started = System.nanoTime();
        ResponseEntity<String> response = request.get();
        return new Timed(call, response.getStatusCode().value(), String.valueOf(response.getBody()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The same call made by {@code clients} clients at once. */
    static List<Timed> concurrently(int clients, String call, Supplier<ResponseEntity<String>> request)
            throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Timed>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(executor.submit(() -> of(call, request)));
            }
            List<Timed> answers = new ArrayList<>();
            for (Future<Timed> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            executor.shutdownNow();
        }
    }

    static Duration slowest(List<Timed> answers) {
        return answers.stream().map(Timed::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    String line() {
        return String.format(Locale.ROOT, "%-48s → %d in %,5d ms", call, status, took.toMillis());
    }
}
