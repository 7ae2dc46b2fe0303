package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.WinRate;
import io.github.revops.time.Period;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deals in USD, EUR and GBP converted to USD on Spark with broadcast rates: every result equals the core's with the
 * same rates in this JVM, whole and per owner, on any partitioning; a missing rate fails the job with the core's
 * exception.
 */
class ExchangeRatesOnSparkTest {

    private static final Period YEAR = Period.year(2017);
    private static final Currency USD = Money.currency("USD");

    private static List<Deal> deals;
    private static Dataset<Deal> dataset;
    private static InMemoryExchangeRates coreRates;
    private static Broadcast<SharedExchangeRates> rates;

    @BeforeAll
    static void generate() {
        String[] currencies = {"USD", "EUR", "GBP"};
        deals = IntStream.range(0, 10_000).mapToObj(i -> inCurrency(GeneratedDeals.deal(7, i), currencies[i % 3]))
                .toList();
        dataset = SparkTestSession.get().createDataset(deals, RevopsEncoders.deal()).cache();
        InMemoryExchangeRates.Builder core = InMemoryExchangeRates.builder();
        SharedExchangeRates.Builder shared = SharedExchangeRates.builder();
        for (int month = 0; month < 48; month++) {
            LocalDate first = LocalDate.of(2016, 1, 1).plusMonths(month);
            BigDecimal eur = new BigDecimal("1.0500").add(new BigDecimal("0.0037").multiply(BigDecimal.valueOf(month)));
            BigDecimal gbp = new BigDecimal("1.2900").subtract(new BigDecimal("0.0021").multiply(
                    BigDecimal.valueOf(month)));
            core.add("EUR", "USD", first, eur).add("USD", "GBP", first, BigDecimal.ONE.divide(gbp,
                    20, java.math.RoundingMode.HALF_EVEN));
            shared.add("EUR", "USD", first, eur).add("USD", "GBP", first, BigDecimal.ONE.divide(gbp,
                    20, java.math.RoundingMode.HALF_EVEN));
        }
        coreRates = core.build();
        rates = shared.build().broadcast(SparkTestSession.get());
    }

    private static Deal inCurrency(Deal d, String currency) {
        return new Deal(d.id(), d.customerId(), d.owner(), d.source(), d.type(),
                Money.ofMinor(currency, d.amount().minorUnits()), d.createdDate(), d.status(), d.closeDate(),
                d.stageHistory(), d.forecastCategory(), d.segments());
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void convertedResultsEqualTheCores(int partitions, boolean shuffled) {
        Dataset<Deal> laid = (shuffled ? dataset.orderBy(functions.rand(3)) : dataset).repartition(partitions);

        Tuple2<WinRate, PipelineVelocity> spark = laid.select(DealAggregators.winRate(YEAR, rates, "USD").toColumn(),
                DealAggregators.pipelineVelocity(YEAR, rates, "USD").toColumn()).first();

        WinRate core = WinRate.of(deals, YEAR, ReportingCurrency.of(USD, coreRates));
        assertThat(spark._1()).isEqualTo(core);
        assertThat(spark._2()).isEqualTo(PipelineVelocity.of(deals, YEAR, ReportingCurrency.of(USD, coreRates)));
        assertThat(core.currency()).contains(USD);
        // not vacuous: the rates do change the sums (a third of the deals is in EUR at 1.05 or more)
        assertThat(core.closedWon().amount()).isNotEqualTo(WinRate.of(deals.stream()
                .map(d -> inCurrency(d, "USD")).toList(), YEAR).closedWon().amount());
    }

    @Test
    void perOwnerEqualsTheCore() {
        Map<String, WinRate> spark = dataset.repartition(4)
                .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.winRate(YEAR, rates, "USD").toColumn())
                .collectAsList().stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));

        Map<String, WinRate> core = deals.stream().collect(Collectors.groupingBy(Deal::owner,
                WinRate.collector(YEAR, ReportingCurrency.of(USD, coreRates))));
        assertThat(spark).hasSize(25).isEqualTo(core);
    }

    @Test
    void aMissingRateFailsTheJobWithTheCoresException() {
        Broadcast<SharedExchangeRates> eurOnly = SharedExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2016, 1, 1), new BigDecimal("1.1")).build()
                .broadcast(SparkTestSession.get());

        assertThatThrownBy(() -> dataset.select(DealAggregators.winRate(YEAR, eurOnly, "USD").toColumn()).first())
                .isInstanceOf(SparkException.class)
                .rootCause().isInstanceOf(MissingExchangeRateException.class)
                .hasMessageContaining("GBP");
    }

    @Test
    void theSharedRatesAnswerAsTheCoresAfterJavaSerialization() throws Exception {
        SharedExchangeRates shipped = roundTrip(rates.value());

        LocalDate day = LocalDate.of(2017, 5, 17);
        assertThat(shipped.find(Money.currency("EUR"), USD, day))
                .isEqualTo(coreRates.find(Money.currency("EUR"), USD, day))
                .hasValueSatisfying(r -> assertThat(r.toBigDecimal(4, java.math.RoundingMode.UNNECESSARY))
                        .isEqualByComparingTo("1.1092")); // 1.0500 + 16 x 0.0037
        assertThat(shipped.find(Money.currency("GBP"), USD, day))
                .isEqualTo(coreRates.find(Money.currency("GBP"), USD, day));
        assertThatThrownBy(() -> SharedExchangeRates.builder()
                .add("EUR", "USD", day, BigDecimal.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be > 0");
    }

    private static SharedExchangeRates roundTrip(SharedExchangeRates rates) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(rates);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (SharedExchangeRates) in.readObject();
        }
    }
}
