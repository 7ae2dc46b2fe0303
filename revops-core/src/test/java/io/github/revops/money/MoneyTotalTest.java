package io.github.revops.money;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Money.total}: the exact sum, and a null amount named by its position. */
class MoneyTotalTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void total_addsEveryAmount_andNamesANullByItsPosition() {
        assertThat(Money.total(USD, Arrays.asList(Money.ofMinor(USD, 150), Money.ofMinor(USD, -25),
                Money.ofMinor(USD, 1)))).isEqualTo(Money.ofMinor(USD, 126));
        assertThatThrownBy(() -> Money.total(USD, Arrays.asList(Money.ofMinor(USD, 1), Money.ofMinor(USD, 2), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("amounts[2]");
        assertThatThrownBy(() -> Money.total(USD, Arrays.asList((Money) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("amounts[0]");
    }
}
