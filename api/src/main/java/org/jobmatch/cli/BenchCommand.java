package org.jobmatch.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jobmatch.bench.Benchmark;
import org.jobmatch.bench.KioskBench;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code bench [--persons FILE --vacancies FILE]}: the batch benchmark on its own temporary servers;
 * {@code bench kiosk [--clients 16] [--seconds 30]}: the kiosk's latency over HTTP.
 */
@Component
@ConditionalOnProperty("jobmatch.command")
class BenchCommand implements CommandRunner.Command {

    private final ObjectProvider<Benchmark> benchmark;
    private final ObjectProvider<KioskBench> kiosk;

    BenchCommand(ObjectProvider<Benchmark> benchmark, ObjectProvider<KioskBench> kiosk) {
        this.benchmark = benchmark;
        this.kiosk = kiosk;
    }

    @Override
    public String name() {
        return Commands.BENCH;
    }

    @Override
    public int run(List<String> words) throws Exception {
        if (!words.isEmpty() && words.get(0).equals(Commands.KIOSK)) {
            return kiosk(words.subList(1, words.size()));
        }
        Options options;
        try {
            options = Options.parse(words, Set.of("persons", "vacancies"));
            if (options.get("persons").isPresent() != options.get("vacancies").isPresent()) {
                throw new IllegalArgumentException("give both --persons and --vacancies, or neither");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("用法 (usage): java -jar jobmatch.jar bench [--persons FILE --vacancies FILE]");
            return 2;
        }
        String line = benchmark.getObject().run(options.get("persons").map(Path::of),
                options.get("vacancies").map(Path::of), System.err, new PhaseBars(System.err));
        System.err.println(line);
        return 0;
    }

    private int kiosk(List<String> words) throws Exception {
        Options options;
        try {
            options = Options.parse(words, Set.of("clients", "seconds"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("用法 (usage): java -jar jobmatch.jar bench kiosk [--clients 16] [--seconds 30]");
            return 2;
        }
        int clients = Integer.parseInt(options.get("clients").orElse("16"));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.get("seconds").orElse("30")));
        String line = kiosk.getObject().run(clients, Duration.ofSeconds(10), measured, System.err);
        System.err.println(line);
        return 0;
    }
}
