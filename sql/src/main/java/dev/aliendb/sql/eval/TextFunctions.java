package dev.aliendb.sql.eval;

import java.nio.charset.StandardCharsets;

/**
 * Bodies of SQLite's text functions (func.c). Arguments are non-null unless stated; numbers are used as
 * their text rendering; lengths and positions count characters for text and bytes for blobs; upper/lower
 * change ASCII letters only, as SQLite does without ICU.
 */
final class TextFunctions {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TextFunctions() {
    }

    private static String text(Object v) {
        return Conversions.toText(v);
    }

    static Object length(Object v) {
        if (v instanceof byte[]) {
            return (long) ((byte[]) v).length;
        }
        String s = text(v);
        return (long) s.codePointCount(0, s.length());
    }

    static Object octetLength(Object v) {
        return (long) Conversions.toBlob(v).length;
    }

    static Object lower(Object v) {
        String s = text(v);
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    static Object upper(Object v) {
        String s = text(v);
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] = (char) (c[i] - 32);
            }
        }
        return new String(c);
    }

    /** substr(x, start[, length]) with SQLite's 1-based and negative start/length rules. */
    static Object substr(Object[] a) {
        Object x = a[0];
        long p1 = Conversions.toLong(Conversions.numeric(a[1]));
        long p2;
        boolean negativeLength = false;
        if (a.length == 3) {
            p2 = Conversions.toLong(Conversions.numeric(a[2]));
            if (p2 < 0) {
                p2 = -p2;
                negativeLength = true;
            }
        } else {
            p2 = Integer.MAX_VALUE;
        }
        boolean blob = x instanceof byte[];
        String s = blob ? null : text(x);
        long len = blob ? ((byte[]) x).length : s.codePointCount(0, s.length());
        if (p1 < 0) {
            p1 += len;
            if (p1 < 0) {
                p2 += p1;
                if (p2 < 0) {
                    p2 = 0;
                }
                p1 = 0;
            }
        } else if (p1 > 0) {
            p1--;
        } else if (p2 > 0) {
            p2--;
        }
        if (negativeLength) {
            p1 -= p2;
            if (p1 < 0) {
                p2 += p1;
                p1 = 0;
            }
        }
        long from = Math.min(p1, len);
        long to = Math.min(len, from + p2);
        if (blob) {
            byte[] b = (byte[]) x;
            byte[] r = new byte[(int) (to - from)];
            System.arraycopy(b, (int) from, r, 0, r.length);
            return r;
        }
        int start = s.offsetByCodePoints(0, (int) from);
        int end = s.offsetByCodePoints(start, (int) (to - from));
        return s.substring(start, end);
    }

    /** trim/ltrim/rtrim(x[, chars]): removes any of the characters in {@code chars} (default space). */
    static Object trim(Object[] a, boolean leading, boolean trailing) {
        String s = text(a[0]);
        String chars = a.length > 1 ? text(a[1]) : " ";
        int start = 0;
        int end = s.length();
        if (leading) {
            while (start < end && chars.indexOf(s.codePointAt(start)) >= 0) {
                start += Character.charCount(s.codePointAt(start));
            }
        }
        if (trailing) {
            while (end > start && chars.indexOf(s.codePointBefore(end)) >= 0) {
                end -= Character.charCount(s.codePointBefore(end));
            }
        }
        return s.substring(start, end);
    }

    static Object replace(Object[] a) {
        String s = text(a[0]);
        String pattern = text(a[1]);
        if (pattern.isEmpty()) {
            return a[0] instanceof byte[] ? a[0] : s;
        }
        return s.replace(pattern, text(a[2]));
    }

    /** instr(x, y): 1-based position of the first y in x, 0 when absent (bytes for two blobs). */
    static Object instr(Object x, Object y) {
        if (x instanceof byte[] && y instanceof byte[]) {
            byte[] h = (byte[]) x;
            byte[] n = (byte[]) y;
            for (int i = 0; i + n.length <= h.length; i++) {
                if (java.util.Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                    return (long) i + 1;
                }
            }
            return 0L;
        }
        String h = text(x);
        int i = h.indexOf(text(y));
        return i < 0 ? 0L : (long) h.codePointCount(0, i) + 1;
    }

    /** hex(x): upper-case hex of the blob, or of the UTF-8 text; '' for NULL. */
    static Object hex(Object v) {
        if (v == null) {
            return "";
        }
        byte[] b = Conversions.toBlob(v);
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    /** quote(x): the SQL literal for x. */
    static Object quote(Object v) {
        Object n = Conversions.normalize(v);
        if (n == null) {
            return "NULL";
        }
        if (n instanceof Long) {
            return n.toString();
        }
        if (n instanceof Double) {
            return quoteReal((Double) n);
        }
        if (n instanceof byte[]) {
            return "X'" + hex(n) + "'";
        }
        return "'" + ((String) n).replace("'", "''") + "'";
    }

    private static String quoteReal(double d) {
        String text = Conversions.realToText(d);
        if (Double.isInfinite(d)) {
            return d > 0 ? "9.0e+999" : "-9.0e+999";
        }
        if (NumericText.atof(text, new NumericText.Scan()).real == d) {
            return text;
        }
        return Printf.exponent(d, 18);
    }

    static Object unicode(Object v) {
        String s = text(v);
        return s.isEmpty() ? null : (Object) (long) s.codePointAt(0);
    }

    /** char(c1, c2, ...): the string of those code points (invalid ones become U+FFFD). */
    static Object chars(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (Object v : a) {
            long c = v == null ? 0 : Conversions.toLong(Conversions.numeric(v));
            if (c < 0 || c > 0x10FFFF) {
                c = 0xFFFD;
            }
            sb.appendCodePoint((int) c);
        }
        return sb.toString();
    }

    static Object concat(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (Object v : a) {
            if (v != null) {
                sb.append(text(v));
            }
        }
        return sb.toString();
    }

    static Object concatWs(Object[] a) {
        if (a[0] == null) {
            return null;
        }
        String sep = text(a[0]);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.length; i++) {
            if (a[i] != null) {
                if (!first) {
                    sb.append(sep);
                }
                sb.append(text(a[i]));
                first = false;
            }
        }
        return sb.toString();
    }

    /** {@code a || b}: NULL if either is NULL, else the concatenated text. */
    static Object concat2(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        return text(a).concat(text(b));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
