package io.github.revops.money;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExactMoneyTest {

    @Test
    void keepsFractionsOfAMinorUnitUntilRoundedOnce() {
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
        assertThat(weekly.minorUnits()).isEqualTo(Rational.of(13000, 3));
        assertThat(weekly).hasToString("USD 13000/3 minor");
        assertThat(weekly.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 43.33"));
        assertThat(weekly.plus(weekly).plus(weekly).toMoney(RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 130.00"));
        assertThat(weekly.amount()).isEqualTo(Rational.of(130, 3));
    }

    @Test
    void rejectsMixedCurrencies() {
        assertThatThrownBy(() -> Money.parse("USD 1.00").toExact().plus(Money.parse("EUR 1.00").toExact()))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("Currencies differ: EUR/USD");
    }
}
