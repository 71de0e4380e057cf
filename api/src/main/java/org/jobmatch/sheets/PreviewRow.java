package org.jobmatch.sheets;

import java.util.List;
import java.util.Map;

/**
 * One of the first rows of a sheet as it will be stored: its status (新增, 变更, 不变, 拒绝), its values by field key
 * as the ledger will hold them (masked), and its problems, if any.
 */
public record PreviewRow(long row, String status, Map<String, String> values, List<RowError> problems) {
}
