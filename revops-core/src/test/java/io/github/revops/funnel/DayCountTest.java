package io.github.revops.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The day count between two epoch days: every count an int holds, and an error one day beyond. */
class DayCountTest {

    @Test
    void theLargestIntIsStillADayCountOneMoreIsNot() {
        assertThat(FunnelKernel.days(-1, Integer.MAX_VALUE - 1L)).isEqualTo(Integer.MAX_VALUE);
        assertThat(FunnelKernel.days(10, 10)).isZero();
        assertThatThrownBy(() -> FunnelKernel.days(-1, Integer.MAX_VALUE))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageEndingWith("(2147483648) exceed the range of a day count");
    }
}
