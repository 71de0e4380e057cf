package org.jobmatch.matching;

import java.io.IOException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeekerTest {

    private static final double LAT = 31.8731;
    private static final double LON = 121.18345;

    @Test
    void decidesVacanciesRightAtTheTravelLimitAsLucenesDistanceQueries() throws IOException {
        Random random = new Random(11);
        double[] lat = new double[4000];
        double[] lon = new double[lat.length];
        for (double km : new double[]{5, 7.5, 20, 30}) {
            for (int i = 0; i < lat.length; i++) {
                // within a few metres of the limit, in every direction
                double meters = km * 1000 + (random.nextDouble() - 0.5) * 20;
                double bearing = random.nextDouble() * 2 * Math.PI;
                lat[i] = quantisedLat(LAT + Math.cos(bearing) * meters / 111_195);
                lon[i] = quantisedLon(LON + Math.sin(bearing) * meters / (111_195 * Math.cos(Math.toRadians(LAT))));
            }
            Seeker seeker = new Seeker(LAT, LON, LocalIndex.unit(LAT, LON), new long[0], 0, false, km,
                    Seeker.distanceKey(km), new double[0]);
            Set<Integer> reached = new HashSet<>();
            for (int i = 0; i < lat.length; i++) {
                if (seeker.reaches(lat[i], lon[i])) {
                    reached.add(i);
                }
            }

            assertThat(reached).hasSizeBetween(lat.length / 4, lat.length * 3 / 4);
            assertThat(hits(lat, lon, LatLonPoint.newDistanceQuery("location", LAT, LON, km * 1000.0))).isEqualTo(reached);
            assertThat(hits(lat, lon, LatLonDocValuesField.newSlowDistanceQuery("location", LAT, LON, km * 1000.0)))
                    .isEqualTo(reached);
        }
    }

    private static Set<Integer> hits(double[] lat, double[] lon, Query query) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < lat.length; i++) {
                    Document doc = new Document();
                    doc.add(new LatLonPoint("location", lat[i], lon[i]));
                    doc.add(new LatLonDocValuesField("location", lat[i], lon[i]));
                    doc.add(new StoredField("i", i));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Set<Integer> found = new HashSet<>();
                for (ScoreDoc hit : searcher.search(query, lat.length).scoreDocs) {
                    found.add(searcher.storedFields().document(hit.doc).getField("i").numericValue().intValue());
                }
                return found;
            }
        }
    }

    private static double quantisedLat(double lat) {
        return GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(lat));
    }

    private static double quantisedLon(double lon) {
        return GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(lon));
    }
}
