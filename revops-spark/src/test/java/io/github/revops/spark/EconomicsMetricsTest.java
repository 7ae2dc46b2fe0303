package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CacReport;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.NewCustomerSource;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit economics on Spark: CAC, CAC payback, magic number and cohort LTV equal to the core's on the same seeded
 * spend (ten years of three channels), 20,000 subscriptions of 6,000 customers and 5,000 deals, with new customers
 * from subscriptions and from deals, on any partitioning and order. The core has no breakdown of these figures
 * (spend has no customer key, docs/decisions/0113), so they are tested whole.
 */
class EconomicsMetricsTest {

    private static final long SEED = 29L;
    private static final Period QUARTER = Period.quarter(2025, 1);
    private static final EconomicsOptions OPTIONS = EconomicsOptions.DEFAULTS.withLagMonths(1)
            .withGrossMargin(Rational.of(3, 4));
    private static final String[] CHANNELS = {"Paid search", "Events", "Content"};

    private static List<Spend> spend;
    private static List<Subscription> subscriptions;
    private static List<Deal> deals;
    private static Map<String, String> channels;
    private static EconomicsInput input;
    private static Dataset<Spend> spendSet;
    private static Dataset<Subscription> subscriptionSet;
    private static Dataset<Deal> dealSet;

    @BeforeAll
    static void generate() {
        SplittableRandom random = new SplittableRandom(SEED);
        spend = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2016, 1, 1); month.getYear() < 2026; month = month.plusMonths(1)) {
            for (String channel : CHANNELS) {
                for (SpendCategory category : SpendCategory.values()) {
                    spend.add(Spend.of("SP-" + spend.size(), month.plusDays(random.nextInt(28)),
                            Money.ofMinor("USD", random.nextLong(5_000_000)), category, channel,
                            !channel.equals("Content")));
                }
            }
        }
        subscriptions = GeneratedSubscriptions.list(SEED, 20_000);
        deals = GeneratedDeals.list(SEED, 5_000);
        channels = new HashMap<>();
        for (Subscription s : subscriptions) {
            int n = Math.floorMod(s.customerId().hashCode(), 5);
            if (n < 4) {    // "Referral" has customers and no spend: a CAC of 0; a fifth have no channel
                channels.put(s.customerId(), n == 3 ? "Referral" : CHANNELS[n]);
            }
        }
        input = EconomicsInput.of(spend, subscriptions).withDeals(deals).withCustomerChannels(channels);
        spendSet = SparkTestSession.get().createDataset(spend, RevopsEncoders.spend()).cache();
        subscriptionSet = GeneratedSubscriptions.dataset(SparkTestSession.get(), SEED, 20_000).cache();
        dealSet = GeneratedDeals.dataset(SparkTestSession.get(), SEED, 5_000).cache();
    }

    private static EconomicsDatasets layout(int partitions, boolean shuffled) {
        return EconomicsDatasets.of(laid(spendSet, partitions, shuffled), laid(subscriptionSet, partitions, shuffled))
                .withDeals(laid(dealSet, partitions, shuffled)).withCustomerChannels(channels);
    }

    private static <T> Dataset<T> laid(Dataset<T> records, int partitions, boolean shuffled) {
        return (shuffled ? records.orderBy(functions.rand(SEED)) : records).repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void everyFigureEqualsTheCore(int partitions, boolean shuffled) {
        EconomicsDatasets laid = layout(partitions, shuffled);

        CacPayback payback = EconomicsMetrics.cacPayback(laid, QUARTER, OPTIONS, "USD");
        MagicNumber magic = EconomicsMetrics.magicNumber(laid, QUARTER, "USD");
        CohortLtv cohort = EconomicsMetrics.cohortLtv(laid, Period.month(2024, 6), 6, OPTIONS, "USD");
        CacReport cac = EconomicsMetrics.cac(laid, QUARTER, OPTIONS, "USD");

        CacPayback expected = CacPayback.of(input, QUARTER, OPTIONS);
        assertThat(payback).isEqualTo(expected);
        assertThat(magic).isEqualTo(MagicNumber.of(input, QUARTER));
        assertThat(cohort).isEqualTo(CohortLtv.of(input, Period.month(2024, 6), 6, OPTIONS));
        CacReport expectedCac = CacReport.of(input, QUARTER, OPTIONS);
        assertThat(cac).isEqualTo(expectedCac);
        // not vacuous: hundreds of new customers with MRR, spend in every channel, a free channel
        assertThat(expected.cac().newCustomers()).isGreaterThan(100);
        assertThat(expected.newMrrPerNewCustomer().total().signum()).isPositive();
        assertThat(magic.netNewArr().isZero()).isFalse();
        assertThat(cohort.customers()).isGreaterThan(50);
        assertThat(expectedCac.byChannel().groups()).containsOnlyKeys("Content", "Events", "Paid search",
                "Referral");
        assertThat(expectedCac.byChannel().get("Referral").orElseThrow().spend().isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "8, true"})
    void unitEconomicsEqualTheCore(int partitions, boolean shuffled) {
        UnitEconomics spark = EconomicsMetrics.unitEconomics(layout(partitions, shuffled), QUARTER, OPTIONS, "USD");

        UnitEconomics expected = UnitEconomics.of(input, QUARTER, OPTIONS);
        assertThat(spark).isEqualTo(expected);
        // not vacuous: eight months of churn (a quarter with a six-month window), a defined LTV and LTV:CAC
        assertThat(expected.monthlyLogoChurn().values()).hasSize(8).allMatch(r -> r.isDefined());
        assertThat(expected.ltv().value()).isPresent();
        assertThat(expected.ltvToCac().value()).isPresent();
    }

    @Test
    void newCustomersFromDealsEqualTheCore() {
        EconomicsOptions fromDeals = OPTIONS.withNewCustomers(NewCustomerSource.DEALS);
        Period quarter = Period.quarter(2017, 2);
        EconomicsDatasets laid = layout(4, true);

        CacPayback payback = EconomicsMetrics.cacPayback(laid, quarter, fromDeals, "USD");
        CacReport cac = EconomicsMetrics.cac(laid, quarter, fromDeals, "USD");

        assertThat(payback).isEqualTo(CacPayback.of(input, quarter, fromDeals));
        assertThat(cac).isEqualTo(CacReport.of(input, quarter, fromDeals));
        assertThat(cac.newCustomers()).hasSizeGreaterThan(50);
        assertThat(cac.byChannel().groups()).containsKeys("Inbound", "Referral", "Paid search");
    }

    @Test
    void noRecordsGiveTheCoresEmptyFigures() {
        EconomicsDatasets none = EconomicsDatasets.of(spendSet.limit(0), subscriptionSet.limit(0));
        EconomicsInput nothing = EconomicsInput.of(List.of(), List.of());
        var usd = io.github.revops.money.ReportingCurrency.of(Money.currency("USD"));

        assertThat(EconomicsMetrics.cacPayback(none, QUARTER, OPTIONS, "USD"))
                .isEqualTo(CacPayback.of(nothing, QUARTER, OPTIONS, usd));
        assertThat(EconomicsMetrics.magicNumber(none, QUARTER, "USD"))
                .isEqualTo(MagicNumber.of(nothing, QUARTER, usd));
        assertThat(EconomicsMetrics.cac(none, QUARTER, OPTIONS, "USD"))
                .isEqualTo(CacReport.of(nothing, QUARTER, OPTIONS, usd));
    }

    @Test
    void badArgumentsFailOnTheDriver() {
        EconomicsDatasets any = layout(1, false);

        assertThatThrownBy(() -> EconomicsMetrics.cacPayback(any, Period.of(LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 2, 1)), OPTIONS, "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be whole calendar months");
        assertThatThrownBy(() -> EconomicsMetrics.cacPayback(any, QUARTER,
                OPTIONS.withNewCustomers(NewCustomerSource.EXPLICIT), "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("options.newCustomers (EXPLICIT) is not read on Spark");
    }
}
