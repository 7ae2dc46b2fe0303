package io.github.revops.internal;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Units added past the range of a long stay exact, in both directions and in units of a hundredth. */
class ExactSumOverflowTest {

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

    @Test
    void addUnits_pastLongMaxAndMin_keepsTheExactSum() {
        ExactSum up = ExactSum.ofWholes();
        up.addUnits(Long.MAX_VALUE);
        up.addUnits(1);
        up.addUnits(Long.MAX_VALUE);
        assertThat(up.value()).isEqualTo(Rational.of(MAX.add(BigInteger.ONE).add(MAX), BigInteger.ONE));

        ExactSum down = ExactSum.ofWholes();
        down.addUnits(Long.MIN_VALUE);
        down.addUnits(-1);
        assertThat(down.value()).isEqualTo(Rational.of(MIN.subtract(BigInteger.ONE), BigInteger.ONE));
        assertThat(down.signum()).isEqualTo(-1);
    }

    @Test
    void addUnits_inHundredths_pastLongMax_keepsTheExactSum() {
        ExactSum cents = ExactSum.inUnitsOf(100);
        cents.addUnits(Long.MAX_VALUE);
        cents.addUnits(Long.MAX_VALUE);
        cents.addUnits(-3);
        assertThat(cents.value()).isEqualTo(Rational.of(MAX.add(MAX).subtract(BigInteger.valueOf(3)),
                BigInteger.valueOf(100)));
    }
}
