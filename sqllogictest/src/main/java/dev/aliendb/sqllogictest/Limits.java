package dev.aliendb.sqllogictest;

/**
 * Time limits of a run: per statement, per file (a file past it stops and its current record fails with
 * {@link Failure#TIMEOUT}) and for the whole run (no file starts once it is spent; 0 = unlimited).
 */
public record Limits(int statementSeconds, int fileSeconds, int budgetSeconds) {

    public Limits {
        if (statementSeconds <= 0 || fileSeconds <= 0 || budgetSeconds < 0) {
            throw new IllegalArgumentException("limits must be positive: " + statementSeconds + "/" + fileSeconds
                    + "/" + budgetSeconds);
        }
    }
}
