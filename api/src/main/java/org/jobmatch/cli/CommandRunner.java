package org.jobmatch.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        /** The word after {@code java -jar jobmatch.jar}, one of {@link Commands}. */
        String name();

        int run(List<String> arguments) throws Exception;
    }

    private final Map<String, Command> commands;
    private int exitCode;

    CommandRunner(List<Command> commands) {
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
    }

    /** Hands each command its own words and options; Spring properties ({@code --a.b=c}) stay Spring's. */
    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = Arrays.stream(args.getSourceArgs()).filter(word -> !isSpringProperty(word)).toList();
        exitCode = commands.get(words.get(0)).run(words.subList(1, words.size()));
    }

    private static boolean isSpringProperty(String word) {
        return word.startsWith("--") && word.contains("=") && word.substring(2, word.indexOf('=')).contains(".");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
