package dev.aliendb.engine.core;

import dev.aliendb.engine.EngineException;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.SyncMode;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code Databases.open} options (names and values case-insensitive, SQLite spellings) into
 * {@link StoreOptions}: journal_mode, synchronous (name or 0..3), cache_size (positive = pages, negative =
 * KiB as in SQLite), page_size (power of two 512..65536), busy_timeout (ms), read_only, create. An explicit
 * journal_mode also switches an existing file (like PRAGMA journal_mode); page_size only affects new files. A bad value
 * or an unknown option name fails with HY024; "user" and "password" (passed by JDBC tools) are ignored.
 */
public record OpenOptions(StoreOptions store, Integer cacheSize, JournalMode journalMode) {

    public static OpenOptions parse(Map<String, String> options) throws EngineException {
        StoreOptions o = StoreOptions.defaults();
        Integer cacheSize = null;
        JournalMode journal = null;
        for (Map.Entry<String, String> e : options == null ? Map.<String, String>of().entrySet() : options.entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey().trim().toLowerCase(Locale.ROOT);
            String value = e.getValue() == null ? "" : e.getValue().trim();
            switch (name) {
                case "journal_mode" -> {
                    journal = enumValue(JournalMode.class, name, value);
                    o = o.withJournalMode(journal);
                }
                case "synchronous" -> o = o.withSyncMode(syncMode(value));
                case "cache_size" -> cacheSize = (int) number(name, value, -1_000_000_000L, 1_000_000_000L);
                case "page_size" -> o = o.withPageSize(pageSize(value));
                case "busy_timeout" -> o = o.withBusyTimeoutMillis(number(name, value, 0, Long.MAX_VALUE));
                case "read_only" -> o = o.withReadOnly(bool(name, value));
                case "create" -> o = o.withCreate(bool(name, value));
                case "user", "password" -> { }
                default -> throw new EngineException("HY024", "unknown option: " + e.getKey());
            }
        }
        if (cacheSize != null) {
            o = o.withCacheSizePages(cachePages(cacheSize, o.pageSize()));
        }
        return new OpenOptions(o, cacheSize, journal);
    }

    /** SQLite's cache_size: positive = pages, negative = that many KiB; at least 10 pages. */
    public static int cachePages(int cacheSize, int pageSize) {
        long pages = cacheSize >= 0 ? cacheSize : (-(long) cacheSize * 1024) / pageSize;
        return (int) Math.max(10, Math.min(pages, Integer.MAX_VALUE));
    }

    private static SyncMode syncMode(String value) throws EngineException {
        if (value.matches("[0-3]")) {
            return SyncMode.values()[value.charAt(0) - '0'];
        }
        return enumValue(SyncMode.class, "synchronous", value);
    }

    private static int pageSize(String value) throws EngineException {
        long size = number("page_size", value, 512, 65536);
        if (Long.bitCount(size) != 1) {
            throw invalid("page_size", value);
        }
        return (int) size;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) throws EngineException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, value);
        }
    }

    private static long number(String name, String value, long min, long max) throws EngineException {
        try {
            long v = Long.parseLong(value);
            if (v < min || v > max) {
                throw invalid(name, value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    private static boolean bool(String name, String value) throws EngineException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw invalid(name, value);
        };
    }

    private static EngineException invalid(String name, String value) {
        return new EngineException("HY024", "invalid value for option " + name + ": " + value);
    }
}
