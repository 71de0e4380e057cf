package org.jobmatch.recommendation;

import org.jobmatch.matching.pool.VacancyPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the vacancy pool current with the ledger (every instance its own pool, so changes made through another
 * instance arrive too). While the ledger is unreachable the pool keeps what it has.
 */
@Component
class PoolSync {

    private static final Logger log = LoggerFactory.getLogger(PoolSync.class);

    private final VacancyPool pool;

    PoolSync(VacancyPool pool) {
        this.pool = pool;
    }

    @Scheduled(fixedDelayString = "${jobmatch.matching.pool-sync-interval:1s}")
    void sync() {
        try {
            pool.sync();
        } catch (DataAccessException e) {
            log.warn("岗位池未能与台账同步，沿用现有数据 (vacancy pool not synced, keeping what it has): {}", e.getMessage());
        }
    }
}
