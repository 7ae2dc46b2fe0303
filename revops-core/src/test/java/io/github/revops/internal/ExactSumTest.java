package io.github.revops.internal;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ExactSum}: whole units and fractions summed exactly, worked by hand. */
class ExactSumTest {

    @Test
    void wholesAndFractions_addExactly() {
        ExactSum sum = ExactSum.ofWholes();
        sum.add(Rational.of(3));
        sum.add(Rational.of(1, 2));
        sum.addUnits(2);
        sum.add(Rational.ZERO);
        assertThat(sum.value()).isEqualTo(Rational.of(11, 2));
    }

    @Test
    void minorUnits_areCountedPerOne() {
        ExactSum cents = ExactSum.inUnitsOf(100);
        cents.addUnits(2595);
        assertThat(cents.value()).isEqualTo(Rational.of(519, 20));
        // 25.95 + 1/3 = 1557/60 + 20/60
        cents.add(Rational.of(1, 3));
        assertThat(cents.value()).isEqualTo(Rational.of(1577, 60));
        // a whole value in a sum of hundredths is a value, not a count of hundredths
        cents.add(Rational.of(1));
        assertThat(cents.value()).isEqualTo(Rational.of(1637, 60));
    }

    @Test
    void wholesBeyondALong_stayExact() {
        // 2^62 has 63 bits: twice it is 2^63, one past Long.MAX_VALUE; 2^63 itself has 64 bits
        BigInteger twoTo62 = BigInteger.TWO.pow(62);
        ExactSum sum = ExactSum.ofWholes();
        sum.add(Rational.of(twoTo62, BigInteger.ONE));
        sum.add(Rational.of(twoTo62, BigInteger.ONE));
        assertThat(sum.value()).isEqualTo(Rational.of(BigInteger.TWO.pow(63), BigInteger.ONE));
        ExactSum big = ExactSum.ofWholes();
        big.add(Rational.of(BigInteger.TWO.pow(63), BigInteger.ONE));
        big.add(Rational.of(Long.MAX_VALUE / 2));
        assertThat(big.value()).isEqualTo(Rational.of(BigInteger.TWO.pow(63).add(BigInteger.valueOf(Long.MAX_VALUE / 2)),
                BigInteger.ONE));
        assertThat(big.signum()).isEqualTo(1);
    }

    @Test
    void addAll_mergesUnitsAndFractions_ofTheSameUnit() {
        ExactSum a = ExactSum.inUnitsOf(100);
        a.addUnits(150);
        ExactSum b = ExactSum.inUnitsOf(100);
        b.addUnits(-50);
        b.add(Rational.of(1, 4));
        a.addAll(b);
        assertThat(a.value()).isEqualTo(Rational.of(5, 4));   // 1.50 - 0.50 + 0.25
        ExactSum fractionsOnly = ExactSum.inUnitsOf(100);
        fractionsOnly.add(Rational.of(1, 3));
        ExactSum empty = ExactSum.inUnitsOf(100);
        empty.addAll(fractionsOnly);
        assertThat(empty.value()).isEqualTo(Rational.of(1, 3));
        assertThatThrownBy(() -> a.addAll(ExactSum.ofWholes())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sums in units of 1/100 and 1/1 do not add");
    }

    @Test
    void signum_weighsUnitsAgainstFractions() {
        ExactSum sum = ExactSum.ofWholes();
        assertThat(sum.signum()).isZero();
        assertThat(sum.value()).isEqualTo(Rational.ZERO);
        sum.addUnits(-2);
        assertThat(sum.signum()).isEqualTo(-1);
        sum.add(Rational.of(5, 2));           // -2 + 5/2 = 1/2
        assertThat(sum.signum()).isEqualTo(1);
        sum.add(Rational.of(-1));             // -1/2 (the whole -1 goes to the units)
        assertThat(sum.signum()).isEqualTo(-1);
        assertThat(sum.value()).isEqualTo(Rational.of(-1, 2));
        ExactSum balanced = ExactSum.ofWholes();
        balanced.addUnits(1);
        balanced.add(Rational.of(-1, 2));
        balanced.add(Rational.of(-1, 2));
        assertThat(balanced.signum()).isZero();
    }

    @Test
    void unitsPerOne_isAtLeastOne() {
        assertThat(ExactSum.inUnitsOf(1).value()).isEqualTo(Rational.ZERO);
        assertThatThrownBy(() -> ExactSum.inUnitsOf(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitsPerOne (0) must be >= 1");
    }

    @Test
    void unitsBeyondALong_stayExact_neverWrap() {
        ExactSum sum = ExactSum.ofWholes();
        sum.addUnits(Long.MAX_VALUE);
        sum.addUnits(1);
        sum.addUnits(Long.MIN_VALUE);
        sum.addUnits(Long.MIN_VALUE);
        assertThat(sum.value()).isEqualTo(Rational.of(Long.MIN_VALUE));
        ExactSum thirds = ExactSum.inUnitsOf(3);
        thirds.addUnits(Long.MAX_VALUE);
        thirds.addUnits(2);
        assertThat(thirds.value()).isEqualTo(Rational.of(BigInteger.valueOf(Long.MAX_VALUE).add(
                BigInteger.TWO), BigInteger.valueOf(3)));
    }
}
