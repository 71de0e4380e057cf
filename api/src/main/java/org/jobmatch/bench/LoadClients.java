package org.jobmatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Concurrent HTTP clients, each sending its requests one after another for a while: latencies by percentile,
 * requests per second and failures (any answer but 200, or none).
 */
final class LoadClients {

    record Result(int clients, double seconds, long requests, long failures, long[] sortedNanos) {

        long percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100 * sortedNanos.length) - 1);
            return Math.round(sortedNanos[Math.max(0, index)] / 1e6);
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%s: %d clients x %.0f s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, "
                            + "%.0f requests/s, %d failed", what, clients, seconds, percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100), requests / seconds, failures);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs {@code clients} clients for {@code duration}; {@code request} makes a client's next request. */
    Result run(int clients, Duration duration, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                runs.add(pool.submit(() -> client(end, () -> request.apply(random.nextInt(Integer.MAX_VALUE)))));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> run : runs) {
                all.add(run.get());
            }
            long failures = all.stream().mapToLong(a -> a[0]).sum();
            long[] nanos = all.stream().flatMapToLong(a -> Arrays.stream(a, 1, a.length)).sorted().toArray();
            return new Result(clients, duration.toMillis() / 1000.0, nanos.length, failures, nanos);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's latencies; element 0 counts its failures. */
    private long[] client(long end, java.util.function.Supplier<HttpRequest> next) {
        long[] latencies = new long[1 << 16];
        int n = 1;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(next.get(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                ok = false;
            }
            if (!ok) {
                latencies[0]++;
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - start;
        }
        return Arrays.copyOf(latencies, n);
    }

    static HttpRequest.Builder get(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET();
    }
}
