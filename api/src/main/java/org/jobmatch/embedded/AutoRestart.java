package org.jobmatch.embedded;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.apache.commons.logging.Log;

/**
 * Brings a server back when its process ends without being asked to (a crash, {@code kill -9}), after a pause
 * (the backends of a killed postmaster must be gone first) and again after growing pauses until it runs or the
 * server is stopped.
 */
final class AutoRestart {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    interface Start {
        void run() throws IOException;
    }

    private final String name;
    private final ProcessSlot slot;
    private final Start start;
    private final Log log;

    AutoRestart(String name, ProcessSlot slot, Start start, Log log) {
        this.name = name;
        this.slot = slot;
        this.start = start;
        this.log = log;
    }

    /** Called once {@code process} is ready: from then on its end means a restart, unless the slot was stopped. */
    void watch(ChildProcess process) {
        process.onExit(() -> {
            if (slot.isStopped()) {
                return;
            }
            log.warn(name + " 意外退出，正在重启 (exited unexpectedly, restarting)");
            Thread restart = new Thread(this::untilRunning, "jobmatch-embedded-restart-" + name.toLowerCase(Locale.ROOT));
            restart.setDaemon(true);
            restart.start();
        });
    }

    private void untilRunning() {
        Duration pause = FIRST_PAUSE;
        while (pauseUnlessStopped(pause)) {
            long started = System.nanoTime();
            try {
                start.run(); // watches the new process when it is ready
                log.info(name + " 已重启 (restarted) in " + Durations.seconds(started));
                return;
            } catch (IOException | RuntimeException e) {
                pause = longer(pause);
                if (!slot.isStopped()) {
                    log.warn(name + " 重启失败，" + pause.toSeconds() + " 秒后重试 (restart failed, trying again in "
                            + pause.toSeconds() + " s): " + e.getMessage());
                }
            }
        }
    }

    private static Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }

    private boolean pauseUnlessStopped(Duration pause) {
        ChildProcess.sleep(pause);
        return !slot.isStopped();
    }
}
