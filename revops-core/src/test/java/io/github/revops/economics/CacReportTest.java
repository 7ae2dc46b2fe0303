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
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Granularity;
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

class CacReportTest {

    private static final Currency USD = Money.currency("USD");
    private static final Period MARCH = Period.month(2026, 3);
    private static final Period YEAR = Period.year(2026);
    private static final ReportingCurrency IN_USD = ReportingCurrency.of(USD);

    private static ExactMoney usd(long minor) {
        return ExactMoney.ofMinor(USD, Rational.of(minor));
    }

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
        EconomicsInput input = EconomicsInput.of(spend, List.of(
                monthly("a", "A", "USD 100.00", LocalDate.of(2026, 3, 2)),
                monthly("b", "B", "USD 100.00", LocalDate.of(2026, 3, 31)),
                monthly("c", "C", "USD 100.00", LocalDate.of(2026, 4, 1))))
                .withCustomerChannels(Map.of("A", "ads"));

        CacReport noLag = CacReport.of(input, MARCH);
        assertThat(noLag.blended()).isEqualTo(Cac.of(usd(50_000), 2));
        assertThat(noLag.blended().value()).contains(usd(25_000));
        CacReport lagged = CacReport.of(input, MARCH, EconomicsOptions.DEFAULTS.withLagMonths(1));
        // February's 4,000.00 over A and B
        assertThat(lagged.spendPeriod()).isEqualTo(Period.month(2026, 2));
        assertThat(lagged.blended().value()).contains(usd(200_000));
        assertThat(lagged.paid().value()).contains(usd(150_000));
        assertThat(lagged.cac(CacBasis.PAID)).isEqualTo(lagged.paid());
        assertThat(lagged.channel("ads").orElseThrow().value()).contains(usd(300_000));
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

