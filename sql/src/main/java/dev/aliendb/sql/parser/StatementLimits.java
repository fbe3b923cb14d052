package dev.aliendb.sql.parser;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;

/**
 * SQLite-style size limits, checked on the statement text and on the parsed tree before any of Calcite's
 * expensive phases (validation, SqlToRel, Hep) run; see docs/limits.md for the chosen values and why.
 *
 * <p>Guarantees: a statement over a limit fails with SQLSTATE 54001 and a message naming the limit;
 * text holding an unpaired UTF-16 surrogate fails with 22021. Every check is linear in the input and
 * iterative (no recursion), so the checks themselves cannot overflow the stack.
 */
public final class StatementLimits {
  /** Longest statement text in chars (SQLite allows 10^9 bytes; the lexer needs ~0.5 s per million chars). */
  public static final int MAX_SQL_LENGTH = 1_000_000;
  /** Deepest expression tree (SQLite's SQLITE_MAX_EXPR_DEPTH). */
  public static final int MAX_EXPR_DEPTH = 1000;
  /** Deepest nesting of SELECTs inside one statement (AlienDB's own limit; planning cost grows with it). */
  public static final int MAX_SUBQUERY_DEPTH = 64;
  /** Most result columns of one SELECT (SQLite's SQLITE_MAX_COLUMN). */
  public static final int MAX_COLUMNS = 2000;

  private StatementLimits() {}

  /** Checks the raw text: its length and that every surrogate is paired. */
  static void checkText(String sql) throws SQLException {
    if (sql.length() > MAX_SQL_LENGTH) {
      throw tooBig("string or blob too big: statement of " + sql.length() + " characters exceeds the limit of "
          + MAX_SQL_LENGTH);
    }
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < sql.length() && Character.isLowSurrogate(sql.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new SQLException(String.format("invalid UTF-16 string: unpaired surrogate U+%04X at offset %d",
            (int) c, i), "22021");
      }
    }
  }

  /**
   * Checks the parsed tree: expression depth (the number of nested calls above a leaf, SELECTs and lists
   * not counted, so 1,000 nested {@code abs(} are allowed and 1,001 chained ORs are not), SELECT nesting
   * depth and the result column count of each SELECT.
   */
  static void checkTree(SqlNode root) throws SQLException {
    Deque<Frame> pending = new ArrayDeque<>();
    pending.push(new Frame(root, 0, 0));
    while (!pending.isEmpty()) {
      Frame f = pending.pop();
      if (f.depth > MAX_EXPR_DEPTH) {
        throw tooBig("Expression tree is too large (maximum depth " + MAX_EXPR_DEPTH + ")");
      }
      int selects = f.selects;
      if (f.node instanceof SqlSelect select) {
        if (++selects > MAX_SUBQUERY_DEPTH) {
          throw tooBig("too many levels of subquery nesting (maximum " + MAX_SUBQUERY_DEPTH + ")");
        }
        if (select.getSelectList() != null && select.getSelectList().size() > MAX_COLUMNS) {
          throw tooBig("too many columns in result set (maximum " + MAX_COLUMNS + ")");
        }
      }
      int depth = f.node instanceof SqlCall && !(f.node instanceof SqlSelect) ? f.depth + 1 : f.depth;
      for (SqlNode child : children(f.node)) {
        if (child != null) {
          pending.push(new Frame(child, depth, selects));
        }
      }
    }
  }

  private static List<SqlNode> children(SqlNode node) {
    if (node instanceof SqlNodeList list) {
      return list.getList();
    }
    if (node instanceof SqlCall call) {
      try {
        return call.getOperandList();
      } catch (UnsupportedOperationException e) {
        return List.of();
      }
    }
    return List.of();
  }

  private static SQLException tooBig(String message) {
    return new SQLException(message, "54001");
  }

  private record Frame(SqlNode node, int depth, int selects) {}
}
