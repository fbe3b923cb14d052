package dev.aliendb.sql.parser;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Trees the generated grammar builds for SQLite shorthands that Calcite has no syntax for. */
public final class GrammarNodes {
  private GrammarNodes() {}

  /** The decimal value of a SQLite hex literal "0x..." (two's complement over 64 bits). */
  public static String hexInteger(String image, SqlParserPos pos) {
    String digits = image.substring(2);
    if (digits.length() > 16) {
      throw new AlienParseError(pos, "hex literal too big: " + image);
    }
    return Long.toString(Long.parseUnsignedLong(digits, 16));
  }

  /** "x IN table" means "x IN (SELECT * FROM table)". */
  public static SqlSelect selectAll(SqlIdentifier table) {
    SqlParserPos pos = table.getParserPosition();
    return new SqlSelect(pos, null, new SqlNodeList(List.of(SqlIdentifier.star(pos)), pos), table, null, null,
        null, null, null, null, null, null);
  }

  /** The right side of IN: a lone subquery stands for itself, anything else is the value list (as Calcite does). */
  public static SqlNode inOperand(SqlNodeList list) {
    if (list.size() == 1 && list.get(0).isA(SqlKind.QUERY)) {
      return list.get(0);
    }
    return list;
  }
}
