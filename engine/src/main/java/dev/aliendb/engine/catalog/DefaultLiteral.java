package dev.aliendb.engine.catalog;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.record.SqlValues;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value of a constant DEFAULT clause, for rows stored before ALTER TABLE ADD COLUMN added the column
 * (their records are shorter than the table). Understands what SQLite calls a constant default without
 * evaluating expressions: NULL, TRUE/FALSE, signed numeric literals, 'text' (with '' escapes), X'hex' blobs,
 * each optionally in parentheses. Anything else (CURRENT_TIMESTAMP, expressions) is refused when the column
 * is added, with SQLite's message.
 */
public final class DefaultLiteral {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern HEX_BLOB = Pattern.compile("[xX]'(?:[0-9a-fA-F]{2})*'");

    private DefaultLiteral() {
    }

    /** The literal's value (null for no default); throws 42000 for a non-constant default. */
    public static Object parse(String sql) throws EngineException {
        if (sql == null) {
            return null;
        }
        String s = sql.strip();
        while (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.equals("NULL")) {
            return null;
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return upper.equals("TRUE") ? 1L : 0L;
        }
        if (NUMBER.matcher(s).matches()) {
            return SqlValues.parseNumber(s);
        }
        if (HEX_BLOB.matcher(s).matches()) {
            return HexFormat.of().parseHex(s.substring(2, s.length() - 1));
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            String body = s.substring(1, s.length() - 1);
            if (!body.replace("''", "").contains("'")) {
                return body.replace("''", "'");
            }
        }
        throw new EngineException("42000", "Cannot add a column with non-constant default");
    }
}
