package dev.aliendb.sql.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the query of a stored {@code CREATE [TEMP] VIEW [IF NOT EXISTS] name [(columns)] AS query}. */
public final class ViewText {
    private static final Pattern HEAD = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(?:\"[^\"]*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w.$]+)\\s*(?:\\([^)]*\\)\\s*)?AS\\s+");

    private ViewText() {
    }

    /** The query text, or the whole text when it does not start with CREATE VIEW. */
    public static String query(String createView) {
        Matcher m = HEAD.matcher(createView);
        String q = m.find() ? createView.substring(m.end()) : createView;
        q = q.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1) : q;
    }
}
