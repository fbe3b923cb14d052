package dev.aliendb.sql.command;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Recognizes the expression-free commands of {@link Command} with the ANTLR grammar Command.g4.
 * {@link #isCommandWord} is the cheap gate: only statements whose first word is a command word are
 * handed to ANTLR, so SELECT/INSERT/... never pay for it. Errors become SQLException 42000 with
 * SQLite's wording ("near "X": syntax error").
 */
public final class CommandRecognizer {
  private static final Set<String> COMMAND_WORDS = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
      "RELEASE", "PRAGMA", "CHECKPOINT", "VACUUM", "ANALYZE", "REINDEX", "ATTACH", "DETACH");
  private static final int LONGEST_WORD = 10;

  private CommandRecognizer() {}

  /** True when {@code sql.substring(start, end)} is a word that starts a command (any case). */
  public static boolean isCommandWord(String sql, int start, int end) {
    int length = end - start;
    return length <= LONGEST_WORD && length >= 3
        && COMMAND_WORDS.contains(sql.substring(start, end).toUpperCase(Locale.ROOT));
  }

  /** Parses one command (an optional trailing ";" is allowed). */
  public static Command parse(String sql) throws SQLException {
    CommandLexer lexer = new CommandLexer(CharStreams.fromString(sql));
    CommandParser parser = new CommandParser(new CommonTokenStream(lexer));
    lexer.removeErrorListeners();
    parser.removeErrorListeners();
    parser.addErrorListener(ThrowingListener.INSTANCE);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return build(parser.command());
    } catch (ParseCancellationException e) {
      throw new SQLException(e.getMessage(), "42000");
    }
  }

  private static Command build(CommandParser.CommandContext c) {
    if (c.begin() != null) {
      Token mode = c.begin().txMode;
      return new Command.Begin(mode == null ? Command.Begin.Mode.DEFERRED
          : Command.Begin.Mode.valueOf(mode.getText().toUpperCase(Locale.ROOT)));
    }
    if (c.commit() != null) {
      return new Command.Commit();
    }
    if (c.rollback() != null) {
      return new Command.Rollback(nameOrNull(c.rollback().name()));
    }
    if (c.savepoint() != null) {
      return new Command.Savepoint(name(c.savepoint().name()));
    }
    if (c.release() != null) {
      return new Command.Release(name(c.release().name()));
    }
    if (c.pragma() != null) {
      List<CommandParser.NameContext> parts = c.pragma().qualifiedName().name();
      String schema = parts.size() == 2 ? name(parts.get(0)) : null;
      return new Command.Pragma(schema, name(parts.get(parts.size() - 1)), pragmaValue(c.pragma().pragmaValue()));
    }
    if (c.checkpoint() != null) {
      String mode = nameOrNull(c.checkpoint().name());
      return new Command.Checkpoint(mode == null ? null : mode.toUpperCase(Locale.ROOT));
    }
    if (c.vacuum() != null) {
      return new Command.Vacuum(nameOrNull(c.vacuum().name()),
          c.vacuum().STRING() == null ? null : unquote(c.vacuum().STRING().getText()));
    }
    if (c.analyze() != null) {
      return new Command.Analyze(qualifiedOrNull(c.analyze().qualifiedName()));
    }
    if (c.reindex() != null) {
      return new Command.Reindex(qualifiedOrNull(c.reindex().qualifiedName()));
    }
    if (c.attach() != null) {
      return new Command.Attach(unquote(c.attach().STRING().getText()), name(c.attach().name()));
    }
    return new Command.Detach(name(c.detach().name()));
  }

  private static String pragmaValue(CommandParser.PragmaValueContext v) {
    if (v == null) {
      return null;
    }
    if (v.STRING() != null) {
      return unquote(v.STRING().getText());
    }
    if (v.name() != null) {
      return name(v.name());
    }
    return v.signedNumber().getText();
  }

  private static String qualifiedOrNull(CommandParser.QualifiedNameContext q) {
    if (q == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (CommandParser.NameContext part : q.name()) {
      b.append(b.isEmpty() ? "" : ".").append(name(part));
    }
    return b.toString();
  }

  private static String nameOrNull(CommandParser.NameContext n) {
    return n == null ? null : name(n);
  }

  private static String name(CommandParser.NameContext n) {
    return n.QUOTED_IDENTIFIER() == null ? n.getText() : unquote(n.getText());
  }

  /** Removes the outer quotes ('', "", ``, []) and undoubles embedded ones. */
  private static String unquote(String quoted) {
    char open = quoted.charAt(0);
    String body = quoted.substring(1, quoted.length() - 1);
    if (open == '[') {
      return body;
    }
    String q = String.valueOf(open);
    return body.replace(q + q, q);
  }

  /** Turns the first ANTLR syntax error into an exception with SQLite's wording. */
  private static final class ThrowingListener extends BaseErrorListener {
    static final ThrowingListener INSTANCE = new ThrowingListener();

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
        RecognitionException e) {
      String near = offendingSymbol instanceof Token t && t.getType() != Token.EOF ? t.getText() : null;
      String what = near == null ? "incomplete input" : "near \"" + near + "\": syntax error";
      throw new ParseCancellationException(what + " at line " + line + ", column " + (column + 1));
    }
  }
}
