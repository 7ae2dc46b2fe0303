package io.github.revops.result;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatioTest {

    @Test
    void keepsItsPartsAsComputed() {
        Ratio winRate = Ratio.of(12, 20);
        assertThat(winRate.numerator()).isEqualTo(Rational.of(12));
        assertThat(winRate.denominator()).isEqualTo(Rational.of(20));
        assertThat(winRate.exactValue()).contains(Rational.of(3, 5));
        assertThat(winRate.value()).hasValue(0.6);
        assertThat(winRate.toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.60");
        assertThat(winRate).isNotEqualTo(Ratio.of(3, 5)).hasToString("12/20");
        assertThat(Ratio.of(Rational.of(13000, 3), Rational.of(100))).hasToString("(13000/3)/100");
    }

    @Test
    void zeroDenominatorIsUndefinedNeverNaNOrZero() {
        Ratio nothingClosed = Ratio.of(0, 0);
        assertThat(nothingClosed.isDefined()).isFalse();
        assertThat(nothingClosed.value()).isEmpty();
        assertThat(nothingClosed.exactValue()).isEmpty();
        assertThat(Ratio.of(5, 0).value()).isEmpty();
        assertThatThrownBy(() -> nothingClosed.toBigDecimal(2, RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalStateException.class).hasMessage("ratio 0/0 is undefined (denominator 0)");
    }

    @Test
    void combineAddsParts() {
        assertThat(Ratio.of(3, 5).combine(Ratio.of(9, 15))).isEqualTo(Ratio.of(12, 20));
        assertThat(Ratio.EMPTY.combine(Ratio.of(1, 2))).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void dayAverage_meanIsExact() {
        DayAverage a = DayAverage.of(4, 100);
        assertThat(a.mean()).contains(Rational.of(25));
        assertThat(DayAverage.of(3, 10).mean()).contains(Rational.of(10, 3));
        assertThat(DayAverage.EMPTY.mean()).isEmpty();
        assertThat(a.combine(DayAverage.of(1, 5))).isEqualTo(DayAverage.of(5, 105));
        assertThat(a.toRatio()).isEqualTo(Ratio.of(100, 4));
        assertThatThrownBy(() -> DayAverage.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count (-1) must be >= 0");
    }
}
