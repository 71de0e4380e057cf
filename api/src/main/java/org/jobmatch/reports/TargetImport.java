package org.jobmatch.reports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.security.Viewer;
import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * Targets imported as NDJSON ({@code {"year":2026,"township":"三星镇","measure":"WELFARE_POSTS","target":30}} a line):
 * each line checked on its own, the good ones stored, the others listed with their line, field and reason.
 */
@Service
class TargetImport {

    static final int MAX_BYTES = 1 << 20;

    private final TownshipTargets targets;
    private final ObjectMapper json;

    TargetImport(TownshipTargets targets, ObjectMapper json) {
        this.targets = targets;
        this.json = json;
    }

    record Rejected(int line, String field, String reason) {
    }

    record Result(int stored, List<Rejected> rejected) {
    }

    Result run(String body, Viewer who, boolean tooLarge) {
        if (tooLarge) {
            throw ApiException.badRequest("body-too-large", "目标文件不能超过 1 MB", "the targets may not exceed 1 MB");
        }
        List<TownshipTargets.Target> good = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parse(i + 1, lines[i], who, good, rejected);
            }
        }
        return new Result(targets.save(good, who.username()), rejected);
    }

    private void parse(int line, String text, Viewer who, List<TownshipTargets.Target> good, List<Rejected> rejected) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (Exception e) {
            rejected.add(new Rejected(line, null, "不是 JSON（not JSON）"));
            return;
        }
        int year = node.path("year").asInt(-1);
        String township = node.path("township").asText("").strip();
        String measure = node.path("measure").asText("");
        int target = node.path("target").isIntegralNumber() ? node.path("target").asInt() : -1;
        String field = year < 2000 || year > 2100 ? "year" : township.isEmpty() || township.length() > 100 ? "township"
                : !known(measure) ? "measure" : target < 0 ? "target" : !who.maySee(township) ? "township" : null;
        if (field != null) {
            boolean other = field.equals("township") && !township.isEmpty() && !who.maySee(township);
            rejected.add(new Rejected(line, field, other ? "其他乡镇（another township）" : "缺失或无效（missing or invalid）"));
            return;
        }
        good.add(new TownshipTargets.Target(year, township, measure, target));
    }

    private static boolean known(String measure) {
        try {
            PlanMeasure.ofKey(measure);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }
}
