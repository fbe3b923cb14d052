package dev.aliendb.bench.jmh;

import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.btree.TableTree;
import dev.aliendb.storage.vfs.MemoryVfs;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Storage B-tree cost without SQL: row lookups in a committed table of {@code rows} rows (point get and
 * cursor seek) and inserts (ascending and random row ids) in a write transaction rolled back after each
 * iteration, all on an in-memory store ({@link MemoryVfs}) with 4 KiB pages and 100-byte payloads.
 */
public class BTreeBench extends MicroBenchmark {

    @Param({"100000"})
    int rows;

    private final byte[] payload = new byte[100];
    private final SplittableRandom random = new SplittableRandom(1);
    private Store store;
    private int root;
    private ReadTxn read;
    private TableTree readTree;
    private TableCursor cursor;
    private WriteTxn write;
    private TableTree writeTree;
    private long nextRowId;

    @Setup(Level.Trial)
    public void load() throws Exception {
        store = Stores.open(new MemoryVfs(), "bench.db", StoreOptions.defaults().withCacheSizePages(100_000));
        WriteTxn txn = store.beginWrite();
        TableTree tree = BTrees.createTable(txn.pages());
        for (long id = 1; id <= rows; id++) {
            tree.put(id, payload);
        }
        root = tree.rootPage();
        txn.commit();
        read = store.beginRead();
        readTree = BTrees.openTable(read.pages(), root);
        cursor = readTree.cursor();
    }

    @Setup(Level.Iteration)
    public void beginWrite() throws Exception {
        write = store.beginWrite();
        writeTree = BTrees.openTable(write.pages(), root);
        nextRowId = rows + 1L;
    }

    @TearDown(Level.Iteration)
    public void rollbackWrite() throws Exception {
        write.rollback();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        cursor.close();
        read.close();
        store.close();
    }

    @Benchmark
    public byte[] get() throws Exception {
        return readTree.get(1 + random.nextLong(rows));
    }

    @Benchmark
    public boolean cursorSeek() throws Exception {
        return cursor.seek(1 + random.nextLong(rows));
    }

    @Benchmark
    public void insertAscending() throws Exception {
        writeTree.put(nextRowId++, payload);
    }

    @Benchmark
    public void insertRandom() throws Exception {
        writeTree.put(rows + 1L + random.nextLong(Long.MAX_VALUE / 2), payload);
    }
}
