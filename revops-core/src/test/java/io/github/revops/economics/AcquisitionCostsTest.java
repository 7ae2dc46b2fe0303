package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcquisitionCostsTest {

    private static final Currency USD = Money.currency("USD");
    private static final Period MARCH = Period.month(2026, 3);

    private static Spend spend(String id, LocalDate date, String amount, SpendCategory category, String channel,
                               boolean paid) {
        return Spend.of(id, date, Money.parse(amount), category, channel, paid);
    }

    private static Subscription monthly(String id, String customer, String amount, LocalDate start) {
        return Subscription.of(id, customer, Money.parse(amount), BillingInterval.MONTH, start);
    }

    @Test
    void blendedPaidAndPerChannelWithALag() {
        List<Spend> spend = List.of(
                spend("S1", LocalDate.of(2026, 2, 1), "USD 3000.00", SpendCategory.MARKETING, "ads", true),
                spend("S2", LocalDate.of(2026, 2, 28), "USD 1000.00", SpendCategory.SALES, "team", false),
                spend("S3", LocalDate.of(2026, 3, 1), "USD 500.00", SpendCategory.MARKETING, "ads", true));
        Acquisitions acquisitions = Acquisitions.fromSubscriptions(List.of(
                monthly("a", "A", "USD 100.00", LocalDate.of(2026, 3, 2)),
                monthly("b", "B", "USD 100.00", LocalDate.of(2026, 3, 31)),
                monthly("c", "C", "USD 100.00", LocalDate.of(2026, 4, 1))))
                .withChannels(Map.of("A", "ads"));
        AcquisitionCosts costs = AcquisitionCosts.of(USD, spend, acquisitions);

        CacReport noLag = costs.report(MARCH);
        assertThat(noLag.blended().ratio().exactValue()).contains(Rational.of(50_000, 2));
        CacReport lagged = costs.report(MARCH, 1);                     // February's 4,000.00 over A and B
        assertThat(lagged.spendPeriod()).isEqualTo(Period.month(2026, 2));
        assertThat(lagged.blended().ratio().exactValue()).contains(Rational.of(200_000));
        assertThat(lagged.paid().ratio().exactValue()).contains(Rational.of(150_000));
        assertThat(lagged.cac(CacBasis.PAID)).isEqualTo(lagged.paid());
        assertThat(lagged.channel("ads").orElseThrow().ratio().exactValue()).contains(Rational.of(300_000));
        assertThat(lagged.channel("team").orElseThrow().isDefined()).isFalse();   // spend, nobody attributed
        assertThat(lagged.unattributed()).containsExactly("B");
        assertThat(lagged.spend().of(SpendCategory.SALES)).isEqualTo(ExactMoney.of(Money.parse("USD 1000.00")));
    }

    @Test
    void dealsMakeACustomerNewOnTheirFirstWonNewBusinessDeal() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        List<Deal> deals = List.of(
                deal("D2", "X", DealType.NEW_BUSINESS, day, "events"),
                deal("D1", "X", DealType.NEW_BUSINESS, day, "ads"),               // same day, smaller id wins
                deal("D3", "Y", DealType.RENEWAL, day, "ads"),                    // never makes a customer new
                deal("D4", "Z", DealType.NEW_BUSINESS, LocalDate.of(2026, 2, 1), "ads"),
                deal("D5", "Z", DealType.NEW_BUSINESS, day, "ads"));              // Z was new in February
        Acquisitions acquisitions = Acquisitions.fromDeals(deals);
        assertThat(acquisitions.in(MARCH)).containsExactly(new Acquisition("X", day, java.util.Optional.of("ads")));
        assertThat(acquisitions.of("Z").orElseThrow().date()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(acquisitions.of("Y")).isEmpty();
        assertThat(acquisitions.countIn(Period.year(2026))).isEqualTo(2);
        assertThat(acquisitions.withChannels(Map.of("X", "partner")).of("X").orElseThrow().channel())
                .contains("partner");
    }

    private static Deal deal(String id, String customer, DealType type, LocalDate closed, String source) {
        return Deal.builder(id).customer(customer).owner("ana").source(source).type(type)
                .amount(Money.parse("USD 0.00")).created(closed.minusDays(5)).won(closed).build();
    }

    @Test
    void spendInAnotherCurrencyIsRejectedWithoutRatesAndConvertedExactlyWithThem() {
        List<Spend> spend = List.of(
                spend("S1", LocalDate.of(2026, 3, 5), "USD 100.00", SpendCategory.MARKETING, "ads", true),
                spend("S2", LocalDate.of(2026, 3, 6), "EUR 100.00", SpendCategory.MARKETING, "ads", true));
        Acquisitions none = Acquisitions.of(List.of());
        assertThatThrownBy(() -> AcquisitionCosts.of(USD, spend, none))
                .isInstanceOfSatisfying(CurrencyMismatchException.class,
                        e -> assertThat(List.of(e.firstCurrency().getCurrencyCode(),
                                e.secondCurrency().getCurrencyCode())).containsExactly("USD", "EUR"));
        InMemoryExchangeRates rates = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.0833")).build();
        SpendSummary march = AcquisitionCosts.of(USD, spend, none, rates).spend(MARCH);
        // 100.00 + 100.00 x 1.0833 = 208.33, exactly (10000 + 10833 cents)
        assertThat(march.total()).isEqualTo(ExactMoney.of(Money.parse("USD 208.33")));
        InMemoryExchangeRates later = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 4, 1), new BigDecimal("1.1")).build();
        assertThatThrownBy(() -> AcquisitionCosts.of(USD, spend, none, later).spend(MARCH))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void negativeSpendAndDuplicateIdsAreRejectedWhereTheyEnter() {
        assertThatThrownBy(() -> spend("S1", LocalDate.of(2026, 3, 1), "USD -1.00", SpendCategory.SALES, "x",
                false)).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.record()).isEqualTo("spend");
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.value()).isEqualTo("USD -1.00");
                });
        Spend s = spend("S1", LocalDate.of(2026, 3, 1), "USD 1.00", SpendCategory.SALES, "x", false);
        assertThatThrownBy(() -> AcquisitionCosts.of(USD, List.of(s, s), Acquisitions.of(List.of())))
                .isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> AcquisitionCosts.of(USD, List.of(s), Acquisitions.of(List.of())).report(MARCH, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spendSummaryMergesExactly() {
        List<Spend> spend = randomSpend(new Random(5), 80);
        MergeLaws.assertMergeable(spend, list -> SpendSummary.of(USD, list), SpendSummary.empty(USD));
        MergeLaws.assertCollector(spend, SpendSummary.collector(USD), SpendSummary.of(USD, spend));
        InMemoryExchangeRates identity = InMemoryExchangeRates.builder().build();
        MergeLaws.assertCollector(spend, SpendSummary.collector(USD, identity), SpendSummary.of(USD, spend));
    }

    @Test
    void cacMergesOverSpendAndCustomers() {
        // Records are spend (money) or a new customer (null money): CAC of a part is its spend over its customers.
        List<Object> items = new ArrayList<>(randomSpend(new Random(9), 40));
        for (int i = 0; i < 25; i++) {
            items.add("customer-" + i);
        }
        MergeLaws.assertMergeable(items, list -> Cac.of(SpendSummary.of(USD, list.stream()
                .filter(Spend.class::isInstance).map(Spend.class::cast).toList()).total(),
                list.stream().filter(String.class::isInstance).count()), Cac.empty(USD));
        MergeLaws.assertMergeable(items, list -> MagicNumber.of(ExactMoney.zero(USD), SpendSummary.of(USD,
                list.stream().filter(Spend.class::isInstance).map(Spend.class::cast).toList()).total()),
                MagicNumber.empty(USD));
    }

    static List<Spend> randomSpend(Random random, int n) {
        List<Spend> out = new ArrayList<>();
        String[] channels = {"ads", "events", "team", "partners"};
        for (int i = 0; i < n; i++) {
            out.add(Spend.of("S" + i, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
                    Money.ofMinor(USD, random.nextInt(1_000_000)),
                    random.nextBoolean() ? SpendCategory.SALES : SpendCategory.MARKETING,
                    channels[random.nextInt(channels.length)], random.nextBoolean()));
        }
        return out;
    }
}
