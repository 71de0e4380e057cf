package org.jobmatch.sheets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One upload on its way into the ledger: analysed (a dry run: the preview), perhaps analysed again with other
 * column choices, then committed. Only its owner sees it. The uploaded file stays until the job expires.
 */
final class ImportJob {

    enum State { ANALYSING, READY, IMPORTING, DONE, FAILED }

    final String id;
    final String owner;
    final Office office;
    final String kind;
    final String fileName;
    final Path file;
    final Instant created = Instant.now();
    final AtomicLong rowsRead = new AtomicLong();
    private State state = State.ANALYSING;
    private Map<String, String> chosen = Map.of();
    private SheetRun preview;
    private SheetRun result;
    private String problemZh;
    private String problemEn;

    ImportJob(String id, Office office, String kind, String fileName, Path file) {
        this.id = id;
        this.owner = office.username();
        this.office = office;
        this.kind = kind;
        this.fileName = fileName;
        this.file = file;
    }

    synchronized State state() {
        return state;
    }

    synchronized Map<String, String> chosen() {
        return chosen;
    }

    /** Starts an analysis with these choices; false when the job is busy or already committed. */
    synchronized boolean analyse(Map<String, String> choices) {
        if (state != State.READY && state != State.FAILED) {
            return false;
        }
        chosen = Map.copyOf(choices);
        state = State.ANALYSING;
        rowsRead.set(0);
        return true;
    }

    /** Starts the commit; false unless a preview is ready. */
    synchronized boolean commit() {
        if (state != State.READY) {
            return false;
        }
        state = State.IMPORTING;
        rowsRead.set(0);
        return true;
    }

    synchronized void finished(SheetRun run) {
        if (state == State.ANALYSING) {
            preview = run;
            state = State.READY;
        } else {
            result = run;
            state = State.DONE;
        }
    }

    synchronized void failed(String reasonZh, String reasonEn) {
        problemZh = reasonZh;
        problemEn = reasonEn;
        state = state == State.IMPORTING ? State.DONE : State.FAILED;
    }

    synchronized SheetRun preview() {
        return preview;
    }

    synchronized SheetRun result() {
        return result;
    }

    /** The run whose rejected rows staff download: the import's, else the preview's. */
    synchronized SheetRun latest() {
        return result != null ? result : preview;
    }

    synchronized ImportJobView view(java.util.List<SpreadsheetImports.FieldChoice> fields) {
        return new ImportJobView(id, kind, fileName, state.name(), rowsRead.get(),
                preview == null ? 0 : preview.report().rows(), chosen,
                preview == null ? null : preview.report(), result == null ? null : result.report(),
                problemZh == null ? null : new ImportJobView.Problem(problemZh, problemEn), fields);
    }
}
