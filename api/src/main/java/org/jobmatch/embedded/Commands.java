package org.jobmatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short helper commands (chown, kill) whose output only matters when they fail. */
final class Commands {

    private static final long TIMEOUT_SECONDS = 120;

    private Commands() {
    }

    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("命令超时 (command timed out): " + String.join(" ", command));
            }
            String text = new String(output, Charset.defaultCharset());
            if (process.exitValue() != 0) {
                throw new IllegalStateException("命令失败 (command failed, exit " + process.exitValue() + "): "
                        + String.join(" ", command) + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("无法执行 (cannot run) " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断 (interrupted): " + String.join(" ", command), e);
        }
    }
}
