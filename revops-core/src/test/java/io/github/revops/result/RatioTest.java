package io.github.revops.result;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
        assertThat(winRate).isNotEqualTo(Ratio.of(3, 5)).hasToString("12/20 (60.00 %)");
        // (130/3) / 100 = 0.4333...; (13000/3) / 100 = 43.333..., which is 4,333.33 %
        assertThat(Ratio.of(Rational.of(130, 3), Rational.of(100))).hasToString("(130/3)/100 (43.33 %)");
        assertThat(Ratio.of(Rational.of(13000, 3), Rational.of(100))).hasToString("(13000/3)/100 (4333.33 %)");
    }

    @Test
    void toString_showsThePartsAndThePercentRoundedHalfEvenToTwoDecimals() {
        assertThat(Ratio.of(0, 0)).hasToString("0/0 (undefined)");
        assertThat(Ratio.of(5, 0)).hasToString("5/0 (undefined)");
        assertThat(Ratio.of(-3, 20)).hasToString("-3/20 (-15.00 %)");
        assertThat(Ratio.of(1257, 2047)).hasToString("1257/2047 (61.41 %)");   // 61.4069...
        assertThat(Ratio.of(1, 800)).hasToString("1/800 (0.12 %)");             // 0.125: half-even, down to even
        assertThat(Ratio.of(3, 800)).hasToString("3/800 (0.38 %)");             // 0.375: half-even, up to even
        assertThat(Ratio.of(Rational.of(1, 384), Rational.of(6))).hasToString("(1/384)/6 (0.04 %)"); // 0.0434...
        assertThat(Ratio.of(Rational.of(5), Rational.of(-7, 2))).hasToString("5/(-7/2) (-142.86 %)");
    }

    @Test
    void percent_roundsAsAsked_andIsEmptyWhenUndefined() {
        assertThat(Ratio.of(1257, 2047).percent(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("61.4"));
        assertThat(Ratio.of(2, 3).percent(0, RoundingMode.DOWN)).contains(new BigDecimal("66"));
        assertThat(Ratio.of(2, 3).percent(2, RoundingMode.UP)).contains(new BigDecimal("66.67"));
        assertThat(Ratio.of(2, 3).percent(-1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("7E+1"));
        assertThat(Ratio.of(12, 20).percent(3, RoundingMode.UNNECESSARY)).contains(new BigDecimal("60.000"));
        assertThat(Ratio.of(0, 0).percent(1, RoundingMode.HALF_EVEN)).isEmpty();
        assertThat(Ratio.of(7, 0).percent(1, RoundingMode.HALF_EVEN)).isEmpty();
        assertThatThrownBy(() -> Ratio.of(1, 3).percent(2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Ratio.of(1, 3).percent(2, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rounding");
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

    @Test
    void dayAverage_toStringShowsTheRoundedMeanAndItsParts() {
        assertThat(DayAverage.of(4, 100)).hasToString("25.00 days (100 days / 4)");
        assertThat(DayAverage.of(1257, 61363)).hasToString("48.82 days (61363 days / 1257)");   // 48.8170...
        assertThat(DayAverage.of(8, 1)).hasToString("0.12 days (1 days / 8)");                  // 0.125, half-even
        assertThat(DayAverage.EMPTY).hasToString("undefined (0 days / 0)");
    }
}
