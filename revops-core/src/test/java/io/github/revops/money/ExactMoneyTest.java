package io.github.revops.money;

import io.github.revops.math.Rational;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExactMoneyTest {

    @Test
    void keepsFractionsOfAMinorUnitUntilRoundedOnce() {
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
        assertThat(weekly.minorUnits()).isEqualTo(Rational.of(13000, 3));
        assertThat(weekly).hasToString("USD 43.33 (exact 13000/3 minor)");
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

    @Test
    void differenceNegationAndSign_keepTheFraction() {
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
        ExactMoney monthly = Money.parse("USD 40.00").toExact();
        // 13000/3 - 4000 = 1000/3 cents; the other way round, -1000/3
        assertThat(weekly.minus(monthly)).isEqualTo(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(1000, 3)));
        assertThat(monthly.minus(weekly).minorUnits()).isEqualTo(Rational.of(-1000, 3));
        assertThat(weekly.negated().minorUnits()).isEqualTo(Rational.of(-13000, 3));
        assertThat(List.of(weekly.negated(), ExactMoney.zero(Money.currency("USD")), weekly))
                .extracting(ExactMoney::signum).containsExactly(-1, 0, 1);
        assertThat(List.of(weekly.negated(), ExactMoney.zero(Money.currency("USD")), weekly))
                .extracting(ExactMoney::isZero).containsExactly(false, true, false);
        assertThat(weekly.minus(weekly).isZero()).isTrue();
    }

    @Test
    void zero_isTheIdentityOfPlus() {
        ExactMoney zero = ExactMoney.zero(Money.currency("USD"));
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
        assertThat(zero.plus(weekly)).isEqualTo(weekly);
        assertThat(zero.toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 0.00"));
    }

    @Test
    void order_placesAFractionBetweenTheWholeMinorUnitsAroundIt() {
        ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12)); // 4333.33... cents
        ExactMoney below = Money.parse("USD 43.33").toExact();
        ExactMoney above = Money.parse("USD 43.34").toExact();
        List<ExactMoney> amounts = new ArrayList<>(List.of(above, weekly, below));
        amounts.sort(null);
        assertThat(amounts).containsExactly(below, weekly, above);
        assertThat(weekly.compareTo(below)).isPositive();
        assertThat(weekly.compareTo(above)).isNegative();
        assertThat(weekly.compareTo(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(13000, 3)))).isZero();
    }

    @Test
    void minusAndCompareTo_rejectMixedCurrencies() {
        ExactMoney usd = Money.parse("USD 1.00").toExact();
        ExactMoney eur = Money.parse("EUR 1.00").toExact();
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageStartingWith("Currencies differ: EUR/USD");
    }

    @Test
    void equality_isTheCurrencyAndTheExactValue() {
        new EqualsTester()
                .addEqualityGroup(Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12)),
                        ExactMoney.ofMinor(Money.currency("USD"), Rational.of(26000, 6)))
                .addEqualityGroup(ExactMoney.ofMinor(Money.currency("EUR"), Rational.of(13000, 3)))
                .addEqualityGroup(Money.parse("USD 43.33").toExact())
                .addEqualityGroup(ExactMoney.zero(Money.currency("USD")), Money.parse("USD 0.00").toExact())
                .testEquals();
        Set<Integer> codes = new HashSet<>();
        for (int n = 1; n <= 1_000; n++) {
            codes.add(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(n, 7)).hashCode());
        }
        assertThat(codes).as("distinct amounts spread over hash codes").hasSize(1_000);
    }
}
