package org.jobmatch.domain;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Township centroids (WGS84), used when a vacancy or person comes without a location. Township names
 * are matched exactly after trimming. See {@code gazetteer/README.md} beside the data files.
 */
public final class Gazetteer {

    private final Map<String, TownshipCentroid> byTownship;

    private Gazetteer(Map<String, TownshipCentroid> byTownship) {
        this.byTownship = Map.copyOf(byTownship);
    }

    /** The counties bundled in the jar. */
    public static Gazetteer bundled() {
        return new Gazetteer(byTownship(GazetteerFiles.bundled()));
    }

    /**
     * The bundled counties plus every {@code *.csv} file in {@code dir}; an extra row for the same county
     * and township replaces the bundled one.
     *
     * @throws IllegalArgumentException when {@code dir} is missing, a file is malformed or a township
     *                                  name would belong to two counties
     */
    public static Gazetteer withExtras(Path dir) {
        Map<String, TownshipCentroid> merged = new HashMap<>(byTownship(GazetteerFiles.bundled()));
        for (TownshipCentroid extra : byTownship(GazetteerFiles.fromDirectory(dir)).values()) {
            TownshipCentroid bundled = merged.put(extra.township(), extra);
            if (bundled != null && !bundled.county().equals(extra.county())) {
                throw duplicate(bundled, extra);
            }
        }
        return new Gazetteer(merged);
    }

    public Optional<GeoPoint> centroid(String township) {
        if (township == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byTownship.get(township.strip())).map(TownshipCentroid::location);
    }

    public Set<String> townships() {
        return byTownship.keySet();
    }

    private static Map<String, TownshipCentroid> byTownship(List<TownshipCentroid> rows) {
        Map<String, TownshipCentroid> map = new HashMap<>();
        for (TownshipCentroid row : rows) {
            TownshipCentroid previous = map.putIfAbsent(row.township(), row);
            if (previous != null) {
                throw duplicate(previous, row);
            }
        }
        return map;
    }

    private static IllegalArgumentException duplicate(TownshipCentroid first, TownshipCentroid second) {
        return new IllegalArgumentException("乡镇名称重复 (duplicate township) " + second.township()
                + ": " + first.source() + " (" + first.county() + "), " + second.source() + " (" + second.county() + ")");
    }
}
