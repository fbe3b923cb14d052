package dev.aliendb.sql.parser.ast;

import java.util.Locale;

/**
 * SQLite's column affinity, derived from a declared type name by the rules of SQLite's
 * "Determination Of Column Affinity" (datatype3.html §3.1), applied in order:
 * contains "INT" → INTEGER; contains "CHAR", "CLOB" or "TEXT" → TEXT; contains "BLOB" or no type → BLOB;
 * contains "REAL", "FLOA" or "DOUB" → REAL; otherwise NUMERIC.
 */
public enum TypeAffinity {
  INTEGER, TEXT, BLOB, REAL, NUMERIC;

  /** Affinity of a declared type; {@code null} or blank (a typeless column) gives {@link #BLOB}. */
  public static TypeAffinity of(String declaredType) {
    if (declaredType == null || declaredType.isBlank()) {
      return BLOB;
    }
    String t = declaredType.toUpperCase(Locale.ROOT);
    if (t.contains("INT")) {
      return INTEGER;
    }
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
      return TEXT;
    }
    if (t.contains("BLOB")) {
      return BLOB;
    }
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
      return REAL;
    }
    return NUMERIC;
  }
}
