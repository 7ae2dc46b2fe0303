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
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitEconomicsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final Period MARCH = Period.month(2026, 3);

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

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
        UnitEconomics march = UnitEconomics.of(EconomicsInput.of(dollarSpend, euroSubscriptions), MARCH,
                EconomicsOptions.DEFAULTS, ReportingCurrency.of(Money.currency("USD"), rates));
        assertThat(march.newMrr()).isEqualTo(ExactMoney.of(Money.parse("USD 220.00")));
        assertThat(march.cac().blended().value()).contains(usd("220.00"));                   // 440.00 / 2
        assertThat(march.payback().months()).contains(Rational.of(2));                          // 220 / 110
        // 12 x 220.00 of new MRR over February's 4,400.00 of spend
        assertThat(march.magicNumber().ratio().exactValue()).contains(Rational.of(264_000, 440_000));
        assertThat(march.arpa().mean()).contains(usd("110.00"));
    }

    @Test
    void anotherCurrencyWithoutRatesIsRejectedWhenBuilt() {
        EconomicsInput mixed = EconomicsInput.of(dollarSpend, euroSubscriptions);
        assertThatThrownBy(() -> UnitEconomics.of(mixed, MARCH)).isInstanceOf(CurrencyMismatchException.class);
        // Every figure checks the whole input, the CAC too, though it reads no subscription.
        assertThatThrownBy(() -> CacReport.of(mixed, MARCH)).isInstanceOf(CurrencyMismatchException.class);
        Deal euroDeal = Deal.builder("D").customer("A").owner("ana").source("web").amount(Money.parse("EUR 1.00"))
                .created(MARCH_1).won(MARCH_1).build();
        assertThatThrownBy(() -> UnitEconomics.of(EconomicsInput.of(dollarSpend, List.of())
                .withDeals(List.of(euroDeal)), MARCH)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> UnitEconomics.of(EconomicsInput.of(List.of(), List.of())
                .withDeals(List.of(euroDeal)), MARCH, EconomicsOptions.DEFAULTS,
                ReportingCurrency.of(Money.currency("USD")))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void newCustomersFromDealsUseTheDealsSourceAsChannel() {
        Deal deal = Deal.builder("D1").customer("A").owner("ana").source("events").amount(Money.parse("USD 0.00"))
                .created(MARCH_1).won(MARCH_1.plusDays(2)).build();
        EconomicsInput input = EconomicsInput.of(dollarSpend, List.of()).withDeals(List.of(deal));
        UnitEconomics march = UnitEconomics.of(input, MARCH,
                EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.DEALS));
        assertThat(march.cac().newCustomersByChannel().get("events")).containsExactly("A");
        assertThat(march.cac().channel("events").orElseThrow().value()).contains(usd("0.00"));
        assertThat(march.newMrrPerNewCustomer().mean()).contains(usd("0.00"));   // no subscription
        assertThat(march.payback().isDefined()).isFalse();
        assertThat(UnitEconomics.of(input, MARCH).cac().newCustomers()).isEmpty();
    }
}
