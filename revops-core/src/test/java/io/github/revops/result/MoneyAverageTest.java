package io.github.revops.result;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyAverageTest {

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    @Test
    void theMeanIsExactMoneyRoundedOnlyOnRequest() {
        // the CRM data set's 2017 average won deal: USD 10,005,541.58 over 4,238 won deals
        MoneyAverage won = MoneyAverage.of(usd("10005541.58"), 4238);
        assertThat(won.mean()).contains(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(1000554158, 4238)));
        assertThat(won.toMoney(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 2360.91"));
        assertThat(won.toMoney(RoundingMode.UP)).contains(Money.parse("USD 2360.92"));
        assertThat(won).hasToString("USD 2360.91 (USD 10005541.58 / 4238)");
        assertThat(MoneyAverage.of(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(13000, 3)), 2))
                .hasToString("USD 21.67 (USD 13000/3 minor / 2)");
    }

    @Test
    void aZeroCountIsUndefinedNeverZero() {
        MoneyAverage none = MoneyAverage.empty(Money.currency("EUR"));
        assertThat(none.isDefined()).isFalse();
        assertThat(none.mean()).isEmpty();
        assertThat(none.toMoney(RoundingMode.HALF_EVEN)).isEmpty();
        assertThat(none.currency()).isEqualTo(Money.currency("EUR"));
        assertThat(none).hasToString("undefined (EUR 0.00 / 0)");
    }

    @Test
    void combineAddsThePartsAndIsTheAverageOfTheUnion() {
        MoneyAverage a = MoneyAverage.of(usd("100.00"), 3);
        MoneyAverage b = MoneyAverage.of(usd("20.00"), 1);
        assertThat(a.combine(b)).isEqualTo(MoneyAverage.of(usd("120.00"), 4));
        assertThat(a.combine(b).toMoney(RoundingMode.UNNECESSARY)).contains(Money.parse("USD 30.00"));
        assertThat(MoneyAverage.empty(Money.currency("USD")).combine(a)).isEqualTo(a);
        assertThat(a.combine(b)).isEqualTo(b.combine(a));
        assertThatThrownBy(() -> a.combine(MoneyAverage.empty(Money.currency("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void rejectsNegativePartsAndMoneyOverNothing() {
        assertThatThrownBy(() -> MoneyAverage.of(usd("1.00"), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count (-1) must be >= 0");
        assertThatThrownBy(() -> MoneyAverage.of(usd("-1.00"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total (USD -1.00) must not be negative");
        assertThatThrownBy(() -> MoneyAverage.of(usd("1.00"), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total (USD 1.00) must be zero when count is 0");
        assertThatThrownBy(() -> MoneyAverage.of(null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("total");
    }
}
