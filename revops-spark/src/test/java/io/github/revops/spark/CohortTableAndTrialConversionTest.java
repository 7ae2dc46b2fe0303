package io.github.revops.spark;

import io.github.revops.domain.Subscription;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cohort tables and trial conversion on Spark, customers first: each equal to the core's result on the same 20,000
 * seeded subscriptions of 6,000 customers, whole and per tenant, on any partitioning and order.
 */
class CohortTableAndTrialConversionTest {

    private static final long SEED = 17L;
    private static final int COUNT = 20_000;
    private static final Period RANGE = Period.of(java.time.LocalDate.of(2024, 1, 1),
            java.time.LocalDate.of(2026, 1, 1));
    private static final Period YEAR = Period.year(2025);
    private static final MapFunction<Subscription, String> TENANT =
            s -> GeneratedSubscriptions.tenant(s.customerId());

    private static List<Subscription> subscriptions;
    private static Dataset<Subscription> generated;

    @BeforeAll
    static void generate() {
        subscriptions = GeneratedSubscriptions.list(SEED, COUNT);
        generated = GeneratedSubscriptions.dataset(SparkTestSession.get(), SEED, COUNT).cache();
    }

    private static Dataset<Subscription> layout(int partitions, boolean shuffled) {
        return (shuffled ? generated.orderBy(functions.rand(SEED)) : generated).repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void cohortTablesEqualTheCore(int partitions, boolean shuffled) {
        Dataset<Subscription> laid = layout(partitions, shuffled);

        CohortTable monthly = CustomerMetrics.cohortTable(laid, RANGE, Granularity.MONTH, Granularity.MONTH, "USD");
        CohortTable quarterly = CustomerMetrics.cohortTable(laid, RANGE, Granularity.QUARTER, Granularity.MONTH,
                "USD");

        CohortTable expected = CohortTable.of(subscriptions, RANGE, Granularity.MONTH);
        assertThat(monthly).isEqualTo(expected);
        assertThat(quarterly).isEqualTo(subscriptions.stream().collect(CohortTable.collector(RANGE,
                Granularity.QUARTER, Granularity.MONTH, io.github.revops.money.ReportingCurrency.of(usd()))));
        // not vacuous: two years of monthly cohorts, January 2024's read 23 times
        assertThat(expected.cohorts()).hasSize(24);
        assertThat(expected.cohorts().get(0).cells()).hasSize(24);
        assertThat(expected.cohorts().get(0).customers()).isGreaterThan(100);
        assertThat(quarterly.cohorts()).hasSize(8);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void trialConversionEqualsTheCore(int partitions, boolean shuffled) {
        Dataset<Subscription> laid = layout(partitions, shuffled);

        TrialConversion ended = CustomerMetrics.trialConversion(laid, YEAR, TrialPolicy.DEFAULT, "USD");
        TrialConversion started = CustomerMetrics.trialConversion(laid, YEAR, TrialPolicy.STARTED_COHORT, "USD");

        TrialConversion expected = TrialConversion.of(subscriptions, YEAR, TrialPolicy.DEFAULT);
        assertThat(ended).isEqualTo(expected);
        assertThat(started).isEqualTo(TrialConversion.of(subscriptions, YEAR, TrialPolicy.STARTED_COHORT));
        // not vacuous: hundreds of trials, some converted with MRR
        assertThat(expected.trials()).isGreaterThan(100);
        assertThat(expected.converted()).isPositive();
        assertThat(started.converted()).isGreaterThan(expected.converted());
        assertThat(expected.convertedMrr().signum()).isPositive();
    }

    @Test
    void perTenantEqualsTheCoresBreakdowns() {
        Dataset<Subscription> laid = layout(8, true);

        Map<String, CohortTable> tables = toMap(CustomerMetrics.cohortTable(laid, RANGE, Granularity.QUARTER,
                Granularity.QUARTER, "USD", TENANT, Encoders.STRING()).collectAsList());
        Map<String, TrialConversion> trials = toMap(CustomerMetrics.trialConversion(laid, YEAR,
                TrialPolicy.DEFAULT, "USD", TENANT, Encoders.STRING()).collectAsList());

        assertThat(tables).hasSize(8).isEqualTo(CohortTable.by(subscriptions, RANGE, Granularity.QUARTER,
                s -> GeneratedSubscriptions.tenant(s.customerId())).groups());
        assertThat(trials).hasSize(8).isEqualTo(TrialConversion.by(subscriptions, YEAR,
                s -> GeneratedSubscriptions.tenant(s.customerId())).groups());
    }

    @Test
    void noSubscriptionsGiveTheCoresEmptyResults() {
        Dataset<Subscription> none = generated.limit(0);

        assertThat(CustomerMetrics.cohortTable(none, RANGE, Granularity.MONTH, Granularity.MONTH, "USD"))
                .isEqualTo(CohortTable.empty(RANGE));
        assertThat(CustomerMetrics.trialConversion(none, YEAR, TrialPolicy.DEFAULT, "USD"))
                .isEqualTo(TrialConversion.empty(YEAR, TrialPolicy.DEFAULT, usd()));
    }

    @Test
    void aGranularitySparkCannotShipFailsOnTheDriver() {
        Granularity weeks = date -> Period.of(date, date.plusDays(7));

        assertThatThrownBy(() -> CustomerMetrics.cohortTable(generated, RANGE, weeks, Granularity.MONTH, "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cohortBy (")
                .hasMessageContaining("must be Granularity.MONTH, QUARTER or YEAR, or a Granularity that is also"
                        + " Serializable");
    }

    private static Currency usd() {
        return Currency.getInstance("USD");
    }

    private static <R> Map<String, R> toMap(List<Tuple2<String, R>> rows) {
        return rows.stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
    }
}
