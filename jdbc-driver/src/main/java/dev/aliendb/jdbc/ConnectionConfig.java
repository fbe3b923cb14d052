package dev.aliendb.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A parsed connection request: the database path handed to the SQL layer ({@code mem:NAME} for in-memory
 * databases, otherwise a file path) and the database options. URL syntax:
 * <pre>
 *   jdbc:alien:PATH[?key=value[&amp;key=value...]]
 *   jdbc:alien:mem:NAME[?...]      named in-memory database, shared by connections in this process
 *   jdbc:alien:mem:[?...]          a private in-memory database (a fresh unique name)
 * </pre>
 * Options come from the query string and from {@link Properties}; a property overrides the same key in the
 * URL. Keys are case-insensitive and stored lower-case; an unknown key is rejected (08001) so typos are not
 * silently ignored. {@code user} and {@code password} are accepted and ignored (tools always send them).
 */
record ConnectionConfig(String url, String path, Map<String, String> options) {
    static final String PREFIX = "jdbc:alien:";
    static final String MEMORY_PREFIX = "mem:";

    /** Options the database understands, with a description for getPropertyInfo. */
    static final Map<String, String> OPTIONS = knownOptions();
    private static final List<String> IGNORED = List.of("user", "password");
    private static final AtomicLong PRIVATE_MEMORY_DATABASES = new AtomicLong();

    private static Map<String, String> knownOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("journal_mode", "DELETE, TRUNCATE, PERSIST, MEMORY, WAL or OFF");
        m.put("synchronous", "OFF, NORMAL, FULL or EXTRA");
        m.put("cache_size", "page cache size: pages if positive, KiB if negative");
        m.put("page_size", "page size in bytes for a new database (512..65536, a power of two)");
        m.put("busy_timeout", "milliseconds to wait for a lock before failing");
        m.put("read_only", "true to open the database read-only");
        m.put("create", "false to fail instead of creating a missing database file");
        return Collections.unmodifiableMap(m);
    }

    static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static ConnectionConfig parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw new SQLException("not an AlienDB URL (expected jdbc:alien:<path>): " + url,
                    SqlErrors.CONNECTION_FAILED);
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> options = new LinkedHashMap<>();
        if (query >= 0) {
            parseQuery(rest.substring(query + 1), options);
        }
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                put(options, key, info.getProperty(key));
            }
        }
        return new ConnectionConfig(url, resolvePath(path), Collections.unmodifiableMap(options));
    }

    boolean inMemory() {
        return path.startsWith(MEMORY_PREFIX);
    }

    boolean readOnly() {
        return "true".equalsIgnoreCase(options.get("read_only")) || "1".equals(options.get("read_only"));
    }

    private static String resolvePath(String path) throws SQLException {
        if (path.isEmpty()) {
            throw new SQLException("missing database path in URL (use jdbc:alien:<file> or jdbc:alien:mem:<name>)",
                    SqlErrors.CONNECTION_FAILED);
        }
        if (path.regionMatches(true, 0, MEMORY_PREFIX, 0, MEMORY_PREFIX.length())) {
            String name = path.substring(MEMORY_PREFIX.length());
            return MEMORY_PREFIX + (name.isEmpty() ? "private-" + PRIVATE_MEMORY_DATABASES.incrementAndGet() : name);
        }
        return path;
    }

    private static void parseQuery(String query, Map<String, String> options) throws SQLException {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new SQLException("malformed URL option '" + pair + "' (expected key=value)",
                        SqlErrors.CONNECTION_FAILED);
            }
            put(options, decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
    }

    private static String decode(String s) throws SQLException {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SQLException("malformed URL option text '" + s + "'", SqlErrors.CONNECTION_FAILED, e);
        }
    }

    private static void put(Map<String, String> options, String key, String value) throws SQLException {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (IGNORED.contains(k)) {
            return;
        }
        if (!OPTIONS.containsKey(k)) {
            throw new SQLException("unknown connection option '" + key + "' (known: "
                    + String.join(", ", OPTIONS.keySet()) + ")", SqlErrors.CONNECTION_FAILED);
        }
        options.put(k, value.trim());
    }
}
