package dev.aliendb.sql.session;

import dev.aliendb.sql.parser.SqlScanner;
import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Literal parameterisation for the plan cache: statements that differ only in the integer and text
 * literals of their predicates ({@code WHERE id = 5} / {@code WHERE id = 6}) share one plan. The shape is
 * the statement text with those literals replaced by {@code ?}; the values are bound as hidden parameters
 * (a literal and a bound value have the same run-time semantics: both have no affinity, and Calcite's
 * implicit CASTs are identities in AlienDB).
 * <p>
 * Only literals whose value cannot influence the plan's shape, result labels or types are replaced: those
 * in WHERE, ON and HAVING, in INSERT's VALUES rows and UPDATE's SET, and not inside a select list, FROM,
 * GROUP BY, ORDER BY, LIMIT/OFFSET, a function's argument list (CAST type sizes, window specs), next to
 * COLLATE or ESCAPE, or with a prefix (X'..', DATE '..', N'..'). A sign in front of an integer after an
 * operator or keyword belongs to its value. Statements with their own parameters, EXPLAIN, DDL and
 * commands have no shape. Whether the shape actually plans is up to the planner; {@link Statements}
 * falls back to the literal text when it does not.
 */
final class LiteralShape {
    /** The shape text (the plan-cache key) and the values of its parameters, in order. */
    record Shape(String text, Object[] values) {
    }

    private enum Clause { NONE, SELECT_LIST, FROM, PREDICATE, VALUES, SET, OTHER }

    private static final Set<String> STATEMENTS = Set.of("SELECT", "WITH", "INSERT", "REPLACE", "UPDATE", "DELETE");
    /** Words after which "(" opens an expression, not an argument list, and "-" is a sign. */
    private static final Set<String> OPERATOR_WORDS = Set.of("IN", "VALUES", "AND", "OR", "NOT", "WHERE", "ON",
            "HAVING", "WHEN", "THEN", "ELSE", "BETWEEN", "EXISTS", "IS", "LIKE", "GLOB", "SET", "CASE", "SELECT");
    private static final Set<String> PREFIX_WORDS = Set.of("DATE", "TIME", "TIMESTAMP", "INTERVAL", "ESCAPE");
    private static final int MAX_INTEGER_DIGITS = 18;

    private LiteralShape() {
    }

