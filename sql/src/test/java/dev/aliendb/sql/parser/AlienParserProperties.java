package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties: arbitrary text never makes the parser throw anything but SQLException; split inverts join. */
class AlienParserProperties {

  /** Fragments that exercise the lexer and the grammar's corners, glued at random. */
  @Provide
  Arbitrary<String> sqlish() {
    Arbitrary<String> fragment = Arbitraries.of("SELECT", "FROM", "WHERE", "t", "a", "(", ")", ",", ";", "'x'", "'",
        "\"", "[", "]", "`", "?", "?7", ":n", "@n", "$n", "0x1F", "1e9", "-", "+", "*", "==", "!=", "<>", "IS", "NOT",
        "NULL", "IN", "()", "GLOB", "COLLATE", "NOCASE", "INDEXED", "BY", "LIMIT", "OFFSET", "CREATE", "TABLE",
        "INDEX", "INSERT", "OR", "REPLACE", "INTO", "VALUES", "DEFAULT", "BEGIN", "END", "PRAGMA", "EXPLAIN", "--",
        "/*", "*/", "\n", "\uD800", "é", "CASE", "WHEN", "THEN", "ELSE", "TRIGGER", "ON", "CONFLICT", "DO");
    return fragment.list().ofMaxSize(25).map(parts -> String.join(" ", parts));
  }

  @Property(tries = 400)
  void parseThrowsOnlySqlException(@ForAll("sqlish") String sql) {
    try {
      AlienParser.parse(sql);
    } catch (SQLException e) {
      assertEquals(true, e.getSQLState() != null && !e.getMessage().isEmpty());
    }
  }

  @Property(tries = 200)
  void splitThrowsOnlySqlException(@ForAll("sqlish") String script) {
    try {
      AlienParser.split(script);
    } catch (SQLException e) {
      assertEquals("42000", e.getSQLState());
    }
  }

  @Provide
  Arbitrary<String> statement() {
    Arbitrary<String> literal = Arbitraries.strings().withChars("ab;' \"[]`-/*").ofMaxLength(8)
        .map(s -> "'" + s.replace("'", "''") + "'");
    return literal.map(l -> "SELECT " + l + " AS \"x;y\" FROM [t;1]");
  }

  @Property(tries = 200)
  void splitInvertsJoin(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("statement") String> statements)
      throws SQLException {
    assertEquals(statements, AlienParser.split(String.join(";\n", statements) + ";"));
  }
}
