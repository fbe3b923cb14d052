package dev.aliendb.sql.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;

/**
 * SQLite's printf()/format() for the common conversions: %d %i %u %f %e %E %g %G %x %X %o %c %s %q %Q %%
 * with flags '-', '+', ' ', '0', '!', a width and a precision (either may be '*'). Arguments convert as
 * SQLite converts them (integers by numeric prefix, NULL as 0 / ''). Also the number formatting used
 * elsewhere: {@link #general} ("%!.15g" renders REAL as text) and {@link #exponent}.
 */
final class Printf {
    private Printf() {
    }

    /** printf(format, args...); NULL format gives NULL. */
    static Object format(Object[] a) throws SQLException {
        if (a.length == 0 || a[0] == null) {
            return null;
        }
        String f = Conversions.toText(a[0]);
        StringBuilder out = new StringBuilder();
        int arg = 1;
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean zero = false;
            boolean bang = false;
            for (; i < f.length(); i++) {
                char flag = f.charAt(i);
                if (flag == '-') {
                    left = true;
                } else if (flag == '+') {
                    plus = true;
                } else if (flag == ' ') {
                    space = true;
                } else if (flag == '0') {
                    zero = true;
                } else if (flag == '!') {
                    bang = true;
                } else if (flag != '#' && flag != ',') {
                    break;
                }
            }
            int width = 0;
            if (i < f.length() && f.charAt(i) == '*') {
                width = (int) intArg(a, arg++);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    width = width * 10 + (f.charAt(i++) - '0');
                }
            }
            int precision = -1;
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    precision = (int) Math.max(0, intArg(a, arg++));
                    i++;
                } else {
                    precision = 0;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) {
                        precision = precision * 10 + (f.charAt(i++) - '0');
                    }
                }
            }
            while (i < f.length() && (f.charAt(i) == 'l' || f.charAt(i) == 'h')) {
                i++;
            }
            if (i >= f.length()) {
                break;
            }
            char conv = f.charAt(i++);
            if (width > NumberFunctions.MAX_LENGTH || precision > NumberFunctions.MAX_LENGTH) {
                throw new SQLException("string or blob too big", "54000");
            }
            String body;
            boolean numeric = true;
            switch (conv) {
                case '%':
                    out.append('%');
                    continue;
                case 'd':
                case 'i':
                case 'u': {
                    long v = intArg(a, arg++);
                    String digits = v < 0 ? Long.toString(v).substring(1) : Long.toString(v);
                    if (precision > digits.length()) {
                        digits = "0".repeat(precision - digits.length()) + digits;
                    }
                    body = sign(v < 0, plus, space) + digits;
                    break;
                }
                case 'x':
                case 'X':
                case 'o': {
                    long v = intArg(a, arg++);
                    String digits = conv == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
                    body = conv == 'X' ? digits.toUpperCase(java.util.Locale.ROOT) : digits;
                    break;
                }
                case 'f':
                case 'F': {
                    double v = realArg(a, arg++);
                    body = fixed(v, precision < 0 ? 6 : precision, plus, space);
                    break;
                }
                case 'e':
                case 'E': {
                    double v = realArg(a, arg++);
                    body = sign(v < 0, plus, space) + exponent(Math.abs(v), precision < 0 ? 6 : precision);
                    body = conv == 'E' ? body.toUpperCase(java.util.Locale.ROOT) : body;
                    break;
                }
                case 'g':
                case 'G': {
                    double v = realArg(a, arg++);
                    body = sign(v < 0, plus, space) + general(Math.abs(v), precision < 0 ? 6 : precision, bang);
                    body = conv == 'G' ? body.toUpperCase(java.util.Locale.ROOT) : body;
                    break;
                }
                case 'c': {
                    String s = textArg(a, arg++);
                    body = s.isEmpty() ? "" : s.substring(0, Character.charCount(s.codePointAt(0)));
                    numeric = false;
                    break;
                }
                case 's':
                case 'z': {
                    Object v = arg < a.length ? a[arg] : null;
                    arg++;
                    String s = v == null ? "" : Conversions.toText(v);
                    body = precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                    numeric = false;
                    break;
                }
                case 'q':
                case 'Q': {
                    Object v = arg < a.length ? a[arg] : null;
                    arg++;
                    body = v == null ? (conv == 'Q' ? "NULL" : "(NULL)")
                            : (conv == 'Q' ? "'" : "") + Conversions.toText(v).replace("'", "''")
                            + (conv == 'Q' ? "'" : "");
                    numeric = false;
                    break;
                }
                default:
                    throw new SQLException("unsupported printf conversion %" + conv, "22023");
            }
            out.append(pad(body, width, left, zero && numeric && !left));
        }
        return out.toString();
    }

    private static String sign(boolean negative, boolean plus, boolean space) {
        return negative ? "-" : plus ? "+" : space ? " " : "";
    }

    private static String pad(String body, int width, boolean left, boolean zero) {
        if (body.length() >= width) {
            return body;
        }
        String fill = (zero ? "0" : " ").repeat(width - body.length());
        if (left) {
            return body + fill;
        }
        if (zero && !body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+' || body.charAt(0) == ' ')) {
            return body.charAt(0) + fill + body.substring(1);
        }
        return fill + body;
    }

    private static long intArg(Object[] a, int i) {
        return i < a.length && a[i] != null ? Conversions.toLong(Conversions.numeric(a[i])) : 0;
    }

    private static double realArg(Object[] a, int i) {
        return i < a.length && a[i] != null ? Conversions.toDouble(a[i]) : 0.0;
    }

    private static String textArg(Object[] a, int i) {
        return i < a.length && a[i] != null ? Conversions.toText(a[i]) : "";
    }

    /** "%.Nf" of v. */
    static String fixed(double v, int precision, boolean plus, boolean space) {
        if (Double.isInfinite(v)) {
            return sign(v < 0, plus, space) + "Inf";
        }
        BigDecimal d = new BigDecimal(v).setScale(precision, RoundingMode.HALF_UP);
        String s = d.abs().toPlainString();
        return sign(v < 0, plus, space) + s;
    }

    /** "%.Ne" of a non-negative v: d.ddd...e+XX with at least two exponent digits. */
    static String exponent(double v, int precision) {
        if (Double.isInfinite(v)) {
            return "Inf";
        }
        if (v == 0) {
            return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(precision + 1, RoundingMode.HALF_UP));
        int exp = d.precision() - d.scale() - 1;
        String digits = d.unscaledValue().abs().toString();
        digits = digits.length() < precision + 1 ? digits + "0".repeat(precision + 1 - digits.length())
                : digits.substring(0, precision + 1);
        return digits.charAt(0) + (precision > 0 ? "." + digits.substring(1) : "") + exponentSuffix(exp);
    }

    private static String exponentSuffix(int exp) {
        int e = Math.abs(exp);
        return "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }

    /**
     * "%.Ng" of v (sign included), trailing zeros removed; with {@code bang} (SQLite's '!' flag) a
     * decimal point and one digit are always kept ("1.0", "1.0e+20").
     */
    static String general(double v, int precision, boolean bang) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        int p = Math.max(precision, 1);
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        if (v == 0) {
            return sign + (bang ? "0.0" : "0");
        }
        BigDecimal rounded = new BigDecimal(Math.abs(v)).round(new MathContext(p, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        int exp = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().toString();
        if (exp < -4 || exp >= p) {
            String fraction = digits.length() > 1 ? "." + digits.substring(1) : bang ? ".0" : "";
            return sign + digits.charAt(0) + fraction + exponentSuffix(exp);
        }
        String plain = rounded.toPlainString();
        return sign + (plain.indexOf('.') < 0 && bang ? plain + ".0" : plain);
    }
}
