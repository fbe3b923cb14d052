package dev.aliendb.sql.eval;

/**
 * SQLite's text-to-number scanners (sqlite3AtoF and sqlite3Atoi64), on Java strings. Both skip leading and
 * trailing white space, accept an optional sign, and convert the longest numeric prefix; their return codes
 * say how much of the text was numeric, which decides between INTEGER and REAL the way SQLite does.
 */
final class NumericText {
    /** atof: the whole text is an integer literal. */
    static final int PURE_INTEGER = 1;
    /** atof: the whole text is a number with a decimal point and/or exponent. */
    static final int PURE_REAL = 2;
    /** atof: not a number as a whole; some prefix (possibly empty) is an integer. */
    static final int INTEGER_PREFIX = 0;
    /** atof: not a number as a whole; a prefix with a decimal point and/or exponent is. */
    static final int REAL_PREFIX = -1;

    /** atoi64: the whole text is an integer that fits in 64 bits. */
    static final int INT_OK = 0;
    /** atoi64: text follows the integer (or there are no digits); the prefix fits in 64 bits. */
    static final int INT_EXTRA_TEXT = 1;
    /** atoi64: the integer does not fit in 64 bits; the value is clamped. */
    static final int INT_OVERFLOW = 2;

    private NumericText() {
    }

    /** Result of a scan: a return code and the value. */
    static final class Scan {
        int rc;
        double real;
        long integer;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** sqlite3AtoF: sets {@code out.real} to the value of the longest numeric prefix and {@code out.rc}. */
    static Scan atof(String s, Scan out) {
        int n = s.length();
        int i = skipSpace(s, 0);
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int mantissaDigits = i - digitsStart;
        boolean real = false;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            mantissaDigits += j - i - 1;
            if (mantissaDigits > 0) {
                real = true;
                i = j;
            }
        }
        if (mantissaDigits == 0) {
            out.real = 0.0;
            out.rc = INTEGER_PREFIX;
            return out;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                real = true;
                i = j;
            }
        }
        out.real = parsePrefix(s, start, i);
        int end = skipSpace(s, i);
        if (end == n) {
            out.rc = real ? PURE_REAL : PURE_INTEGER;
        } else {
            out.rc = real ? REAL_PREFIX : INTEGER_PREFIX;
        }
        return out;
    }

    private static double parsePrefix(String s, int from, int to) {
        String text = s.substring(from, to);
        if (text.endsWith(".")) {
            text = text + "0";
        }
        if (text.startsWith(".") || text.startsWith("+.") || text.startsWith("-.")) {
            text = text.replace(".", "0.");
        }
        return Double.parseDouble(text);
    }

    /** sqlite3Atoi64: sets {@code out.integer} to the integer prefix (clamped on overflow) and {@code out.rc}. */
    static Scan atoi64(String s, Scan out) {
        int n = s.length();
        int i = skipSpace(s, 0);
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long magnitude = 0;
        boolean overflow = false;
        while (i < n && isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            if (!overflow) {
                int limitDigit = negative ? 8 : 7;
                if (magnitude > Long.MAX_VALUE / 10 || (magnitude == Long.MAX_VALUE / 10 && d > limitDigit)) {
                    overflow = true;
                } else {
                    magnitude = magnitude * 10 + d; // 2^63 wraps to Long.MIN_VALUE, whose negation is itself
                }
            }
            i++;
        }
        boolean noDigits = i == digitsStart;
        int end = skipSpace(s, i);
        if (overflow) {
            out.integer = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            out.rc = INT_OVERFLOW;
            return out;
        }
        out.integer = negative ? -magnitude : magnitude;
        out.rc = noDigits || end != n ? INT_EXTRA_TEXT : INT_OK;
        return out;
    }
}
