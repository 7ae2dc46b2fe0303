package io.github.revops.internal;

import io.github.revops.domain.BillingInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Checks.within} and {@code Checks.sum} at their bounds, and the common monthly denominators of billing
 * intervals worked by hand (monthly factors: quarter 1/3, year 1/12, week 52/12 = 13/3, day 365/12).
 */
class RangeSumAndDenominatorTest {

    @Test
    void within_acceptsBothBounds_andNamesTheRangeOtherwise() {
        assertThat(Checks.within("months", 1, 1, 1_200)).isEqualTo(1);
        assertThat(Checks.within("months", 1_200, 1, 1_200)).isEqualTo(1_200);
        assertThatThrownBy(() -> Checks.within("months", 0, 1, 1_200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months (0) must be 1 to 1,200");
        assertThatThrownBy(() -> Checks.within("months", 1_201, 1, 1_200))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("months (1201) must be 1 to 1,200");
    }

    @Test
    void sum_addsExactly_andNamesAnOverflowInEitherDirection() {
        assertThat(Checks.sum("count", -5, 3)).isEqualTo(-2);
        assertThat(Checks.sum("count", Long.MAX_VALUE, -1)).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(Checks.sum("count", Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(Checks.sum("count", Long.MIN_VALUE, 0)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Checks.sum("count", Long.MAX_VALUE, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessage("count (9223372036854775807 + 1) overflows a long");
        assertThatThrownBy(() -> Checks.sum("count", Long.MIN_VALUE, -1)).isInstanceOf(ArithmeticException.class)
                .hasMessage("count (-9223372036854775808 + -1) overflows a long");
    }

    @Test
    void denominator_isTheLeastCommonMultipleOfTheFactorsDenominators() {
        assertThat(MonthlyNumerators.denominator(List.of())).isEqualTo(1);
        assertThat(MonthlyNumerators.denominator(List.of(BillingInterval.MONTH))).isEqualTo(1);
        assertThat(MonthlyNumerators.denominator(List.of(BillingInterval.QUARTER, BillingInterval.YEAR)))
                .isEqualTo(12);
        // 4 and 6: least common multiple 12, not their product 24
        assertThat(MonthlyNumerators.denominator(List.of(BillingInterval.everyMonths(4),
                BillingInterval.everyMonths(6)))).isEqualTo(12);
        assertThat(MonthlyNumerators.denominator(List.of(BillingInterval.WEEK, BillingInterval.everyMonths(5))))
                .isEqualTo(15);
        assertThat(MonthlyNumerators.denominator(12, BillingInterval.everyMonths(5))).isEqualTo(60);
        assertThat(MonthlyNumerators.denominator(12, BillingInterval.DAY)).isEqualTo(12);
    }

    @Test
    void perUnit_isTheMonthlyValueOfOneMinorUnitOverTheDenominator() {
        assertThat(MonthlyNumerators.perUnit(BillingInterval.MONTH, 12)).isEqualTo(12);
        assertThat(MonthlyNumerators.perUnit(BillingInterval.QUARTER, 12)).isEqualTo(4);
        assertThat(MonthlyNumerators.perUnit(BillingInterval.YEAR, 12)).isEqualTo(1);
        assertThat(MonthlyNumerators.perUnit(BillingInterval.WEEK, 12)).isEqualTo(52);
        assertThat(MonthlyNumerators.perUnit(BillingInterval.DAY, 12)).isEqualTo(365);
        assertThatThrownBy(() -> MonthlyNumerators.perUnit(BillingInterval.QUARTER, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator (10) must be a multiple of 3, the denominator of QUARTER's monthly factor");
    }
}
