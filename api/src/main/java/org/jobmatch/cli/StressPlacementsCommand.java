package org.jobmatch.cli;

import java.util.List;
import java.util.Set;

import org.jobmatch.placement.PlacementStress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code stress-placements [--trials 1000] [--threads 64] [--max-openings 5]}: races threads for a few
 * openings, trial after trial, on scratch servers, and prints how many trials overfilled (must be 0).
 */
@Component
@ConditionalOnProperty("jobmatch.command")
class StressPlacementsCommand implements CommandRunner.Command {

    private final PlacementStress stress;

    StressPlacementsCommand(PlacementStress stress) {
        this.stress = stress;
    }

    @Override
    public String name() {
        return Commands.STRESS_PLACEMENTS;
    }

    @Override
    public int run(List<String> words) throws Exception {
        Options options = Options.parse(words, Set.of("trials", "threads", "max-openings"));
        int trials = Integer.parseInt(options.get("trials").orElse("1000"));
        int threads = Integer.parseInt(options.get("threads").orElse("64"));
        int maxOpenings = Integer.parseInt(options.get("max-openings").orElse("5"));
        PlacementStress.Result result = stress.run(trials, threads, maxOpenings, System.err);
        System.out.printf("stress: %d trials x %d threads racing for 1-%d openings: overfilled %d times "
                        + "(filled exactly %d times)%n",
                result.trials(), result.threads(), maxOpenings, result.overfilled(), result.exactlyFilled());
        return result.overfilled() == 0 ? 0 : 1;
    }
}
