package dev.aliendb.sql.eval;

import java.sql.SQLException;

/**
 * SQLite's LIKE and GLOB matching (func.c patternCompare). LIKE: '%' any sequence, '_' one character,
 * ASCII letters match case-insensitively, an optional single-character ESCAPE. GLOB: '*', '?', character
 * classes '[...]' with ranges and '^' negation, case-sensitive. Both work on code points; operands that
 * are not text are matched as their text rendering.
 */
final class Patterns {
    private Patterns() {
    }

    /** {@code s LIKE pattern ESCAPE esc}; esc 0 for none. */
    static boolean like(String pattern, String s, int esc) {
        return match(pattern, 0, s, 0, false, esc);
    }

    static boolean glob(Object pattern, Object s) {
        return match(Conversions.toText(pattern), 0, Conversions.toText(s), 0, true, 0);
    }

    /** The escape character of a LIKE ... ESCAPE operand: exactly one character. */
    static int escape(Object e) throws SQLException {
        String s = Conversions.toText(e);
        if (s.codePointCount(0, s.length()) != 1) {
            throw new SQLException("ESCAPE expression must be a single character", "22019");
        }
        return s.codePointAt(0);
    }

    /** like(pattern, string[, escape]) — the function form, arguments non-null. */
    static boolean likeFunction(Object[] a) throws SQLException {
        int esc = a.length > 2 ? escape(a[2]) : 0;
        return like(Conversions.toText(a[0]), Conversions.toText(a[1]), esc);
    }

    private static int fold(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static boolean match(String p, int pi, String s, int si, boolean glob, int esc) {
        int many = glob ? '*' : '%';
        int one = glob ? '?' : '_';
        while (pi < p.length()) {
            int c = p.codePointAt(pi);
            int cl = Character.charCount(c);
            if (c == many) {
                pi += cl;
                while (pi < p.length() && (p.codePointAt(pi) == many || p.codePointAt(pi) == one)) {
                    if (p.codePointAt(pi) == one) {
                        if (si >= s.length()) {
                            return false;
                        }
                        si += Character.charCount(s.codePointAt(si));
                    }
                    pi += Character.charCount(p.codePointAt(pi));
                }
                if (pi >= p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k += k < s.length() ? Character.charCount(s.codePointAt(k)) : 1) {
                    if (match(p, pi, s, k, glob, esc)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length()) {
                return false;
            }
            int sc = s.codePointAt(si);
            if (c == one) {
                pi += cl;
                si += Character.charCount(sc);
                continue;
            }
            if (glob && c == '[') {
                int end = classEnd(p, pi);
                if (end < 0) {
                    return false;
                }
                if (!inClass(p, pi + 1, end, sc)) {
                    return false;
                }
                pi = end + 1;
                si += Character.charCount(sc);
                continue;
            }
            if (!glob && esc != 0 && c == esc) {
                pi += cl;
                if (pi >= p.length()) {
                    return false;
                }
                c = p.codePointAt(pi);
                cl = Character.charCount(c);
            }
            boolean same = glob ? c == sc : fold(c) == fold(sc);
            if (!same) {
                return false;
            }
            pi += cl;
            si += Character.charCount(sc);
        }
        return si >= s.length();
    }

    /** Index of the ']' closing the class that starts at {@code start} ('['), or -1. */
    private static int classEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i++;
        }
        return i < p.length() ? i : -1;
    }

    private static boolean inClass(String p, int from, int end, int c) {
        boolean negate = false;
        int i = from;
        if (i < end && p.charAt(i) == '^') {
            negate = true;
            i++;
        }
        boolean found = false;
        boolean first = true;
        int prev = -1;
        while (i < end) {
            int pc = p.codePointAt(i);
            int n = Character.charCount(pc);
            if (pc == '-' && !first && prev >= 0 && i + n < end) {
                int hi = p.codePointAt(i + n);
                if (c >= prev && c <= hi) {
                    found = true;
                }
                i += n + Character.charCount(hi);
                prev = -1;
                first = false;
                continue;
            }
            if (pc == c) {
                found = true;
            }
            prev = pc;
            first = false;
            i += n;
        }
        return found != negate;
    }
}
