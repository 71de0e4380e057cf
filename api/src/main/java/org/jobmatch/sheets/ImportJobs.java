package org.jobmatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jobmatch.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The uploads in progress, in memory: each analysed and committed on a worker thread while the page polls.
 * An upload is kept (with its file, owner-readable only) for two hours after it was made.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final Duration KEPT = Duration.ofHours(2);

    private final SpreadsheetImports imports;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "sheet-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(SpreadsheetImports imports) {
        this.imports = imports;
    }

    ImportJob upload(Office office, String kind, String fileName, InputStream body, long limit) throws IOException {
        expire();
        Path file = Files.createTempFile("jobmatch-sheet-", ".upload");
        try (InputStream in = body) {
            long n = Files.copy(new LimitedInputStream(in, limit), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (n == 0) {
                throw ApiException.badRequest("empty-file", "上传的文件是空的", "the file is empty");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), office, kind, fileName, file);
        jobs.put(job.id, job);
        workers.execute(() -> run(job, true));
        return job;
    }

    /** The owner's job; 404 for anyone else, as for one that never was. */
    ImportJob get(String id, String username) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner.equals(username)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "未找到该上传（可能已超过两小时被清除）",
                    "upload " + id + " not found");
        }
        return job;
    }

    void analyse(ImportJob job, Map<String, String> chosen) {
        if (!job.analyse(chosen)) {
            throw ApiException.conflict("import-busy", "该文件正在处理或已导入，不能再修改列的对应",
                    "the upload is being processed or was imported");
        }
        workers.execute(() -> run(job, true));
    }

    void commit(ImportJob job) {
        if (!job.commit()) {
            throw ApiException.conflict("import-not-ready", "预览尚未完成，或该文件已经导入", "no preview ready, or imported already");
        }
        workers.execute(() -> run(job, false));
    }

    private void run(ImportJob job, boolean dryRun) {
        try {
            job.finished(imports.run(job.file, job.kind, job.office, job.chosen(), dryRun, job.rowsRead::set));
        } catch (ApiException e) {
            job.failed(e.reasonZh(), e.reasonEn());
        } catch (IOException | RuntimeException e) {
            // the class and where, never the message: it may quote a cell
            log.warn("Spreadsheet import {} failed: {} at {}", job.id, e.getClass().getSimpleName(), where(e));
            job.failed("处理失败，未导入任何数据，请稍后重试", "the import failed and stored nothing; try again");
        }
    }

    private static String where(Throwable e) {
        return java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.jobmatch"))
                .limit(3).map(StackTraceElement::toString).toList().toString();
    }

    private void expire() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.created.isBefore(before) && job.state() != ImportJob.State.IMPORTING
                    && job.state() != ImportJob.State.ANALYSING;
            if (old) {
                delete(job.file);
            }
            return old;
        });
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
        jobs.values().forEach(job -> delete(job.file));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete an uploaded sheet: {}", e.getMessage());
        }
    }
}
