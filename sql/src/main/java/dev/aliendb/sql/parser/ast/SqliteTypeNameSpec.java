package dev.aliendb.sql.parser.ast;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/**
 * A type name as SQLite accepts it: one or more words ("INTEGER", "UNSIGNED BIG INT", "VARCHAR")
 * with an optional "(n)" or "(n, m)" that SQLite ignores. Used for column declarations and CAST targets.
 * The words are kept as written (single-space separated); the meaning is the {@link #affinity()}.
 * {@link #deriveType} maps the affinity to a Calcite type: INTEGER→BIGINT, REAL→DOUBLE, TEXT→VARCHAR,
 * BLOB→VARBINARY, NUMERIC→ANY.
 */
public final class SqliteTypeNameSpec extends SqlTypeNameSpec {
  /** Marker for an absent precision or scale. */
  public static final int NONE = Integer.MIN_VALUE;

  private final String name;
  private final int precision;
  private final int scale;

  public SqliteTypeNameSpec(String name, int precision, int scale, SqlParserPos pos) {
    super(new SqlIdentifier(name, pos), pos);
    this.name = name;
    this.precision = precision;
    this.scale = scale;
  }

  /** The type words as written, e.g. "UNSIGNED BIG INT" (without the size arguments). */
  public String name() {
    return name;
  }

  /** First size argument, or {@link #NONE}. */
  public int precision() {
    return precision;
  }

  /** Second size argument, or {@link #NONE}. */
  public int scale() {
    return scale;
  }

  public TypeAffinity affinity() {
    return TypeAffinity.of(name);
  }

  /** The declared type text as SQLite reports it, e.g. "VARCHAR(120)" or "DECIMAL(10,2)". */
  public String declaredType() {
    if (precision == NONE) {
      return name;
    }
    return name + "(" + precision + (scale == NONE ? "" : "," + scale) + ")";
  }

  @Override
  public RelDataType deriveType(SqlValidator validator) {
    RelDataTypeFactory factory = validator.getTypeFactory();
    SqlTypeName sqlType = switch (affinity()) {
      case INTEGER -> SqlTypeName.BIGINT;
      case REAL -> SqlTypeName.DOUBLE;
      case TEXT -> SqlTypeName.VARCHAR;
      case BLOB -> SqlTypeName.VARBINARY;
      case NUMERIC -> SqlTypeName.ANY;
    };
    return factory.createSqlType(sqlType);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    for (String word : name.split(" ")) {
      writer.keyword(word);
    }
    if (precision != NONE) {
      SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.FUN_CALL, "(", ")");
      writer.print(precision);
      if (scale != NONE) {
        writer.sep(",", true);
        writer.print(scale);
      }
      writer.endList(frame);
    }
  }

  @Override
  public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
    if (!(spec instanceof SqliteTypeNameSpec that)
        || !name.equalsIgnoreCase(that.name) || precision != that.precision || scale != that.scale) {
      return litmus.fail("{} != {}", this, spec);
    }
    return litmus.succeed();
  }

  @Override
  public String toString() {
    return declaredType();
  }
}
