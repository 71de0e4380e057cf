package org.jobmatch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable accumulator of taxonomy lines: lines naming the same family merge, a concept joins one family
 * only. Which names are concept keys is known only once all dictionaries are read, so {@link #build}
 * checks that, reporting the line that named the unknown job.
 */
final class TaxonomyRules {

  /** A family being read: its classification (and the line that gave it) and its members. */
  private static final class Draft {
    private List<String> groups = List.of();
    private LineSite groupsSite;
    private final LineSite firstSite;
    private final Set<String> members = new LinkedHashSet<>();

    private Draft(LineSite firstSite) {
      this.firstSite = firstSite;
    }
  }

  private record Placement(String family, LineSite site) {}

  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, Placement> placements = new LinkedHashMap<>();
  private final List<String> sources = new ArrayList<>();
  private final Map<String, LineSite> licensed = new LinkedHashMap<>();

  void addSource(String source) {
    sources.add(source);
  }

  /** One line: family, its classification (may be empty) and members, all normalised. */
  void add(LineSite site, String family, List<String> groups, List<String> members) {
    Draft draft = drafts.computeIfAbsent(family, f -> new Draft(site));
    setGroups(draft, site, family, groups);
    for (String member : members) {
      Placement earlier = placements.putIfAbsent(member, new Placement(family, site));
      if (earlier != null && !earlier.family().equals(family)) {
        throw site.error("\"" + member + "\" 已归入家族 \"" + earlier.family() + "\" (" + where(earlier.site())
            + "), 一个岗位只能属于一个家族");
      }
      draft.members.add(member);
    }
  }

  /** Jobs that need a licence of their own (the {@code 持证上岗} line). */
  void addLicensed(LineSite site, List<String> members) {
    members.forEach(member -> licensed.putIfAbsent(member, site));
  }

  private static void setGroups(Draft draft, LineSite site, String family, List<String> groups) {
    if (groups.isEmpty() || groups.equals(draft.groups)) {
      return;
    }
    if (!draft.groups.isEmpty()) {
      throw site.error("家族 \"" + family + "\" 的大典分类与 " + where(draft.groupsSite) + "写的不一致");
    }
    draft.groups = groups;
    draft.groupsSite = site;
  }

  /** The taxonomy, once every member is known to be one of {@code conceptKeys} and no family is named like one. */
  OccupationTaxonomy build(Set<String> conceptKeys) {
    placements.forEach((member, placement) -> requireConcept(conceptKeys, member, placement.site()));
    licensed.forEach((member, site) -> requireConcept(conceptKeys, member, site));
    List<OccupationFamily> families = new ArrayList<>();
    drafts.forEach((family, draft) -> {
      if (conceptKeys.contains(family)) {
        throw draft.firstSite.error("家族名 \"" + family + "\" 与标准岗位名重名, 请换一个名字");
      }
      families.add(new OccupationFamily(family, draft.groups, draft.members));
    });
    return new OccupationTaxonomy(families, licensed.keySet(), sources);
  }

  private static void requireConcept(Set<String> conceptKeys, String member, LineSite site) {
    if (!conceptKeys.contains(member)) {
      throw site.error("\"" + member + "\" 不是同义词词典里的标准岗位名 (每组第一个词或 => 右边的词)");
    }
  }

  private static String where(LineSite site) {
    return site.source() + " 第 " + site.lineNumber() + " 行";
  }
}
