package org.jobmatch.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving licence classes (准驾车型) named in a text (A2驾照, 有B2本, 持A1或A3驾照), and which class may drive what
 * another names: a class covers itself and the classes the national rules let it drive (A2 covers B2 and C1, B2 covers
 * C1, C1 does not cover B2).
 */
public final class DrivingLicences {

  private static final Pattern CLASS = Pattern.compile("(?<![A-Za-z])([ABC][1-3])(?![0-9])");
  private static final Map<String, Set<String>> COVERS = Map.of(
      "A1", Set.of("A1", "A3", "B1", "B2", "C1", "C2", "C3"),
      "A2", Set.of("A2", "B1", "B2", "C1", "C2", "C3"),
      "A3", Set.of("A3", "C1", "C2", "C3"),
      "B1", Set.of("B1", "C1", "C2", "C3"),
      "B2", Set.of("B2", "C1", "C2", "C3"),
      "C1", Set.of("C1", "C2", "C3"),
      "C2", Set.of("C2"),
      "C3", Set.of("C3"));

  private DrivingLicences() {}

  /** The classes a person's text says they hold: those named outside a clause saying the licence is missing. */
  public static Set<String> held(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return named(LicenceDenials.clauses(text).stream().filter(clause -> !LicenceDenials.in(clause)).toList());
  }

  /** The classes a vacancy's texts accept (any one of them will do). */
  public static Set<String> accepted(List<String> texts) {
    return named(texts);
  }

  /** Whether one of {@code held} covers one of {@code accepted}; true when either names none (nothing is known). */
  public static boolean cover(Set<String> held, Set<String> accepted) {
    if (held.isEmpty() || accepted.isEmpty()) {
      return true;
    }
    for (String h : held) {
      for (String a : accepted) {
        if (COVERS.getOrDefault(h, Set.of(h)).contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> named(List<String> texts) {
    Set<String> classes = new TreeSet<>();
    for (String text : texts) {
      if (text != null) {
        Matcher m = CLASS.matcher(TextNormalizer.normalize(text).toUpperCase(java.util.Locale.ROOT));
        while (m.find()) {
          classes.add(m.group(1));
        }
      }
    }
    return classes.isEmpty() ? Set.of() : Collections.unmodifiableSet(classes);
  }
}
