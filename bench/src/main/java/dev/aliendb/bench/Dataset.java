package dev.aliendb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;

/**
 * The tables of the workloads at a given scale, generated deterministically (the same rows for every engine):
 * {@code t(id, k, c, pad)} with {@code rows} rows, ids 1..rows, {@code k} uniform in [0, rows/2), {@code c}
 * 20–120 characters, {@code pad} 60; and {@code u(id, t_id, v)} with rows/2 rows referring to random ids of t.
 */
public final class Dataset {

    public static final int BATCH = 1_000;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String TEXT;

    static {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4096; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        TEXT = b.toString();
    }

    private final double scale;
    private final int rows;

    public Dataset(double scale) {
        this.scale = scale;
        this.rows = Math.max(1_000, (int) Math.round(200_000 * scale));
    }

    public double scale() {
        return scale;
    }

    public int rows() {
        return rows;
    }

    public int uRows() {
        return rows / 2;
    }

    /** The range of k: [0, kRange). */
    public int kRange() {
        return rows / 2;
    }

    static String text(long seed, int length) {
        int start = (int) Math.floorMod(seed * 2654435761L, TEXT.length() - length);
        return TEXT.substring(start, start + length);
    }

    public static void createT(Connection c, BenchEngine engine) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, c VARCHAR(120), " + engine.pad() + " VARCHAR(60))");
        }
    }

    /** Inserts t's rows in batches of {@link #BATCH}, one transaction per batch (W1's method). */
    public void loadT(Connection c, BenchEngine engine) throws SQLException {
        SplittableRandom r = new SplittableRandom(42);
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO t(id,k,c," + engine.pad() + ") VALUES (?,?,?,?)")) {
            for (int id = 1; id <= rows; id++) {
                p.setInt(1, id);
                p.setInt(2, r.nextInt(kRange()));
                p.setString(3, text(id, 20 + r.nextInt(101)));
                p.setString(4, text(id + 17L, 60));
                p.addBatch();
                if (id % BATCH == 0 || id == rows) {
                    p.executeBatch();
                    c.commit();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Creates and fills u with an index on u(t_id) (W8's schema), untimed setup. */
    public void loadU(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE u(id INTEGER PRIMARY KEY, t_id INTEGER, v INTEGER)");
        }
        SplittableRandom r = new SplittableRandom(43);
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO u(id,t_id,v) VALUES (?,?,?)")) {
            for (int id = 1; id <= uRows(); id++) {
                p.setInt(1, id);
                p.setInt(2, 1 + r.nextInt(rows));
                p.setInt(3, r.nextInt(1_000));
                p.addBatch();
                if (id % BATCH == 0 || id == uRows()) {
                    p.executeBatch();
                    c.commit();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX u_t ON u(t_id)");
        }
    }
}
