package dev.aliendb.sql.eval;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.type.SqlReturnTypeInference;

/**
 * SQLite's scalar functions: their Calcite declarations (name, arity, result type) and how each compiles
 * to an {@link Expr} over already-compiled argument expressions. Argument conversions, NULL handling
 * and results follow SQLite's func.c (see {@link TextFunctions} and {@link NumberFunctions} for the
 * bodies). Aggregates are in {@link Aggregates}.
 */
final class ScalarFunctions {
    private ScalarFunctions() {
    }

    /** Compiles a call given its compiled arguments. */
    @FunctionalInterface
    interface Compiler {
        Expr compile(Expr[] args) throws SQLException;
    }

    /** A function body over evaluated arguments. */
    @FunctionalInterface
    interface Body {
        Object apply(Object[] args) throws SQLException;
    }

    /** A one-argument function body. */
    @FunctionalInterface
    interface Body1 {
        Object apply(Object a) throws SQLException;
    }

    /** A two-argument function body. */
    @FunctionalInterface
    interface Body2 {
        Object apply(Object a, Object b) throws SQLException;
    }

    /** A declared function and its compiler. */
    record Definition(SqlFunction operator, Compiler compiler) {
    }

    private static final List<Definition> DEFINITIONS = new ArrayList<>();

    static List<Definition> definitions() {
        return DEFINITIONS;
    }

    /** The compiler of the SQLite function with this name and arity, or null. */
    static Compiler byName(String name, int argc) {
        for (Definition d : DEFINITIONS) {
            if (d.operator().getName().equalsIgnoreCase(name) && d.operator().getOperandCountRange().isValidCount(argc)) {
                return d.compiler();
            }
        }
        return null;
    }

    private static void define(String name, int min, int max, SqlReturnTypeInference returns, Compiler c) {
        DEFINITIONS.add(new Definition(SqliteOperators.function(name, min, max, returns), c));
    }

    private static void defineVolatile(String name, int min, int max, SqlReturnTypeInference returns,
                                       Compiler c) {
        DEFINITIONS.add(new Definition(SqliteOperators.volatileFunction(name, min, max, returns), c));
    }

    /** NULL in any argument gives NULL; otherwise the body decides. */
    static Compiler strict1(Body1 body) {
        return args -> {
            Expr a = args[0];
            return (row, ctx) -> {
                Object x = a.eval(row, ctx);
                return x == null ? null : body.apply(x);
            };
        };
    }

    static Compiler strict2(Body2 body) {
        return args -> {
            Expr a = args[0];
            Expr b = args[1];
            return (row, ctx) -> {
                Object x = a.eval(row, ctx);
                if (x == null) {
                    return null;
                }
                Object y = b.eval(row, ctx);
                return y == null ? null : body.apply(x, y);
            };
        };
    }

