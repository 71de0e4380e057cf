package org.jobmatch.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} and {@code --name=value} options of a command, read from the raw arguments
 * (Spring keeps only the words). Spring's own {@code --a.b=c} properties are left to Spring.
 */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param raw   the arguments after the command's name
     * @param known the option names the command takes
     * @throws IllegalArgumentException on an unknown option or one without a value
     */
    static Options parse(List<String> raw, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            if (!word.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + word);
            }
            String name = word.substring(2);
            String value = null;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (i + 1 < raw.size()) {
                value = raw.get(++i);
            }
            if (!known.contains(name)) {
                if (name.contains(".") && word.contains("=")) {
                    continue;
                }
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (value == null) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            values.put(name, value);
        }
        return new Options(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
