package org.jobmatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jobmatch.bench.Benchmark;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code bench [--persons FILE --vacancies FILE]}: the batch benchmark on its own temporary servers. */
@Component
@ConditionalOnProperty("jobmatch.command")
class BenchCommand implements CommandRunner.Command {

    private final ObjectProvider<Benchmark> benchmark;

    BenchCommand(ObjectProvider<Benchmark> benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public String name() {
        return Commands.BENCH;
    }

    @Override
    public int run(List<String> words) throws Exception {
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
}
