package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitEconomicsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private final List<Subscription> euroSubscriptions = List.of(
            Subscription.of("s1", "A", Money.parse("EUR 100.00"), BillingInterval.MONTH, MARCH_1),
            Subscription.of("s2", "B", Money.parse("EUR 300.00"), BillingInterval.QUARTER, MARCH_1.plusDays(9)));
    private final List<Spend> dollarSpend = List.of(
            Spend.of("p1", MARCH_1.minusDays(1), Money.parse("USD 4400.00"), SpendCategory.MARKETING, "ads", true),
            Spend.of("p2", MARCH_1.plusDays(3), Money.parse("USD 440.00"), SpendCategory.SALES, "team", false));

    @Test
    void mrrAndSpendInOtherCurrenciesAreConvertedExactlyWithRates() {
        // EUR -> USD 1.1 from 1 January: A 110.00 and B 110.00 a month in dollars; March spend 440.00.
        InMemoryExchangeRates rates = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.1")).build();
        UnitEconomics economics = UnitEconomics.builder(Money.currency("USD"))
                .spend(dollarSpend).subscriptions(euroSubscriptions).exchangeRates(rates).build();
        MonthlyEconomics march = economics.month(YearMonth.of(2026, 3));
        assertThat(march.newMrr()).isEqualTo(ExactMoney.of(Money.parse("USD 220.00")));
        assertThat(march.cac().blended().ratio().exactValue()).contains(Rational.of(22_000));   // 440.00 / 2
        assertThat(march.payback().months()).contains(Rational.of(2));                          // 220 / 110
        // 12 x 220.00 of new MRR over February's 4,400.00 of spend
        assertThat(march.magicNumber().ratio().exactValue()).contains(Rational.of(264_000, 440_000));
        assertThat(march.arpa().exactValue()).contains(Rational.of(11_000));
    }

    @Test
    void anotherCurrencyWithoutRatesIsRejectedWhenBuilt() {
        assertThatThrownBy(() -> UnitEconomics.builder(Money.currency("USD"))
                .spend(dollarSpend).subscriptions(euroSubscriptions).build())
                .isInstanceOf(CurrencyMismatchException.class);
        Deal euroDeal = Deal.builder("D").customer("A").owner("ana").source("web").amount(Money.parse("EUR 1.00"))
                .created(MARCH_1).won(MARCH_1).build();
        assertThatThrownBy(() -> UnitEconomics.builder(Money.currency("USD")).deals(List.of(euroDeal)).build())
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void newCustomersFromDealsUseTheDealsSourceAsChannel() {
        Deal deal = Deal.builder("D1").customer("A").owner("ana").source("events").amount(Money.parse("USD 0.00"))
                .created(MARCH_1).won(MARCH_1.plusDays(2)).build();
        UnitEconomics economics = UnitEconomics.builder(Money.currency("USD")).spend(dollarSpend)
                .deals(List.of(deal)).build();
        MonthlyEconomics march = economics.month(YearMonth.of(2026, 3),
                EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.DEALS));
        assertThat(march.cac().newCustomersByChannel().get("events")).containsExactly("A");
        assertThat(march.cac().channel("events").orElseThrow().ratio().exactValue()).contains(Rational.ZERO);
        assertThat(march.newMrrPerNewCustomer().exactValue()).contains(Rational.ZERO);   // no subscription
        assertThat(march.payback().isDefined()).isFalse();
        assertThat(economics.month(YearMonth.of(2026, 3)).cac().newCustomers()).isEmpty();
    }
}
