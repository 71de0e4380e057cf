package org.jobmatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.GeoPoint;

/**
 * The eleven townships of Haimen with rough population weights, and their villages: points scattered
 * around the township seat (a few kilometres), as ledgers geocode persons by village.
 */
final class Places {

    private static final String[][] TOWNSHIPS = {
            {"海门街道", "18"}, {"三厂街道", "10"}, {"三星镇", "12"}, {"常乐镇", "9"}, {"悦来镇", "8"},
            {"正余镇", "9"}, {"四甲镇", "10"}, {"余东镇", "9"}, {"临江新区", "6"}, {"海门港新区", "6"}, {"海永镇", "3"}};
    private static final String[] STEMS = {"汤家", "三和", "新海", "东兴", "西洋", "南园", "北港", "长桥", "永福", "青龙",
            "红旗", "光明", "合兴", "万年", "太平", "兴隆", "复兴", "民主", "友谊", "丰收", "利民", "同心", "瑞祥",
            "富民", "新桥", "沙地", "江滨", "海防", "六匡", "天补"};
    private static final double KM_PER_DEGREE_LAT = 111.2;

    record Village(String township, String name, GeoPoint point) {
    }

    record Township(String name, int weight, GeoPoint centre, List<Village> villages) {
    }

    private final List<Township> townships = new ArrayList<>();
    private final int totalWeight;

    Places(Random random) {
        Gazetteer gazetteer = Gazetteer.bundled();
        int total = 0;
        for (String[] t : TOWNSHIPS) {
            GeoPoint centre = gazetteer.centroid(t[0]).orElseThrow();
            int weight = Integer.parseInt(t[1]);
            List<Village> villages = new ArrayList<>();
            int count = 8 + weight * 2;
            for (int v = 0; v < count; v++) {
                String name = STEMS[(v * 7 + t[0].length()) % STEMS.length] + (v < STEMS.length ? "" : v / STEMS.length)
                        + (v % 5 == 0 ? "社区" : "村");
                villages.add(new Village(t[0], name, near(random, centre, 3.0)));
            }
            townships.add(new Township(t[0], weight, centre, villages));
            total += weight;
        }
        this.totalWeight = total;
    }

    Township township(Random random) {
        int pick = random.nextInt(totalWeight);
        for (Township t : townships) {
            pick -= t.weight();
            if (pick < 0) {
                return t;
            }
        }
        throw new IllegalStateException();
    }

    Village village(Random random) {
        List<Village> villages = township(random).villages();
        return villages.get(random.nextInt(villages.size()));
    }

    /** A point around {@code centre}, normally scattered with {@code sdKm} per axis. */
    static GeoPoint near(Random random, GeoPoint centre, double sdKm) {
        double lat = centre.lat() + random.nextGaussian() * sdKm / KM_PER_DEGREE_LAT;
        double lon = centre.lon() + random.nextGaussian() * sdKm / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(centre.lat())));
        return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
    }
}
