package io.github.revops.money;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign tests and the order of {@link Money}: each checked at zero and one minor unit on either side, where a
 * wrong comparison would show.
 */
class MoneyOrderTest {

    private static final Money MINUS_ONE_CENT = Money.parse("USD -0.01");
    private static final Money ZERO = Money.parse("USD 0.00");
    private static final Money ONE_CENT = Money.parse("USD 0.01");

    @Test
    void signTests_atZeroAndOneCentEitherSide() {
        assertThat(List.of(MINUS_ONE_CENT, ZERO, ONE_CENT)).extracting(Money::isZero)
                .containsExactly(false, true, false);
        assertThat(List.of(MINUS_ONE_CENT, ZERO, ONE_CENT)).extracting(Money::isPositive)
                .containsExactly(false, false, true);
        assertThat(List.of(MINUS_ONE_CENT, ZERO, ONE_CENT)).extracting(Money::isNegative)
                .containsExactly(true, false, false);
    }

    @Test
    void greaterAndLess_areStrict() {
        Money price = Money.parse("USD 25.95");
        assertThat(price.isGreaterThan(Money.parse("USD 25.94"))).isTrue();
        assertThat(price.isGreaterThan(Money.parse("USD 25.95"))).isFalse();
        assertThat(price.isGreaterThan(Money.parse("USD 25.96"))).isFalse();
        assertThat(price.isLessThan(Money.parse("USD 25.96"))).isTrue();
        assertThat(price.isLessThan(Money.parse("USD 25.95"))).isFalse();
        assertThat(price.isLessThan(Money.parse("USD 25.94"))).isFalse();
    }

    @Test
    void compareTo_ordersByAmount_evenAtTheEndsOfTheLongRange() {
        Money max = Money.ofMinor("USD", Long.MAX_VALUE);
        Money min = Money.ofMinor("USD", Long.MIN_VALUE);
        List<Money> amounts = new ArrayList<>(List.of(max, Money.parse("USD 100.00"), ONE_CENT, min, ZERO,
                MINUS_ONE_CENT));
        amounts.sort(null);
        assertThat(amounts).containsExactly(min, MINUS_ONE_CENT, ZERO, ONE_CENT, Money.parse("USD 100.00"), max);
        assertThat(min.compareTo(max)).isNegative();
        assertThat(max.compareTo(min)).isPositive();
        assertThat(ONE_CENT.compareTo(Money.parse("USD 0.01"))).isZero();
    }

    @Test
    void everyTwoAmountOperation_rejectsAnotherCurrency_evenWhenItIsZero() {
        Money usd = Money.parse("USD 100.00");
        Money eurZero = Money.parse("EUR 0.00");
        assertThatThrownBy(() -> usd.minus(eurZero)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> usd.plus(eurZero)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> usd.isGreaterThan(eurZero)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> usd.isLessThan(eurZero)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void distinctAmounts_spreadOverHashCodes() {
        // equal amounts hash alike (MoneyTest's EqualsTester); a thousand distinct amounts in one currency give a
        // thousand distinct codes, so a hash map keyed by amount does not degrade into a list (Long.hashCode folds
        // -n - 1 onto n, so the amounts are taken on one side of zero)
        Set<Integer> codes = new HashSet<>();
        for (long cents = 0; cents < 1_000; cents++) {
            codes.add(Money.ofMinor("USD", cents).hashCode());
        }
        assertThat(codes).hasSize(1_000);
    }
}
