package dev.aliendb.sqllogictest;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one script. Written by the thread running the file and read by the suite runner, possibly
 * while that thread is still stuck in a driver call, hence synchronized. Every executed record counts once
 * as passed or failed; {@code statements + queries == passed + failed}.
 */
public final class FileResult {

    /** How the file ended. */
    public enum Status { COMPLETED, CAPPED, TIMED_OUT, HUNG, NOT_OPENED }

    private final String file;
    private final List<Failure> failures = new ArrayList<>();
    private int statements;
    private int queries;
    private int passed;
    private Status status = Status.COMPLETED;
    private double seconds;

    public FileResult(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    synchronized void pass(SltRecord record) {
        count(record);
        passed++;
    }

    synchronized void fail(SltRecord record, String sql, String cause, String detail) {
        count(record);
        failures.add(new Failure(file, record.line(), sql, cause, detail));
    }

    private void count(SltRecord record) {
        if (record instanceof SltRecord.Query) {
            queries++;
        } else {
            statements++;
        }
    }

    synchronized void end(Status status, double seconds) {
        this.status = status;
        this.seconds = seconds;
    }

    public synchronized int statements() {
        return statements;
    }

    public synchronized int queries() {
        return queries;
    }

    public synchronized int records() {
        return statements + queries;
    }

    public synchronized int passed() {
        return passed;
    }

    public synchronized int failed() {
        return failures.size();
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    public synchronized Status status() {
        return status;
    }

    public synchronized double seconds() {
        return seconds;
    }
}
