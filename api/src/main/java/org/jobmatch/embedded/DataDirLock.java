package org.jobmatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One jobmatch per data directory. Holding this lock also proves that server processes
 * recorded in the pid files are leftovers of a dead run, safe to stop.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path runDir) {
        Path file = runDir.resolve("jobmatch.lock");
        try {
            OwnerOnly.createDirectories(runDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.restrict(runDir); // pid files of earlier versions too
            Optional<FileLock> lock = tryLock(channel);
            if (lock.isEmpty()) {
                channel.close();
                throw new IllegalStateException("数据目录正被另一个 jobmatch 进程使用 (the data directory is in use by"
                        + " another jobmatch process): " + runDir.getParent()
                        + "; stop it or set JOBMATCH_DATA_DIR to another directory");
            }
            return new DataDirLock(channel, lock.get());
        } catch (IOException e) {
            throw new UncheckedIOException("无法锁定数据目录 (cannot lock the data directory) " + file, e);
        }
    }

    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return Optional.empty(); // held by this JVM, which the shared registry should have prevented
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel anyway
        }
    }
}
