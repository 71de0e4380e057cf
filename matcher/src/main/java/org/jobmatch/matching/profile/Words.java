package org.jobmatch.matching.profile;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jobmatch.analysis.AnalyzedText;

/** The words of analysed texts that the skill overlap counts: terms of two characters or more. */
final class Words {

    private Words() {
    }

    static Set<String> of(AnalyzedText... texts) {
        return Arrays.stream(texts).flatMap(t -> t.terms().stream()).filter(t -> t.length() >= 2)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Set<String> of(String terms) {
        return terms.isBlank() ? Set.of()
                : Stream.of(terms.split(" ")).filter(t -> t.length() >= 2).collect(Collectors.toUnmodifiableSet());
    }
}
