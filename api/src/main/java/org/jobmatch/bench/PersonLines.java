package org.jobmatch.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.GeoPoint;

/** Synthetic persons of the ledger, as contract NDJSON objects. */
final class PersonLines {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡施顾沈陆";
    private static final String GIVEN = "秀英桂兰建国志强海燕红梅国平小红建华明亮春花玉珍卫东丽娟永刚凤英德明金龙晓燕";
    private static final Object[][] GROUPS = {
            {AssistanceGroup.POVERTY_ALLEVIATED, 25}, {AssistanceGroup.DIFFICULT, 15},
            {AssistanceGroup.REGISTERED_UNEMPLOYED, 15}, {AssistanceGroup.LOW_INCOME, 10},
            {AssistanceGroup.RETURNED_MIGRANT, 10}, {AssistanceGroup.MONITORED, 6},
            {AssistanceGroup.LONG_TERM_UNEMPLOYED, 5}, {AssistanceGroup.DISABLED, 4},
            {AssistanceGroup.ZERO_EMPLOYMENT_FAMILY, 3}, {AssistanceGroup.GRADUATE, 3},
            {AssistanceGroup.RETIRED_FISHER, 2}, {AssistanceGroup.VETERAN, 2}};
    private static final int[] CHECK_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final Random random;
    private final Places places;
    private final Phrases phrases;
    private final LocalDate today;
    private final Map<LocalDate, Integer> idSequences = new HashMap<>();
    private String household = "";
    private int householdLeft;

    PersonLines(Random random, Places places, Phrases phrases, LocalDate today) {
        this.random = random;
        this.places = places;
        this.phrases = phrases;
        this.today = today;
    }

    Map<String, Object> next(int number) {
        Places.Village village = places.village(random);
        boolean male = random.nextBoolean();
        LocalDate birth = today.minusYears(age()).minusDays(random.nextInt(365));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", String.format("SP-%06d", number));
        p.put("name", name());
        if (random.nextDouble() < 0.3) {
            p.put("idNumber", idNumber(birth, male));
        } else {
            p.put("gender", male ? "M" : "F");
            p.put("birthDate", birth.toString());
        }
        if (random.nextDouble() < 0.7) {
            p.put("phone", "13" + (100000000 + random.nextInt(900000000)));
        }
        p.put("householdId", household(number));
        p.put("township", village.township());
        p.put("village", village.name());
        GeoPoint at = random.nextDouble() < 0.7 ? village.point() : Places.near(random, village.point(), 0.3);
        p.put("location", Map.of("lat", at.lat(), "lon", at.lon()));
        p.put("groups", groups().stream().map(Enum::name).toList());
        p.put("employmentStatus", status());
        p.put("skills", phrases.skills(random));
        p.put("preferences", preferences());
        return p;
    }

    private int age() {
        double roll = random.nextDouble();
        return roll < 0.1 ? 18 + random.nextInt(8) : roll < 0.3 ? 26 + random.nextInt(14)
                : roll < 0.8 ? 40 + random.nextInt(16) : 56 + random.nextInt(10);
    }

    private String name() {
        int start = random.nextInt(GIVEN.length() / 2) * 2;
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.substring(start, start + (random.nextBoolean() ? 2 : 1));
    }

    private String idNumber(LocalDate birth, boolean male) {
        int sequence = idSequences.merge(birth, 1, Integer::sum) * 2 + (male ? 1 : 0);
        String body = "320614" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * CHECK_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private String household(int number) {
        if (householdLeft-- <= 0) {
            household = String.format("H-%06d", number);
            householdLeft = random.nextInt(3);
        }
        return household;
    }

    private Set<AssistanceGroup> groups() {
        Set<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        if (random.nextDouble() < 0.02) {
            return groups;
        }
        groups.add(group());
        if (random.nextDouble() < 0.2) {
            groups.add(group());
        }
        return groups;
    }

    private AssistanceGroup group() {
        int pick = random.nextInt(100);
        for (Object[] g : GROUPS) {
            pick -= (Integer) g[1];
            if (pick < 0) {
                return (AssistanceGroup) g[0];
            }
        }
        return AssistanceGroup.POVERTY_ALLEVIATED;
    }

    private String status() {
        double roll = random.nextDouble();
        return roll < 0.8 ? "UNEMPLOYED" : roll < 0.92 ? "FLEXIBLE" : roll < 0.97 ? "EMPLOYED" : "NOT_SEEKING";
    }

    private Map<String, Object> preferences() {
        Map<String, Object> pref = new LinkedHashMap<>();
        if (random.nextDouble() < 0.4) {
            pref.put("jobs", phrases.wishes(random));
        }
        if (random.nextDouble() < 0.1) {
            List<String> modes = new ArrayList<>(List.of("PART_TIME", "FLEXIBLE"));
            if (random.nextBoolean()) {
                modes.add("SEASONAL");
            }
            pref.put("workModes", modes);
        }
        if (random.nextDouble() < 0.4) {
            pref.put("maxDistanceKm", new int[]{5, 10, 15, 20, 50}[random.nextInt(5)]);
        }
        if (random.nextDouble() < 0.08) {
            pref.put("willingToMigrate", true);
        }
        if (random.nextDouble() < 0.2) {
            pref.put("minWage", 2500 + random.nextInt(8) * 500);
        }
        return pref;
    }
}
