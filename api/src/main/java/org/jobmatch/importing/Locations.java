package org.jobmatch.importing;

import java.util.Optional;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.GeoPoint;

/** Resolves a line's location: its own coordinates, else its township's centroid, else a rejection. */
final class Locations {

    private final Gazetteer gazetteer;

    Locations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The point, and whether it came from the township rather than the line. */
    record Resolved(GeoPoint point, boolean fromTownship) {
    }

    Resolved resolve(JsonFields fields, String township) {
        Optional<GeoPoint> own = fields.optionalLocation("location");
        if (own.isPresent()) {
            return new Resolved(own.get(), false);
        }
        return gazetteer.centroid(township)
                .map(centroid -> new Resolved(centroid, true))
                .orElseThrow(() -> fields.invalid("township", "未知乡镇 " + township + "，且未提供坐标",
                        "unknown township " + township + " and no location given"));
    }
}
