package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.api.Test;

/** Parameter numbering follows SQLite: ?, ?NNN, :name, @name, $name. */
class AlienParserParameterTest {

  /** SqlDynamicParam indexes in source order. */
  static List<Integer> indexes(SqlNode node) {
    List<Integer> out = new ArrayList<>();
    node.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlDynamicParam param) {
        out.add(param.getIndex());
        return null;
      }
    });
    return out;
  }

  @Test
  void positionalParametersNumberInOrder() throws SQLException {
    ParsedStatement p = AlienParser.parse("SELECT * FROM t WHERE a = ? AND b BETWEEN ? AND ?");
    assertEquals(3, p.parameterCount());
    assertEquals(Arrays.asList(null, null, null), p.parameterNames());
    assertEquals(List.of(0, 1, 2), indexes(p.node()));
  }

  @Test
  void numberedParametersUseTheirNumber() throws SQLException {
    ParsedStatement p = AlienParser.parse("SELECT ?2, ?1, ?2");
    assertEquals(2, p.parameterCount());
    assertEquals(List.of(1, 0, 1), indexes(p.node()));
    ParsedStatement gap = AlienParser.parse("SELECT ?5, ?");
    assertEquals(6, gap.parameterCount());
    assertEquals(List.of(4, 5), indexes(gap.node()));
  }

  @Test
  void namedParametersShareAnIndexPerName() throws SQLException {
    ParsedStatement p = AlienParser.parse("INSERT INTO t VALUES (:a, @b, $c, :a, ?, :d)");
    assertEquals(5, p.parameterCount());
    assertEquals(Arrays.asList(":a", "@b", "$c", null, ":d"), p.parameterNames());
    assertEquals(List.of(0, 1, 2, 0, 3, 4), indexes(p.node()));
  }

  @Test
  void parametersInLimitAndDml() throws SQLException {
    ParsedStatement p = AlienParser.parse("UPDATE t SET a = :v WHERE id = ?");
    assertEquals(2, p.parameterCount());
    assertEquals(Arrays.asList(":v", null), p.parameterNames());
    ParsedStatement l = AlienParser.parse("SELECT a FROM t WHERE a > :min LIMIT ? OFFSET ?");
    assertEquals(3, l.parameterCount());
  }

  @Test
  void noParameters() throws SQLException {
    ParsedStatement p = AlienParser.parse("SELECT '?', ':a', \"$x\" FROM t -- ?\n");
    assertEquals(0, p.parameterCount());
    assertTrue(p.parameterNames().isEmpty());
  }

  @Test
  void outOfRangeNumbersAreSyntaxErrors() {
    for (String sql : List.of("SELECT ?0", "SELECT ?32767", "SELECT ?99999999999999999999")) {
      SQLException e = assertThrows(SQLException.class, () -> AlienParser.parse(sql));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().startsWith("variable number must be between ?1 and ?32766"), e.getMessage());
    }
  }
}
