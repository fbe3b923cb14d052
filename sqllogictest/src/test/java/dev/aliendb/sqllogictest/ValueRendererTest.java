package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueRendererTest {

    @Test
    void nullIsNullForEveryType() {
        assertEquals("NULL", ValueRenderer.render(null, 'I'));
        assertEquals("NULL", ValueRenderer.render(null, 'R'));
        assertEquals("NULL", ValueRenderer.render(null, 'T'));
    }

    @Test
    void integerColumnsConvertLikeSqliteColumnInt64() {
        assertEquals("42", ValueRenderer.render(42, 'I'));
        assertEquals("-9223372036854775808", ValueRenderer.render(Long.MIN_VALUE, 'I'));
        assertEquals("-2", ValueRenderer.render(-2.9, 'I'));
        assertEquals("9223372036854775807", ValueRenderer.render(1e30, 'I'));
        assertEquals("12", ValueRenderer.render("  12abc", 'I'));
        assertEquals("-7", ValueRenderer.render("-7.9", 'I'));
        assertEquals("0", ValueRenderer.render("abc", 'I'));
        assertEquals("0", ValueRenderer.render("", 'I'));
        assertEquals("3", ValueRenderer.render(new BigDecimal("3.99"), 'I'));
        assertEquals("1", ValueRenderer.render(true, 'I'));
    }

    @Test
    void realColumnsPrintThreeDecimals() {
        assertEquals("1.000", ValueRenderer.render(1, 'R'));
        assertEquals("-0.500", ValueRenderer.render(-0.5, 'R'));
        assertEquals("0.667", ValueRenderer.render(2.0 / 3, 'R'));
        assertEquals("-0.000", ValueRenderer.render(-0.0001, 'R'));
        assertEquals("0.000", ValueRenderer.render(-0.0, 'R'));
        assertEquals("12.500", ValueRenderer.render("12.5x", 'R'));
        assertEquals("0.000", ValueRenderer.render("x", 'R'));
        assertEquals("100000000000000000000.000", ValueRenderer.render(1e20, 'R'));
    }

    @Test
    void textColumnsMarkEmptyAndNonPrintable() {
        assertEquals("(empty)", ValueRenderer.render("", 'T'));
        assertEquals("a b", ValueRenderer.render("a b", 'T'));
        assertEquals("a@b", ValueRenderer.render("a\tb", 'T'));
        assertEquals("@@x", ValueRenderer.render("\u00e9x", 'T'));
        assertEquals("@A", ValueRenderer.render(new byte[] {(byte) 0x80, 'A'}, 'T'));
        assertEquals("7", ValueRenderer.render(7L, 'T'));
    }

    @Test
    void realsAsTextFollowSqlitesFifteenDigitFormat() {
        assertEquals("1.0", ValueRenderer.realText(1.0));
        assertEquals("0.1", ValueRenderer.realText(0.1));
        assertEquals("-2.5", ValueRenderer.realText(-2.5));
        assertEquals("123456789012345.0", ValueRenderer.realText(123456789012345.0));
        assertEquals("1.0e+15", ValueRenderer.realText(1e15));
        assertEquals("1.0e+20", ValueRenderer.realText(1e20));
        assertEquals("0.0001", ValueRenderer.realText(0.0001));
        assertEquals("1.0e-05", ValueRenderer.realText(0.00001));
        assertEquals("0.333333333333333", ValueRenderer.realText(1.0 / 3));
        assertEquals("0.0", ValueRenderer.realText(0.0));
    }
}
