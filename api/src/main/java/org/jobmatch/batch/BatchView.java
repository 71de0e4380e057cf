package org.jobmatch.batch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jobmatch.domain.AssistanceGroup;

/**
 * A run as the contract shows it ({@code id, status, total, done, failed}), with extensions: the filter,
 * the day it judges ages on, {@code phase} and {@code ranked} while it runs (on any instance), the fairness report,
 * and why it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(String id, BatchStatus status, long total, long done, long failed, String township,
                        Set<AssistanceGroup> groups, LocalDate runOn, String operator, int referralsPerOpening, String phase,
                        Long ranked, FairnessReport report, BatchFailure failure, OffsetDateTime createdAt,
                        OffsetDateTime finishedAt) {

    BatchView withProgress(BatchLeases.Progress progress) {
        return new BatchView(id, status, total, done, failed, township, groups, runOn, operator, referralsPerOpening,
                phase(progress).name(), progress.ranked(), report, failure, createdAt, finishedAt);
    }

    static BatchProgress.Phase phase(BatchLeases.Progress progress) {
        if (progress.toRank() > 0) {
            return BatchProgress.Phase.RANKING;
        }
        return progress.allocated() ? BatchProgress.Phase.WRITING : BatchProgress.Phase.ALLOCATING;
    }

    public long numericId() {
        return Long.parseLong(id);
    }
}
