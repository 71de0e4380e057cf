package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * A server's console output. Each start appends to it under a header line, so that the output of the run that
 * died is still there after a restart; past {@link #ROTATE_AT} it is kept as {@code <name>.1} and a new one begins.
 * The file is for its owner only and, when the servers run unprivileged, belongs to their user.
 */
record ConsoleLog(Path file, Unprivileged owner) {

    static final long ROTATE_AT = 10L * 1024 * 1024;
    private static final int TAIL_BYTES = 64 * 1024;

    /** Readies the file for the process about to start ({@code what}), which appends to it. */
    void begin(String what) throws IOException {
        if (Files.exists(file) && Files.size(file) > ROTATE_AT) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(file)) {
            Files.createFile(file, OwnerOnly.fileAttributes());
            owner.handOver(file);
        }
        Files.writeString(file, "\n==== " + Instant.now() + " jobmatch: " + what + " ====\n", StandardOpenOption.APPEND);
    }

    /** The last {@code lines} lines, quoted when a server fails to start. */
    String tail(int lines) {
        try {
            List<String> all = readEnd().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(日志不可读 (log unreadable): " + e.getMessage() + ")";
        }
    }

    /** The end of the file only: it grows across starts. */
    private String readEnd() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long start = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read to the end
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            return start == 0 ? text : text.substring(text.indexOf('\n') + 1); // drop the cut line
        }
    }
}
