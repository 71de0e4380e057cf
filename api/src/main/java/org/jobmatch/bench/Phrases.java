package org.jobmatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Job vocabulary for synthetic data, taken from the bundled synonym dictionaries (each group: a standard
 * job name and the ways people say it) and skills as officers write them (the evaluation set's phrasing).
 */
final class Phrases {

    private static final String DICT = "/org/jobmatch/analysis/dict/";
    private static final String[] TEMPLATES = {"%s", "做过%s", "会%s", "干过%s", "以前在厂里做过%s", "有%s经验",
            "在外地%s过几年", "%s，能吃苦", "想做%s"};

    /** One dictionary group: file (trade), standard name, other ways of saying it. */
    record Trade(String file, String name, List<String> words) {
    }

    private final List<Trade> trades = new ArrayList<>();
    private final List<String> skillTexts = new ArrayList<>();

    Phrases() {
        for (String file : lines(DICT + "index.list")) {
            for (String line : lines(DICT + file)) {
                if (!line.contains("=>")) {
                    String[] words = line.split("[,，、]");
                    List<String> rest = new ArrayList<>();
                    for (int i = 1; i < words.length; i++) {
                        rest.add(words[i].strip());
                    }
                    trades.add(new Trade(file.replace(".txt", ""), words[0].strip(), rest.isEmpty() ? List.of(words[0].strip()) : rest));
                }
            }
        }
        skillTexts.addAll(lines("/org/jobmatch/bench/skills.txt"));
    }

    Trade trade(Random random) {
        return trades.get(random.nextInt(trades.size()));
    }

    /** Free-text skills the way an officer notes them down; empty for about a quarter of persons. */
    String skills(Random random) {
        double roll = random.nextDouble();
        if (roll < 0.22) {
            return random.nextBoolean() ? "" : "无";
        }
        if (roll < 0.42) {
            return skillTexts.get(random.nextInt(skillTexts.size()));
        }
        String one = phrase(random);
        return roll < 0.75 ? one : one + "，" + phrase(random);
    }

    /** Wished jobs: one or two everyday words. */
    String wishes(Random random) {
        String first = word(random);
        return random.nextDouble() < 0.6 ? first : first + " " + word(random);
    }

    String word(Random random) {
        Trade trade = trade(random);
        return trade.words().get(random.nextInt(trade.words().size()));
    }

    private String phrase(Random random) {
        return String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], word(random));
    }

    private static List<String> lines(String resource) {
        InputStream in = Phrases.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
