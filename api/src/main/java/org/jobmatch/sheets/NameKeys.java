package org.jobmatch.sheets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Vacancies of a sheet without vacancy numbers are keyed by employer and job title: the same pair is the same
 * vacancy on every import ({@code V-AUTO-} and a digest of the pair). The same pair twice in one sheet is refused,
 * since the second row would silently replace the first.
 */
final class NameKeys implements RowKeys {

    private final Map<String, Long> seen = new HashMap<>();

    @Override
    public Map<Integer, Refusal> assign(List<ObjectNode> records, List<Long> rows) {
        Map<Integer, Refusal> refused = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String employer = records.get(i).path("employer").asText("").strip();
            String title = records.get(i).path("title").asText("").strip();
            if (employer.isEmpty() || title.isEmpty()) {
                continue; // the parser names the missing field
            }
            String key = "V-AUTO-" + digest(employer + "\u001f" + title);
            Long first = seen.putIfAbsent(key, rows.get(i));
            if (first != null) {
                refused.put(i, new Refusal("title", "与第 " + first + " 行是同一用人单位的同一岗位：请合并这两行，或在表中加一列岗位编号"
                        + " (same employer and title as row " + first + ": merge them or add a vacancy-number column)"));
            } else {
                records.get(i).put("id", key);
            }
        }
        return refused;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
