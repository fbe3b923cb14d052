package dev.aliendb.sql.parser;

import dev.aliendb.sql.command.CommandRecognizer;
import dev.aliendb.sql.parser.impl.AlienSqlParserImpl;
import dev.aliendb.sql.parser.impl.TokenMgrError;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.SourceStringReader;

/**
 * AlienDB's SQL front door: parses one statement of the SQLite dialect.
 *
 * <p>Pipeline: a cheap token scan ({@link StatementScan}) finds an EXPLAIN prefix, the first word,
 * trailing semicolons, INDEXED BY hints, parameter markers and the parenthesis depth. Statements
 * whose first word is a command word (BEGIN, COMMIT, PRAGMA, ...) go to {@link CommandRecognizer};
 * everything else goes to the generated Calcite parser {@link AlienSqlParserImpl} configured by
 * {@link #config()}.
 *
 * <p>Guarantees: every failure is an {@link SQLException} — SQLSTATE 42000 for syntax errors, with
 * SQLite's wording ("near "FROM": syntax error", "incomplete input", "unrecognized token: ...") plus
 * line and column; 54001 ("statement too complex") for nesting beyond {@link #MAX_DEPTH} or a stack
 * overflow; 22003 for a numeric literal longer than 1000 characters; {@link StatementLimits} for text
 * length, unpaired surrogates, expression depth, subquery nesting and result columns. No Error escapes for
 * hostile input.
 */
public final class AlienParser {
  /** Deepest parenthesis nesting accepted (SQLite's SQLITE_MAX_EXPR_DEPTH is 1000). */
  public static final int MAX_DEPTH = 1000;

  private static final SqlParser.Config CONFIG = SqlParser.config()
      .withParserFactory(AlienSqlParserImpl.FACTORY)
      .withQuoting(Quoting.DOUBLE_QUOTE)
      .withUnquotedCasing(Casing.UNCHANGED)
      .withQuotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(false)
      .withIdentifierMaxLength(65_536)
      .withConformance(AlienConformance.INSTANCE);

  private AlienParser() {}

  /**
   * The parser configuration AlienDB uses: AlienSqlParserImpl.FACTORY, "..." quoting (plus [..] and
   * `..`), identifiers kept as written and matched case-insensitively, {@link AlienConformance}.
   * {@code SqlParser.create(sql, AlienParser.config())} parses the same grammar but without commands,
   * EXPLAIN, trailing ';', INDEXED BY removal or parameter names.
   */
  public static SqlParser.Config config() {
    return CONFIG;
  }

  /** Parses one statement; a trailing ";" is allowed. */
  public static ParsedStatement parse(String sql) throws SQLException {
    if (sql == null) {
      throw new SQLException("SQL text is null", "42000");
    }
    StatementLimits.checkText(sql);
    StatementScan scan = StatementScan.of(sql);
    if (scan.isEmpty()) {
      throw new SQLException("empty statement", "42000");
    }
    if (CommandRecognizer.isCommandWord(sql, scan.firstWordStart(), scan.firstWordEnd())) {
      return new ParsedStatement(null, CommandRecognizer.parse(sql.substring(scan.bodyStart())), 0, List.of(),
          sql, scan.explain());
    }
    if (scan.maxDepth() > MAX_DEPTH) {
      throw tooComplex("parentheses nested deeper than " + MAX_DEPTH);
    }
    if (scan.unterminatedStart() >= 0) {
      throw SyntaxErrors.unrecognized(sql, scan.unterminatedStart());
    }
    if (scan.longestNumber() > StatementScan.MAX_NUMBER_LENGTH) {
      throw SyntaxErrors.numberTooLong(scan.longestNumber());
    }
    String text = scan.parserText(sql);
    AlienSqlParserImpl parser = newParser(text);
    SqlNode node;
    try {
      node = parser.parseSqlStmtEof();
    } catch (StackOverflowError e) {
      throw tooComplex("nesting too deep");
    } catch (AlienParseError e) {
      throw SyntaxErrors.rejected(e, text);
    } catch (Exception | TokenMgrError e) {
      throw SyntaxErrors.from(parser.normalizeException(e), text);
    }
    StatementLimits.checkTree(node);
    return withParameters(node, parser.token_source.alienNamedParameters, scan, sql);
  }

  /**
   * Splits a script into statements at top-level semicolons, respecting quotes ('..', "..", [..], `..`),
   * comments and CREATE TRIGGER ... BEGIN ... END bodies. Returned texts exclude the ";" and empty statements.
   */
  public static List<String> split(String script) throws SQLException {
    return StatementSplitter.split(script);
  }

  private static AlienSqlParserImpl newParser(String text) {
    AlienSqlParserImpl parser = (AlienSqlParserImpl) AlienSqlParserImpl.FACTORY.getParser(new SourceStringReader(text));
    parser.setTabSize(1);
    parser.setQuotedCasing(CONFIG.quotedCasing());
    parser.setUnquotedCasing(CONFIG.unquotedCasing());
    parser.setIdentifierMaxLength(CONFIG.identifierMaxLength());
    parser.setTimeUnitCodes(CONFIG.timeUnitCodes());
    parser.setConformance(CONFIG.conformance());
    parser.switchTo(SqlAbstractParserImpl.LexicalState.forConfig(CONFIG));
    return parser;
  }

  private static ParsedStatement withParameters(SqlNode node, Map<String, Integer> named, StatementScan scan,
      String sql) {
    if (!scan.hasParameters()) {
      return new ParsedStatement(node, null, 0, List.of(), sql, scan.explain());
    }
    MaxParamIndex max = new MaxParamIndex();
    node.accept(max);
    String[] names = new String[max.max + 1];
    named.forEach((name, index) -> names[index] = name);
    return new ParsedStatement(node, null, names.length, Collections.unmodifiableList(Arrays.asList(names)), sql,
        scan.explain());
  }

  private static SQLException tooComplex(String why) {
    return new SQLException("statement too complex: " + why, "54001");
  }

  /** Finds the largest SqlDynamicParam index in a tree (-1 when none). */
  private static final class MaxParamIndex extends SqlBasicVisitor<Void> {
    int max = -1;

    @Override
    public Void visit(SqlDynamicParam param) {
      max = Math.max(max, param.getIndex());
      return null;
    }
  }
}
