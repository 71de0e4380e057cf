package org.jobmatch.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At startup of the service (not of a one-shot command), resumes the runs a stop or crash interrupted. */
@Component
@ConditionalOnExpression("'${jobmatch.command:}'.isEmpty()")
class BatchResumer {

    private static final Logger log = LoggerFactory.getLogger(BatchResumer.class);

    private final BatchService batches;

    BatchResumer(BatchService batches) {
        this.batches = batches;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int resumed = batches.resumeRunning().size();
        if (resumed > 0) {
            log.info("继续 {} 个未完成的批次 (resuming {} interrupted batch runs)", resumed, resumed);
        }
    }
}
