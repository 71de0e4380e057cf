package org.jobmatch.batch;

import org.springframework.dao.DataAccessException;

/**
 * Why a run failed, as a problem (RFC 9457 members and the reason in Chinese and English), with a stable code
 * for each step. Never an exception's text: that can carry a person's data.
 */
public record BatchFailure(String type, String code, String title, String detail, String reasonZh, String reasonEn) {

    /** The step of a run that failed. */
    enum Step {
        RANKING("batch-ranking-failed", "匹配岗位时出错", "ranking the persons' jobs failed"),
        ALLOCATION("batch-allocation-failed", "分配推荐名额时出错", "allocating the referrals failed"),
        WRITING("batch-writing-failed", "写入推荐结果时出错", "writing the results failed");

        private final String code;
        private final String zh;
        private final String en;

        Step(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
        }
    }

    static BatchFailure of(Step step, RuntimeException e) {
        if (e instanceof DataAccessException) {
            return of("batch-ledger-unavailable", "台账数据库暂时不可用，批次已停止，请稍后重新发起",
                    "the ledger database was unavailable, the run stopped: start it again later");
        }
        return of(step.code, step.zh + "，批次已停止，请重新发起", step.en + ", the run stopped: start it again");
    }

    private static BatchFailure of(String code, String zh, String en) {
        return new BatchFailure("urn:jobmatch:problem:" + code, code, zh, zh + " (" + en + ")", zh, en);
    }
}
