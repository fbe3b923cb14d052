package dev.aliendb.sqllogictest;

/**
 * Limits of a run: time per statement, per file (a file past it stops and its current record fails with
 * {@link Failure#TIMEOUT}) and for the whole run (no file starts once it is spent; 0 = unlimited), and the
 * number of records run per file ({@code maxRecordsPerFile}, 0 = all): a cap on work rather than time keeps
 * a count comparable between fast and slow machines.
 */
public record Limits(int statementSeconds, int fileSeconds, int budgetSeconds, int maxRecordsPerFile) {

    public Limits {
        if (statementSeconds <= 0 || fileSeconds <= 0 || budgetSeconds < 0 || maxRecordsPerFile < 0) {
            throw new IllegalArgumentException("limits must be positive: " + statementSeconds + "/" + fileSeconds
                    + "/" + budgetSeconds + "/" + maxRecordsPerFile);
        }
    }

    /** Time limits only: every record of every file runs. */
    public Limits(int statementSeconds, int fileSeconds, int budgetSeconds) {
        this(statementSeconds, fileSeconds, budgetSeconds, 0);
    }
}
