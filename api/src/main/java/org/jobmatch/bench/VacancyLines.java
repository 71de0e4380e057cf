package org.jobmatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jobmatch.domain.GeoPoint;

/**
 * Synthetic vacancies as contract NDJSON objects: enterprises (a few thousand, most with one to a few
 * posts, some with many), village assistance workshops, township welfare posts and odd-job markets.
 */
final class VacancyLines {

    private static final Set<String> LOW_THRESHOLD_TRADES = Set.of("cleaning", "factory", "agriculture",
            "logistics", "security", "greening", "textile");
    private static final Set<String> WELFARE_TRADES = Set.of("cleaning", "security", "greening", "services");
    private static final String[] INDUSTRY = {"家纺", "电子", "机械", "服装", "船舶", "建材", "食品", "物流", "化工", "五金"};
    private static final String[] WORK_MODES = {"FULL_TIME", "PART_TIME", "SEASONAL", "FLEXIBLE"};

    private record Employer(String name, String township, GeoPoint site, String trade) {
    }

    private final Random random;
    private final Places places;
    private final Phrases phrases;
    private final Descriptions descriptions;
    private final LocalDate today;
    private final List<Employer> enterprises = new ArrayList<>();

    VacancyLines(Random random, Places places, Phrases phrases, LocalDate today, int vacancies) {
        this.random = random;
        this.places = places;
        this.phrases = phrases;
        this.descriptions = new Descriptions(random);
        this.today = today;
        for (int i = 0; i < vacancies / 5; i++) {
            Places.Township t = places.township(random);
            enterprises.add(new Employer(t.name().substring(0, 2) + INDUSTRY[random.nextInt(INDUSTRY.length)]
                    + String.format("%04d", i) + "有限公司", t.name(), Places.near(random, t.centre(), 4),
                    phrases.trade(random).file()));
        }
    }

    Map<String, Object> next(int number) {
        double roll = random.nextDouble();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", String.format("SV-%05d", number));
        if (roll < 0.65) {
            enterprise(v);
        } else if (roll < 0.80) {
            assisted(v, "WORKSHOP", "就业帮扶车间", LOW_THRESHOLD_TRADES, 3 + random.nextInt(23));
        } else if (roll < 0.90) {
            assisted(v, "WELFARE_POST", random.nextBoolean() ? "村民委员会" : "社区服务中心", WELFARE_TRADES,
                    1 + random.nextInt(5));
        } else {
            assisted(v, "FLEXIBLE", "零工驿站", LOW_THRESHOLD_TRADES, 2 + random.nextInt(14));
            v.put("workMode", WORK_MODES[1 + random.nextInt(3)]);
        }
        common(v);
        v.put("description", descriptions.of(v));
        return v;
    }

    private void enterprise(Map<String, Object> v) {
        // A skewed pick: a few large employers offer many posts.
        Employer e = enterprises.get((int) (enterprises.size() * Math.pow(random.nextDouble(), 2)));
        Phrases.Trade trade = trade(random.nextDouble() < 0.7 ? Set.of(e.trade()) : Set.of());
        v.put("source", "ENTERPRISE");
        v.put("employer", e.name());
        job(v, trade);
        v.put("township", e.township());
        v.put("location", point(Places.near(random, e.site(), 0.2)));
        v.put("openings", random.nextDouble() < 0.04 ? 0 : 1 + (int) Math.min(30, -Math.log(random.nextDouble()) * 3));
        int wage = 3000 + random.nextInt(9) * 500;
        v.put("wageMin", wage);
        v.put("wageMax", wage + 500 + random.nextInt(5) * 500);
        if (random.nextDouble() < 0.6) {
            v.put("ageMin", new int[]{16, 18, 20, 22}[random.nextInt(4)]);
            v.put("ageMax", new int[]{35, 40, 45, 50, 55, 60}[random.nextInt(6)]);
        }
        if (random.nextDouble() < 0.1) {
            v.put("workMode", WORK_MODES[random.nextInt(WORK_MODES.length)]);
        }
    }

    private void assisted(Map<String, Object> v, String source, String unit, Set<String> trades, int openings) {
        Places.Village village = places.village(random);
        v.put("source", source);
        v.put("employer", village.township() + village.name() + unit);
        job(v, trade(trades));
        v.put("township", village.township());
        if (random.nextDouble() < 0.9) {
            v.put("location", point(village.point()));
        }
        v.put("openings", random.nextDouble() < 0.04 ? 0 : openings);
        v.put("ageMax", random.nextBoolean() ? 60 : 65);
        v.put("wageMin", 2000 + random.nextInt(4) * 250);
        v.put("wageMax", 3000 + random.nextInt(6) * 250);
        v.put("accessible", random.nextDouble() < (source.equals("WORKSHOP") ? 0.35 : 0.1));
        if (source.equals("WORKSHOP") && random.nextDouble() < 0.4) {
            v.put("eligibleGroups", random.nextDouble() < 0.1 ? List.of("DISABLED")
                    : List.of("POVERTY_ALLEVIATED", "MONITORED", "LOW_INCOME", "DISABLED"));
        }
    }

    private void job(Map<String, Object> v, Phrases.Trade trade) {
        v.put("title", trade.name());
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            skills.add(trade.words().get(random.nextInt(trade.words().size())));
        }
        v.put("skills", skills.stream().distinct().toList());
    }

    private void common(Map<String, Object> v) {
        double validity = random.nextDouble();
        if (validity < 0.85) {
            v.put("validUntil", today.plusDays(10 + random.nextInt(200)).toString());
        } else if (validity < 0.9) {
            v.put("validUntil", today.minusDays(1 + random.nextInt(60)).toString());
        }
        v.put("contact", Map.of("name", "联系人" + random.nextInt(1000), "phone", "0513" + (80000000 + random.nextInt(9999999))));
    }

    private Phrases.Trade trade(Set<String> files) {
        for (int tries = 0; tries < 200; tries++) {
            Phrases.Trade trade = phrases.trade(random);
            if (files.isEmpty() || files.contains(trade.file())) {
                return trade;
            }
        }
        return phrases.trade(random);
    }

    private static Map<String, Object> point(GeoPoint p) {
        return Map.of("lat", p.lat(), "lon", p.lon());
    }
}