    /** Evaluates all arguments, then applies the body (which sees NULLs). */
    static Compiler all(Body body) {
        return args -> (row, ctx) -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(row, ctx);
            }
            return body.apply(values);
        };
    }

    /** Evaluates all arguments; NULL in any gives NULL. */
    static Compiler strictAll(Body body) {
        return args -> (row, ctx) -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                Object v = args[i].eval(row, ctx);
                if (v == null) {
                    return null;
                }
                values[i] = v;
            }
            return body.apply(values);
        };
    }

    /** The first non-NULL argument, evaluating no further. */
    static Expr coalesce(Expr[] args) {
        return (row, ctx) -> {
            for (Expr e : args) {
                Object v = e.eval(row, ctx);
                if (v != null) {
                    return v;
                }
            }
            return null;
        };
    }

    private static final Compiler COALESCE = ScalarFunctions::coalesce;

    private static final Compiler IDENTITY = args -> args[0];

    static {
        define("ABS", 1, 1, SqliteOperators.ANY, strict1(NumberFunctions::abs));
        define("COALESCE", 1, -1, SqliteOperators.ANY, COALESCE);
        define("IFNULL", 2, 2, SqliteOperators.ANY, COALESCE);
        define("NULLIF", 2, 2, SqliteOperators.ANY, all(a -> a[0] != null && a[1] != null
                && SqlValues.compare(a[0], a[1]) == 0 ? null : a[0]));
        define("IIF", 3, 3, SqliteOperators.ANY, args -> (row, ctx) ->
                SqlValues.isTrue(args[0].eval(row, ctx)) ? args[1].eval(row, ctx) : args[2].eval(row, ctx));
        define("LIKELY", 1, 1, SqliteOperators.FIRST, IDENTITY);
        define("UNLIKELY", 1, 1, SqliteOperators.FIRST, IDENTITY);
        define("LIKELIHOOD", 2, 2, SqliteOperators.FIRST, IDENTITY);
        define("TYPEOF", 1, 1, SqliteOperators.TEXT, all(a -> SqlValues.typeName(a[0])));
        define("LENGTH", 1, 1, SqliteOperators.INTEGER, strict1(TextFunctions::length));
        define("OCTET_LENGTH", 1, 1, SqliteOperators.INTEGER, strict1(TextFunctions::octetLength));
        define("LOWER", 1, 1, SqliteOperators.TEXT, strict1(TextFunctions::lower));
        define("UPPER", 1, 1, SqliteOperators.TEXT, strict1(TextFunctions::upper));
        define("SUBSTR", 2, 3, SqliteOperators.TEXT, strictAll(TextFunctions::substr));
        define("SUBSTRING", 2, 3, SqliteOperators.TEXT, strictAll(TextFunctions::substr));
        define("TRIM", 1, 2, SqliteOperators.TEXT, strictAll(a -> TextFunctions.trim(a, true, true)));
        define("LTRIM", 1, 2, SqliteOperators.TEXT, strictAll(a -> TextFunctions.trim(a, true, false)));
        define("RTRIM", 1, 2, SqliteOperators.TEXT, strictAll(a -> TextFunctions.trim(a, false, true)));
        define("REPLACE", 3, 3, SqliteOperators.TEXT, strictAll(TextFunctions::replace));
        define("INSTR", 2, 2, SqliteOperators.INTEGER, strict2(TextFunctions::instr));
        define("HEX", 1, 1, SqliteOperators.TEXT, all(a -> TextFunctions.hex(a[0])));
        define("QUOTE", 1, 1, SqliteOperators.TEXT, all(a -> TextFunctions.quote(a[0])));
        define("UNICODE", 1, 1, SqliteOperators.INTEGER, strict1(TextFunctions::unicode));
        define("CHAR", 0, -1, SqliteOperators.TEXT, all(TextFunctions::chars));
        define("CONCAT", 1, -1, SqliteOperators.TEXT, all(TextFunctions::concat));
        define("CONCAT_WS", 2, -1, SqliteOperators.TEXT, all(TextFunctions::concatWs));
        define("PRINTF", 0, -1, SqliteOperators.TEXT, all(Printf::format));
        define("FORMAT", 0, -1, SqliteOperators.TEXT, all(Printf::format));
        define("ROUND", 1, 2, SqliteOperators.REAL, all(NumberFunctions::round));
        define("SIGN", 1, 1, SqliteOperators.INTEGER, strict1(NumberFunctions::sign));
        define("ZEROBLOB", 1, 1, SqliteOperators.BLOB, strict1(NumberFunctions::zeroblob));
        define("MIN", 2, -1, SqliteOperators.ANY, strictAll(a -> NumberFunctions.extreme(a, -1)));
        define("MAX", 2, -1, SqliteOperators.ANY, strictAll(a -> NumberFunctions.extreme(a, 1)));
        define("GLOB", 2, 2, SqliteOperators.INTEGER, strict2((p, s) -> Patterns.glob(p, s) ? 1L : 0L));
        define("LIKE", 2, 3, SqliteOperators.INTEGER, strictAll(a -> Patterns.likeFunction(a) ? 1L : 0L));
        defineVolatile("RANDOM", 0, 0, SqliteOperators.INTEGER, args -> (row, ctx) -> NumberFunctions.random());
        defineVolatile("RANDOMBLOB", 1, 1, SqliteOperators.BLOB, strict1(NumberFunctions::randomblob));
    }
}
