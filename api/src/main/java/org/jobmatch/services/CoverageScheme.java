package org.jobmatch.services;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What "131" (or "311") means in this county: items, each met by services of some kinds so many times in the
 * period. Written as {@code POLICY_TALK|CAREER_GUIDANCE:1, JOB_REFERRAL:3, TRAINING_REFERRAL|TRAINING:1?}: kinds
 * joined by {@code |}, the times after {@code :}, a trailing {@code ?} for an item owed only to those who want it
 * (shown, not required). The seeds' three readings are presets.
 */
public record CoverageScheme(String name, List<Item> items) {

    /** 海门 2021: 1 policy talk, 3 referrals, 1 career guidance. */
    public static final String HAIMEN_131 = "POLICY_TALK:1, JOB_REFERRAL:3, CAREER_GUIDANCE:1";
    /** 海安 2021: 1 career guidance, 3 referrals, 1 training, each year. */
    public static final String HAIAN_131 = "CAREER_GUIDANCE:1, JOB_REFERRAL:3, TRAINING_REFERRAL|TRAINING:1";
    /** 信丰 2022: 1 policy talk or guidance, 3 referrals, 1 training for those who want it. */
    public static final String XINFENG_131 = "POLICY_TALK|CAREER_GUIDANCE:1, JOB_REFERRAL:3, TRAINING_REFERRAL|TRAINING:1?";
    private static final Map<String, String> PRESETS = Map.of("HAIMEN_131", HAIMEN_131, "HAIAN_131", HAIAN_131,
            "XINFENG_131", XINFENG_131);

    public record Item(Set<ServiceKind> kinds, int times, boolean optional) {

        public String label() {
            return kinds.stream().map(ServiceKind::label).collect(Collectors.joining("或")) + " " + times + " 次"
                    + (optional ? "（有意愿的）" : "");
        }
    }

    /** A preset's name, or a scheme written out. */
    public static CoverageScheme of(String nameOrSpec) {
        String key = nameOrSpec.strip().toUpperCase(Locale.ROOT);
        String spec = PRESETS.getOrDefault(key, nameOrSpec);
        return new CoverageScheme(PRESETS.containsKey(key) ? key : "CUSTOM", parse(spec));
    }

    private static List<Item> parse(String spec) {
        List<Item> items = new ArrayList<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            boolean optional = item.endsWith("?");
            String[] kindsAndTimes = (optional ? item.substring(0, item.length() - 1) : item).split(":");
            if (kindsAndTimes.length != 2) {
                throw new IllegalArgumentException("131 scheme item must be KIND[|KIND]:TIMES[?]: " + item);
            }
            Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
            for (String kind : kindsAndTimes[0].split("\\|")) {
                kinds.add(ServiceKind.valueOf(kind.strip()));
            }
            items.add(new Item(kinds, Integer.parseInt(kindsAndTimes[1].strip()), optional));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("131 scheme has no items");
        }
        return List.copyOf(items);
    }

    /** How far services given (times per kind, referrals counted once per vacancy) meet the scheme. */
    public Coverage evaluate(Map<ServiceKind, Integer> given) {
        List<String> missing = new ArrayList<>();
        int met = 0;
        int required = 0;
        boolean begun = false;
        for (Item item : items) {
            int times = item.kinds().stream().mapToInt(k -> given.getOrDefault(k, 0)).sum();
            if (item.optional()) {
                continue;
            }
            required++;
            begun |= times > 0;
            if (times >= item.times()) {
                met++;
            } else {
                missing.add(item.kinds().stream().map(ServiceKind::label).collect(Collectors.joining("或"))
                        + " 差 " + (item.times() - times) + " 次");
            }
        }
        Coverage.Status status = met == required ? Coverage.Status.COVERED
                : begun ? Coverage.Status.PARTLY : Coverage.Status.NOT_COVERED;
        return new Coverage(status, List.copyOf(missing));
    }
}