    /** The statement's shape, or null when it has no literal to replace or must not be shared. */
    static Shape of(String sql) {
        List<Token> tokens = tokens(sql);
        if (tokens == null || tokens.isEmpty() || !STATEMENTS.contains(word(sql, tokens.get(0)))) {
            return null;
        }
        boolean insert = word(sql, tokens.get(0)).equals("INSERT") || word(sql, tokens.get(0)).equals("REPLACE");
        StringBuilder text = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        Deque<Level> levels = new ArrayDeque<>();
        Level level = new Level(true, Clause.NONE);
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            switch (t.kind()) {
                case WORD -> {
                    String w = word(sql, t);
                    if (w.equals("CONFLICT")) {
                        return null; // upsert: its SET and WHERE belong to the conflict action
                    }
                    level.clause = clauseAfter(w, level.clause, insert);
                }
                case LPAREN -> {
                    levels.push(level);
                    boolean arguments = prev != null && (prev.kind() == Kind.QUOTED_ID
                            || (prev.kind() == Kind.WORD && !OPERATOR_WORDS.contains(word(sql, prev))));
                    level = new Level(level.replaces() && !arguments, level.clause);
                }
                case RPAREN -> {
                    if (levels.isEmpty()) {
                        return null;
                    }
                    level = levels.pop();
                }
                case NUMBER, STRING -> {
                    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    Object value = level.replaces() ? value(sql, prev, t, next) : null;
                    if (value != null) {
                        int start = t.start();
                        if (t.kind() == Kind.NUMBER && isSign(sql, prev, i > 1 ? tokens.get(i - 2) : null)) {
                            start = prev.start();
                            value = sql.charAt(start) == '-' ? -(Long) value : value;
                        }
                        text.append(sql, copied, start).append('?');
                        copied = t.end();
                        values.add(value);
                    }
                }
                default -> {
                }
            }
        }
        if (values.isEmpty() || !levels.isEmpty()) {
            return null;
        }
        text.append(sql, copied, sql.length());
        return new Shape(text.toString(), values.toArray());
    }

    /** All tokens, or null when the text has parameters or an unterminated quote. */
    private static List<Token> tokens(String sql) {
        SqlScanner scanner = new SqlScanner(sql, 0);
        List<Token> tokens = new ArrayList<>();
        for (Token t = scanner.next(); t.kind() != Kind.EOF; t = scanner.next()) {
            if (t.kind() == Kind.PARAMETER || t.kind() == Kind.UNTERMINATED) {
                return null;
            }
            tokens.add(t);
        }
        return tokens;
    }

    private static Clause clauseAfter(String word, Clause current, boolean insert) {
        return switch (word) {
            case "SELECT" -> Clause.SELECT_LIST;
            case "FROM", "JOIN" -> Clause.FROM;
            case "WHERE", "ON", "HAVING" -> Clause.PREDICATE;
            case "VALUES" -> insert ? Clause.VALUES : Clause.OTHER;
            case "SET" -> Clause.SET;
            case "GROUP", "ORDER", "LIMIT", "OFFSET", "WINDOW", "RETURNING", "UNION", "INTERSECT", "EXCEPT", "USING",
                 "INTO" -> Clause.OTHER;
            default -> current;
        };
    }

    /** The value a literal token stands for, or null when it must stay in the text. */
    private static Object value(String sql, Token prev, Token t, Token next) {
        if (prev != null && prev.kind() == Kind.STRING) {
            return null; // 'a' 'b' is one literal
        }
        if (next != null && (next.kind() == Kind.STRING || next.isWord(sql, "COLLATE") || next.isWord(sql, "ESCAPE"))) {
            return null;
        }
        if (t.kind() == Kind.NUMBER) {
            int digits = t.end() - t.start();
            if (digits > MAX_INTEGER_DIGITS) {
                return null;
            }
            for (int i = t.start(); i < t.end(); i++) {
                if (sql.charAt(i) < '0' || sql.charAt(i) > '9') {
                    return null; // decimal, exponent, hex: kept as written
                }
            }
            return Long.parseLong(sql, t.start(), t.end(), 10);
        }
        if (sql.charAt(t.start()) != '\''
                || (prev != null && (prev.end() == t.start() || PREFIX_WORDS.contains(word(sql, prev))))) {
            return null;
        }
        return sql.substring(t.start() + 1, t.end() - 1).replace("''", "'");
    }

    /** Whether {@code prev} is a sign (+/-) of the number after it rather than a binary operator. */
    private static boolean isSign(String sql, Token prev, Token beforePrev) {
        if (prev == null || prev.kind() != Kind.OPERATOR || prev.end() - prev.start() != 1) {
            return false;
        }
        char c = sql.charAt(prev.start());
        if (c != '-' && c != '+') {
            return false;
        }
        if (beforePrev == null) {
            return false;
        }
        return switch (beforePrev.kind()) {
            case OPERATOR, LPAREN -> true;
            case WORD -> OPERATOR_WORDS.contains(word(sql, beforePrev));
            default -> false;
        };
    }

    private static String word(String sql, Token t) {
        return t.kind() == Kind.WORD ? t.text(sql).toUpperCase(Locale.ROOT) : "";
    }

    /** One parenthesis level: whether literals may be replaced in it at all, and its current clause. */
    private static final class Level {
        private final boolean open;
        private Clause clause;

        Level(boolean open, Clause clause) {
            this.open = open;
            this.clause = clause;
        }

        boolean replaces() {
            return open && (clause == Clause.PREDICATE || clause == Clause.VALUES || clause == Clause.SET);
        }
    }
}
