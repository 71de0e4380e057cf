package org.jobmatch.sheets;

import java.util.Optional;

import org.jobmatch.security.Viewer;

/**
 * Whose import it is: the office whose remembered header mappings apply (a township's staff share theirs, county
 * staff keep their own per account) and the township the import is limited to, if any.
 */
public record Office(String key, Optional<String> township, String username) {

    public static Office of(Viewer viewer) {
        return viewer.limitedTo().map(t -> new Office("township:" + t, Optional.of(t), viewer.username()))
                .orElseGet(() -> new Office("user:" + viewer.username(), Optional.empty(), viewer.username()));
    }

    /**
     * The command line: one township's staff (their mappings and scope), or the whole county with the mappings
     * one account remembered.
     */
    public static Office commandLine(Optional<String> township, Optional<String> user) {
        return township.map(t -> new Office("township:" + t, Optional.of(t), "system"))
                .orElseGet(() -> new Office("user:" + user.orElse("system"), Optional.empty(), "system"));
    }
}
