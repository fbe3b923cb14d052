package dev.aliendb.storage;

/**
 * The row of {@code PRAGMA wal_checkpoint}, as in SQLite: {@code busy} is 1 when the mode had to wait for
 * the writer and gave up at the busy timeout (the passive part was still done), {@code logFrames} the frames
 * the log held when the checkpoint started (-1 when not in WAL mode), {@code checkpointedFrames} how many of
 * them are now in the database file (-1 when not in WAL mode).
 */
public record CheckpointResult(int busy, int logFrames, int checkpointedFrames) {
    /** The result outside WAL mode (SQLite returns 0, -1, -1). */
    public static final CheckpointResult NOT_WAL = new CheckpointResult(0, -1, -1);
}
