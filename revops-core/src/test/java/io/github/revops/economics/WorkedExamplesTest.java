package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worked examples of docs/metrics.md (unit economics), through the value-based cores. */
class WorkedExamplesTest {

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    @Test
    void cacPaybackOf1200Over180AtThreeQuartersIs8Point89Months() {
        // CAC 1,200; new MRR per new customer 180; gross margin 0.75 -> 1200 / 135 = 80/9 = 8.89 months.
        Cac cac = Cac.of(usd("12000.00"), 10);
        MoneyAverage newMrrPerCustomer = MoneyAverage.of(usd("1800.00"), 10);
        CacPayback payback = CacPayback.of(cac, newMrrPerCustomer, Rational.of(3, 4));
        assertThat(payback.months()).contains(Rational.of(80, 9));
        assertThat(payback.months().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("8.89");
        assertThat(cac.amount(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 1200.00"));
    }

    @Test
    void magicNumberOf60000Over40000IsOnePointFive() {
        MagicNumber m = MagicNumber.of(usd("60000.00"), usd("40000.00"));
        assertThat(m.ratio().exactValue()).contains(Rational.of(3, 2));
        // The same from MRR: 5,000 more MRR over the month is 60,000 of net new ARR.
        assertThat(MagicNumber.fromMrr(usd("20000.00"), usd("25000.00"), usd("40000.00"))).isEqualTo(m);
        // MRR falling gives a negative number; no spend before gives none.
        assertThat(MagicNumber.fromMrr(usd("25000.00"), usd("20000.00"), usd("40000.00")).ratio().exactValue())
                .contains(Rational.of(-3, 2));
        assertThat(MagicNumber.of(usd("60000.00"), usd("0.00")).ratio().isDefined()).isFalse();
    }

    @Test
    void ltvOfArpa100AtChurnFivePercentIs2000() {
        MoneyAverage arpa = MoneyAverage.of(usd("100.00"), 1);
        FormulaLtv ltv = FormulaLtv.of(arpa, Rational.ONE, Ratio.of(1, 20));
        assertThat(ltv.value()).contains(usd("2000.00"));
        assertThat(FormulaLtv.of(arpa, Rational.of(3, 4), Ratio.of(1, 20)).value()).contains(usd("1500.00"));
        // The same churn as a six-month trailing mean of 1/20 each month.
        Ratio trailing = new TrailingChurn(List.of(Ratio.of(1, 20), Ratio.of(1, 20), Ratio.of(1, 20),
                Ratio.of(1, 20), Ratio.of(1, 20), Ratio.of(1, 20))).mean();
        assertThat(FormulaLtv.of(arpa, Rational.ONE, trailing).value()).contains(usd("2000.00"));
        assertThat(new LtvToCac(ltv, Cac.of(usd("500.00"), 1)).value()).contains(Rational.of(4));
    }

    @Test
    void zeroChurnOrNoCustomerIsUndefinedNeverInfinite() {
        MoneyAverage arpa = MoneyAverage.of(usd("100.00"), 1);
        Currency usd = arpa.currency();
        assertThat(FormulaLtv.of(arpa, Rational.ONE, Ratio.of(0, 6)).value()).isEmpty();
        assertThat(FormulaLtv.of(MoneyAverage.empty(usd), Rational.ONE, Ratio.of(1, 20)).value()).isEmpty();
        assertThat(FormulaLtv.of(arpa, Rational.ONE, new TrailingChurn(List.of(Ratio.EMPTY, Ratio.EMPTY)).mean())
                .isDefined()).isFalse();
        FormulaLtv defined = FormulaLtv.of(arpa, Rational.ONE, Ratio.of(1, 20));
        assertThat(new LtvToCac(defined, Cac.of(usd("0.00"), 3)).value()).isEmpty();        // CAC of 0
        assertThat(new LtvToCac(defined, Cac.empty(usd)).value()).isEmpty();                // no new customer
        assertThat(CacPayback.of(Cac.empty(usd), MoneyAverage.empty(usd), Rational.ONE).months()).isEmpty();
        assertThat(CacPayback.of(Cac.of(usd("1.00"), 1), MoneyAverage.of(usd("0.00"), 1), Rational.ONE).months())
                .isEmpty();
        assertThat(CacPayback.of(Cac.of(usd("0.00"), 2), MoneyAverage.of(usd("5.00"), 1), Rational.ONE).months())
                .contains(Rational.ZERO);
    }

    @Test
    void trailingChurnLeavesMonthsWithoutCustomersOut() {
        // anchors.md b.8 (ChartMogul): the months before the first customer are not zero churn.
        TrailingChurn t = new TrailingChurn(List.of(Ratio.EMPTY, Ratio.EMPTY, Ratio.of(0, 0), Ratio.EMPTY,
                Ratio.of(1, 4), Ratio.of(1, 3)));
        assertThat(t.mean()).isEqualTo(Ratio.of(Rational.of(7, 12), Rational.of(2)));
    }

    @Test
    void marginOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> FormulaLtv.of(MoneyAverage.of(usd("0.01"), 1), Rational.of(5, 4), Ratio.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grossMargin (5/4)");
        assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(-1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacPayback.of(Cac.of(usd("1.00"), 1), MoneyAverage.of(usd("1.00"), 1),
                Rational.of(3, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grossMargin (3/2)");
        assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withLagMonths(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lagMonths (-1)");
        assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withChurnWindowMonths(0))
                .isInstanceOf(IllegalArgumentException.class);
        // Paybacks at two margins do not add up; nor do a CAC and a new MRR in two currencies.
        Currency usd = Money.currency("USD");
        assertThatThrownBy(() -> CacPayback.empty(usd, Rational.ONE).combine(CacPayback.empty(usd, Rational.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grossMargin (1)");
        assertThatThrownBy(() -> CacPayback.of(Cac.empty(usd), MoneyAverage.empty(Money.currency("EUR")), Rational.ONE))
                .isInstanceOf(io.github.revops.money.CurrencyMismatchException.class);
    }
}
