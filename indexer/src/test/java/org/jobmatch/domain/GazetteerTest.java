package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final GeoPoint HAIMEN_CENTRE = new GeoPoint(31.87, 121.17);

    @TempDir
    Path extras;

    @Test
    void bundlesTheElevenTownshipsOfHaimen() {
        assertThat(Gazetteer.bundled().townships()).containsExactlyInAnyOrder(
                "海门街道", "三星镇", "海门港新区", "临江新区", "三厂街道", "常乐镇",
                "正余镇", "悦来镇", "四甲镇", "余东镇", "海永镇");
    }

    @ParameterizedTest
    @CsvSource({
            "三星镇, 31.927, 121.045", "海门街道, 31.871, 121.176", "正余镇, 32.012, 121.262",
            "临江新区, 31.857, 121.058", "悦来镇, 31.968, 121.309", "海门港新区, 32.047, 121.382",
            "四甲镇, 32.031, 121.193", "余东镇, 32.082, 121.268", "常乐镇, 31.942, 121.118"})
    void agreesWithTheContractExamples(String township, double lat, double lon) {
        assertThat(Gazetteer.bundled().centroid(township)).contains(new GeoPoint(lat, lon));
    }

    @Test
    void placesEveryHaimenTownshipWithinThirtyKilometresOfTheDistrictCentre() {
        Gazetteer gazetteer = Gazetteer.bundled();

        assertThat(gazetteer.townships()).allSatisfy(t ->
                assertThat(gazetteer.centroid(t).orElseThrow().distanceKm(HAIMEN_CENTRE)).isLessThan(30));
    }

    @Test
    void matchesTownshipNamesExactlyAfterTrimming() {
        Gazetteer gazetteer = Gazetteer.bundled();

        assertThat(gazetteer.centroid(" 三星镇\t")).isPresent();
        assertThat(gazetteer.centroid("三星")).isEmpty();
        assertThat(gazetteer.centroid("不存在镇")).isEmpty();
        assertThat(gazetteer.centroid(null)).isEmpty();
    }

    @Test
    void addsCountiesFromExtraDirectory() throws IOException {
        write("320681-qidong.csv", "\uFEFF# 启东市\r\ncounty,township,lat,lon\r\n\r\n320681,启隆镇,31.80,121.46\r\n");
        write("notes.txt", "not a gazetteer");

        Gazetteer gazetteer = Gazetteer.withExtras(extras);

        assertThat(gazetteer.centroid("启隆镇")).contains(new GeoPoint(31.80, 121.46));
        assertThat(gazetteer.centroid("三星镇")).contains(new GeoPoint(31.927, 121.045));
        assertThat(gazetteer.townships()).hasSize(12);
    }

    @Test
    void extraRowOfTheSameCountyCorrectsTheBundledCentroid() throws IOException {
        write("fix.csv", "county,township,lat,lon\n320614,海永镇,31.79,121.43\n");

        assertThat(Gazetteer.withExtras(extras).centroid("海永镇")).contains(new GeoPoint(31.79, 121.43));
    }

    @Test
    void rejectsTownshipNameClaimedByTwoCounties() throws IOException {
        write("other.csv", "county,township,lat,lon\n320682,三星镇,32.1,120.9\n");

        assertThatThrownBy(() -> Gazetteer.withExtras(extras))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("三星镇");
    }

    @Test
    void rejectsDuplicateTownshipWithinExtras() throws IOException {
        write("a.csv", "county,township,lat,lon\n320681,启隆镇,31.80,121.46\n320681,启隆镇,31.81,121.47\n");

        assertThatThrownBy(() -> Gazetteer.withExtras(extras)).hasMessageContaining("启隆镇");
    }

    @Test
    void reportsFileAndLineOfMalformedRow() throws IOException {
        write("bad.csv", "# comment\ncounty,township,lat,lon\n320681,启隆镇,31.80\n");

        assertThatThrownBy(() -> Gazetteer.withExtras(extras))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.csv:3");
    }

    @Test
    void rejectsCoordinatesOutOfRange() throws IOException {
        write("bad.csv", "county,township,lat,lon\n320681,启隆镇,121.46,31.80\n");

        assertThatThrownBy(() -> Gazetteer.withExtras(extras)).hasMessageContaining("bad.csv:2");
    }

    @Test
    void rejectsFileWithoutHeader() throws IOException {
        write("bad.csv", "320681,启隆镇,31.80,121.46\n");

        assertThatThrownBy(() -> Gazetteer.withExtras(extras)).hasMessageContaining("header");
    }

    @Test
    void rejectsMissingExtraDirectory() {
        assertThatThrownBy(() -> Gazetteer.withExtras(extras.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(extras.resolve(file), content, StandardCharsets.UTF_8);
    }
}
