package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every record of SQLite's sqllogictest scripts that SQLite is expected to run ("statement ok" and
 * "query", minus "skipif sqlite" / "onlyif other-engine") parses, for the evidence files and a sample of
 * the generated ones (first 300 records each). Scripts come from the net.hydromatic:sql-logic-test jar.
 */
class SltParseAcceptanceTest {
  private static final int RECORDS_PER_FILE = 300;

  @ParameterizedTest
  @ValueSource(strings = {
      "evidence/in1.test", "evidence/in2.test", "evidence/slt_lang_aggfunc.test",
      "evidence/slt_lang_createtrigger.test", "evidence/slt_lang_createview.test",
      "evidence/slt_lang_dropindex.test", "evidence/slt_lang_droptable.test",
      "evidence/slt_lang_droptrigger.test", "evidence/slt_lang_dropview.test", "evidence/slt_lang_reindex.test",
      "evidence/slt_lang_replace.test", "evidence/slt_lang_update.test",
      "select1.test", "select4.test", "random/expr/slt_good_0.test", "random/aggregates/slt_good_0.test",
      "index/between/10/slt_good_0.test", "index/in/10/slt_good_0.test", "index/view/10/slt_good_1.test",
  })
  void expectedToSucceedRecordsParse(String file) throws IOException {
    List<String> statements = succeedingRecords("test/" + file);
    assertTrue(statements.size() > 0, file + " has records");
    List<String> failures = new ArrayList<>();
    for (String sql : statements) {
      try {
        assertNotNull(AlienParser.parse(sql));
      } catch (SQLException e) {
        failures.add(e.getMessage() + " <- " + sql);
      }
    }
    assertEquals(List.of(), failures);
  }

  /** SQL of the first records SQLite must execute without error. */
  private static List<String> succeedingRecords(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = SltParseAcceptanceTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean skip = false;
      String line;
      while ((line = reader.readLine()) != null && out.size() < RECORDS_PER_FILE) {
        line = line.trim();
        if (line.startsWith("skipif sqlite") || (line.startsWith("onlyif") && !line.contains("sqlite"))) {
          skip = true;
        } else if (line.startsWith("statement ok") || line.startsWith("query")) {
          String sql = readSql(reader);
          if (!skip) {
            out.add(sql);
          }
          skip = false;
        } else if (line.isEmpty() || line.startsWith("statement error")) {
          skip = false;
        }
      }
    }
    return out;
  }

  private static String readSql(BufferedReader reader) throws IOException {
    StringBuilder sql = new StringBuilder();
    String line;
    while ((line = reader.readLine()) != null && !line.isBlank() && !line.startsWith("----")) {
      sql.append(line).append('\n');
    }
    return sql.toString();
  }
}
