package dev.aliendb.engine.core;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.vfs.FileVfs;
import dev.aliendb.storage.vfs.MemoryVfs;
import dev.aliendb.storage.vfs.Vfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The process-wide registry of open databases, keyed by canonical path ("mem:NAME" for in-memory ones), so
 * every session on a file shares one {@link DatabaseImpl} (and one store, one writer lock, one cache). An
 * entry disappears when its last session closes; a named in-memory database then ceases to exist.
 * "mem:" with an empty name is private: every open creates a new one.
 */
public final class DatabaseRegistry {
    static final Object LOCK = new Object();
    private static final String MEMORY_PREFIX = "mem:";
    private static final Map<String, Database> OPEN = new HashMap<>();
    private static final FileVfs FILES = new FileVfs();

    private DatabaseRegistry() {
    }

    public static Database open(String path, Map<String, String> options) throws EngineException {
        if (path == null || path.isBlank()) {
            throw new EngineException("HY024", "database path is empty");
        }
        OpenOptions parsed = OpenOptions.parse(options);
        boolean memory = path.startsWith(MEMORY_PREFIX);
        String key = memory ? path : canonical(path);
        synchronized (LOCK) {
            boolean shared = !path.equals(MEMORY_PREFIX);
            Database existing = shared ? OPEN.get(key) : null;
            if (existing != null) {
                return existing;
            }
            Vfs vfs = memory ? new MemoryVfs() : FILES;
            String file = memory ? path.substring(MEMORY_PREFIX.length()) + ".db" : key;
            Store store;
            try {
                store = Stores.open(vfs, file, storeOptions(parsed, memory));
            } catch (StorageException e) {
                throw Errors.wrap(e);
            }
            DatabaseImpl[] self = new DatabaseImpl[1];
            try {
                self[0] = new DatabaseImpl(store, parsed.store().readOnly(), () -> OPEN.remove(key, self[0]));
            } catch (EngineException | RuntimeException e) {
                closeQuietly(store);
                throw e;
            }
            applySettings(self[0].store(), parsed);
            if (shared) {
                OPEN.put(key, self[0]);
            }
            return self[0];
        }
    }

    /**
     * New file databases default to WAL (one fsync per commit instead of three or four, see
     * docs/design-notes.md); in-memory ones keep the storage default (DELETE). An explicit journal_mode wins.
     */
    private static StoreOptions storeOptions(OpenOptions parsed, boolean memory) {
        return parsed.journalMode() == null && !memory ? parsed.store().withJournalMode(JournalMode.WAL) : parsed.store();
    }

    /** Number of databases currently open in this process (for tests and diagnostics). */
    public static int openCount() {
        synchronized (LOCK) {
            return OPEN.size();
        }
    }

    static String canonical(String path) throws EngineException {
        try {
            Path p = Path.of(path).toAbsolutePath().normalize();
            Path parent = p.getParent();
            if (parent != null && Files.exists(parent)) {
                p = parent.toRealPath().resolve(p.getFileName());
            }
            return p.toString();
        } catch (InvalidPathException | IOException e) {
            throw new EngineException("HY024", "invalid database path: " + path);
        }
    }

    /**
     * Settings that depend on the file actually opened: a negative cache_size is KiB of its page size, and an
     * explicit journal_mode switches an existing file that has another one.
     */
    private static void applySettings(Store store, OpenOptions options) throws EngineException {
        Integer size = options.cacheSize();
        try {
            if (size != null && size < 0 && store.stats().pageSize() != options.store().pageSize()) {
                store.setCacheSizePages(OpenOptions.cachePages(size, store.stats().pageSize()));
            }
            if (options.journalMode() != null && store.stats().journalMode() != options.journalMode()) {
                store.setJournalMode(options.journalMode());
            }
        } catch (StorageException e) {
            closeQuietly(store);
            throw Errors.wrap(e);
        }
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (StorageException ignored) {
            // the open already failed; that failure is what the caller sees
        }
    }
}