    @Test
    void explicitAcquisitionsAreTheNewCustomersUnderTheExplicitSource() {
        // Deals make X and Z new; the caller lets a map replace X's deal source on purpose (ADR 0036).
        LocalDate day = LocalDate.of(2026, 3, 10);
        List<Deal> deals = List.of(deal("D1", "X", DealType.NEW_BUSINESS, day, "ads"),
                deal("D2", "Z", DealType.NEW_BUSINESS, day.plusDays(1), "events"));
        List<Spend> spend = List.of(spend("S1", day, "USD 300.00", SpendCategory.MARKETING, "partner", true));
        Acquisitions remapped = Acquisitions.fromDeals(deals).withChannels(Map.of("X", "partner"));
        EconomicsInput input = EconomicsInput.of(spend, List.of()).withDeals(deals).withAcquisitions(remapped);
        CacReport explicit = CacReport.of(input, MARCH,
                EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.EXPLICIT));
        assertThat(explicit.newCustomersByChannel()).containsOnlyKeys("events", "partner");
        assertThat(explicit.channel("partner")).contains(Cac.of(usd(30_000), 1));
        // Under DEALS the same input keeps the deal's source; under SUBSCRIPTIONS nobody is new.
        assertThat(CacReport.of(input, MARCH, EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.DEALS))
                .newCustomersByChannel()).containsOnlyKeys("ads", "events", "partner");
        assertThat(CacReport.of(input, MARCH).newCustomers()).isEmpty();
        // An input is a value: the same records make an equal input.
        assertThat(EconomicsInput.of(spend, List.of()).withDeals(deals).withAcquisitions(
                Acquisitions.fromDeals(deals).withChannels(Map.of("X", "partner")))).isEqualTo(input);
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
        EconomicsInput input = EconomicsInput.of(spend, List.of());
        assertThatThrownBy(() -> CacReport.of(input, MARCH))
                .isInstanceOfSatisfying(CurrencyMismatchException.class,
                        e -> assertThat(List.of(e.firstCurrency().getCurrencyCode(),
                                e.secondCurrency().getCurrencyCode())).containsExactly("USD", "EUR"));
        assertThatThrownBy(() -> SpendSummary.of(spend, MARCH, IN_USD)).isInstanceOf(CurrencyMismatchException.class);
        InMemoryExchangeRates rates = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.0833")).build();
        SpendSummary march = SpendSummary.of(spend, MARCH, ReportingCurrency.of(USD, rates));
        // 100.00 + 100.00 x 1.0833 = 208.33, exactly (10000 + 10833 cents)
        assertThat(march.total()).isEqualTo(ExactMoney.of(Money.parse("USD 208.33")));
        assertThat(CacReport.of(input, MARCH, EconomicsOptions.DEFAULTS, ReportingCurrency.of(USD, rates)).spend())
                .isEqualTo(march);
        InMemoryExchangeRates later = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 4, 1), new BigDecimal("1.1")).build();
        assertThatThrownBy(() -> SpendSummary.of(spend, MARCH, ReportingCurrency.of(USD, later)))
                .isInstanceOf(MissingExchangeRateException.class);
        // A spend outside the period needs no rate, but without rates its currency is still checked.
        assertThat(SpendSummary.of(spend, Period.month(2026, 4), ReportingCurrency.of(USD, later)).total())
                .isEqualTo(usd(0));
        assertThatThrownBy(() -> SpendSummary.of(spend, Period.month(2026, 4)))
                .isInstanceOf(CurrencyMismatchException.class);
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
        assertThatThrownBy(() -> EconomicsInput.of(List.of(s, s), List.of()))
                .isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> SpendSummary.of(List.of(s, s), MARCH)).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withLagMonths(-1))
                .isInstanceOf(IllegalArgumentException.class);
        // No record to take the currency from: the caller names it.
        assertThatThrownBy(() -> SpendSummary.of(List.of(), MARCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReportingCurrency");
        assertThatThrownBy(() -> java.util.stream.Stream.<Spend>empty().collect(SpendSummary.collector(MARCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SpendSummary.of(List.of(), MARCH, IN_USD)).isEqualTo(SpendSummary.empty(USD));
    }

    @Test
    void spendSummaryMergesExactly() {
        List<Spend> spend = randomSpend(new Random(5), 80);
        MergeLaws.assertMergeable(spend, list -> SpendSummary.of(list, YEAR, IN_USD), SpendSummary.empty(USD));
        MergeLaws.assertCollector(spend, SpendSummary.collector(YEAR), SpendSummary.of(spend, YEAR));
        InMemoryExchangeRates identity = InMemoryExchangeRates.builder().build();
        MergeLaws.assertCollector(spend, SpendSummary.collector(YEAR, ReportingCurrency.of(USD, identity)),
                SpendSummary.of(spend, YEAR));
        // The months of the year partition its spend; a breakdown's groups add up to the whole.
        assertThat(SpendSummary.series(spend, YEAR, Granularity.MONTH).values().stream()
                .reduce(SpendSummary::combine)).contains(SpendSummary.of(spend, YEAR));
        Breakdown<String, SpendSummary> byChannel = SpendSummary.by(spend, MARCH, Spend::channel);
        assertThat(byChannel.groups().keySet()).containsExactly("ads", "events", "partners", "team");
        assertThat(byChannel.total()).isEqualTo(SpendSummary.of(spend, MARCH));
        byChannel.groups().forEach((channel, summary) -> assertThat(summary.total())
                .isEqualTo(SpendSummary.of(spend, MARCH).byChannel().getOrDefault(channel, usd(0))));
        assertThat(SpendSummary.by(spend, MARCH, Spend::category).groups().keySet())
                .containsExactly(SpendCategory.values());
    }

    @Test
    void cacMergesOverSpendAndCustomers() {
        // Records are spend (money) or a new customer (null money): CAC of a part is its spend over its customers.
        List<Object> items = new ArrayList<>(randomSpend(new Random(9), 40));
        for (int i = 0; i < 25; i++) {
            items.add("customer-" + i);
        }
        MergeLaws.assertMergeable(items, list -> Cac.of(SpendSummary.of(list.stream()
                .filter(Spend.class::isInstance).map(Spend.class::cast).toList(), YEAR, IN_USD).total(),
                list.stream().filter(String.class::isInstance).count()), Cac.empty(USD));
        MergeLaws.assertMergeable(items, list -> MagicNumber.of(ExactMoney.zero(USD), SpendSummary.of(
                list.stream().filter(Spend.class::isInstance).map(Spend.class::cast).toList(), YEAR, IN_USD).total()),
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
