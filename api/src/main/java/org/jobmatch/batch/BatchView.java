package org.jobmatch.batch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jobmatch.domain.AssistanceGroup;

/**
 * A run as the contract shows it ({@code id, status, total, done, failed}), with extensions: the filter,
 * the day it judges ages on, {@code phase} and {@code ranked} while it runs here, and the fairness report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(String id, BatchStatus status, long total, long done, long failed, String township,
                        Set<AssistanceGroup> groups, LocalDate runOn, String operator, int referralsPerOpening, String phase,
                        Long ranked, FairnessReport report, String error, OffsetDateTime createdAt,
                        OffsetDateTime finishedAt) {

    BatchView withProgress(BatchProgress.Snapshot progress) {
        return new BatchView(id, status, total, done, failed, township, groups, runOn, operator, referralsPerOpening,
                progress.phase().name(), progress.ranked(), report, error, createdAt, finishedAt);
    }

    public long numericId() {
        return Long.parseLong(id);
    }
}
