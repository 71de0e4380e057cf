package org.jobmatch.batch;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At startup of the service (not of a one-shot command), resumes the runs a stop or crash interrupted; then, every
 * {@code jobmatch.batch.join-interval}, joins the runs other instances on the same ledger started or left.
 */
@Component
@ConditionalOnExpression("'${jobmatch.command:}'.isEmpty()")
class BatchResumer {

    private static final Logger log = LoggerFactory.getLogger(BatchResumer.class);

    private final BatchService batches;
    private final BatchProperties properties;
    private final ScheduledExecutorService joiner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "batch-joiner");
        thread.setDaemon(true);
        return thread;
    });

    BatchResumer(BatchService batches, BatchProperties properties) {
        this.batches = batches;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int resumed = batches.resumeRunning().size();
        if (resumed > 0) {
            log.info("继续 {} 个未完成的批次 (resuming {} interrupted batch runs)", resumed, resumed);
        }
        long every = properties.joinInterval().toMillis();
        joiner.scheduleWithFixedDelay(this::join, every, every, TimeUnit.MILLISECONDS);
    }

    private void join() {
        try {
            int joined = batches.resumeRunning().size();
            if (joined > 0) {
                log.info("加入 {} 个批次 (joining {} batch runs)", joined, joined);
            }
        } catch (RuntimeException e) {
            log.warn("查找待处理批次失败 (looking for runs to join failed): {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        joiner.shutdownNow();
    }
}
