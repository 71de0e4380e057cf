package org.jobmatch.cli;

import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the command named on the command line, then lets the application exit with its code. */
@Component
@ConditionalOnProperty("jobmatch.command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    /** A command of the jar; gets the arguments after its name and returns the exit code. */
    interface Command {
        int run(List<String> arguments) throws Exception;
    }

    private final Map<String, Command> commands;
    private int exitCode;

    CommandRunner(ImportCommand importCommand, ReindexCommand reindexCommand, BatchCommand batchCommand,
                  BenchCommand benchCommand) {
        this.commands = Map.of(Commands.IMPORT, importCommand, Commands.REINDEX, reindexCommand,
                Commands.BATCH, batchCommand, Commands.BENCH, benchCommand);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = args.getNonOptionArgs();
        exitCode = commands.get(words.get(0)).run(words.subList(1, words.size()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
