package dev.aliendb.engine.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of normalized engine values, biased toward edge cases (0, 1, 2^53, long bounds, NUL bytes). */
final class Values {
    private Values() {
    }

    static Arbitrary<Object> any() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                longs(),
                doubles(),
                texts(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(b -> (Object) b),
                decimals(),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
                Arbitraries.longs().between(-100_000, 3_000_000).map(d -> (Object) LocalDate.ofEpochDay(d)),
                Arbitraries.longs().between(0, 86_399_999_999_999L).map(n -> (Object) LocalTime.ofNanoOfDay(n)),
                Combinators.combine(Arbitraries.longs().between(-100_000, 2_900_000),
                                Arbitraries.longs().between(0, 86_399_999_999_999L))
                        .as((d, n) -> (Object) LocalDateTime.of(LocalDate.ofEpochDay(d), LocalTime.ofNanoOfDay(n))));
    }

    /** Numbers only, of all numeric classes, including values near each other across classes. */
    static Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(longs(), doubles(), decimals(), Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
                Arbitraries.longs().map(l -> (Object) (double) l),
                Arbitraries.longs().between(-5, 5).map(l -> (Object) BigDecimal.valueOf(l).setScale(2)));
    }

    static Arbitrary<Object> longs() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.longs().between(-300, 300).map(l -> (Object) l),
                Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53, (1L << 53) + 1,
                        -(1L << 53) - 1, 127L, 128L, -129L, 32768L, 8388608L, 1L << 31, 1L << 47));
    }

    static Arbitrary<Object> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.doubles().between(-1000, 1000).ofScale(3).map(d -> (Object) d),
                Arbitraries.of(0.0, -0.0, 1.0, 0.5, -0.5, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
                        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        9.223372036854775808E18, -9.223372036854775808E18, 9007199254740992.0, 1.0e20));
    }

    static Arbitrary<Object> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-10).pow(30), BigInteger.TEN.pow(30)),
                        Arbitraries.integers().between(-20, 40))
                .as((u, s) -> (Object) new BigDecimal(u, s));
    }

    static Arbitrary<Object> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.strings().withChars("ab\u0000\u00e9\uffff").ofMaxLength(5).map(s -> (Object) s),
                Arbitraries.strings().withCharRange('\ud800', '\udbff').ofMaxLength(1)
                        .map(s -> (Object) (s.isEmpty() ? "\ud83d\ude00" : s + "\udc00")));
    }
}
