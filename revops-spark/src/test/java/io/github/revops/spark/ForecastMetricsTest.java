package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forecast accuracy and quota attainment on Spark: equal to the core's on the same 20,000 seeded deals of 25 owners,
 * their submissions and quotas, with a two-level roll-up map, whole and per name, on any partitioning and order.
 */
class ForecastMetricsTest {

    private static final long SEED = 21L;
    private static final Period QUARTER = Period.quarter(2017, 2);
    private static final LocalDate AS_OF = LocalDate.of(2017, 5, 15);

    private static List<Deal> deals;
    private static List<ForecastSubmission> submissions;
    private static List<Quota> quotas;
    private static Map<String, String> rollUp;
    private static ForecastInput input;
    private static Dataset<Deal> dealSet;
    private static Dataset<ForecastSubmission> submissionSet;
    private static Dataset<Quota> quotaSet;

    @BeforeAll
    static void generate() {
        deals = GeneratedDeals.list(SEED, 20_000);
        rollUp = new HashMap<>();
        for (int rep = 0; rep < 20; rep++) {
            rollUp.put("rep-" + rep, "rep-" + (20 + rep % 5));     // five managers
        }
        rollUp.put("rep-20", "rep-24");                            // and a second level
        rollUp.put("rep-21", "rep-24");
        SplittableRandom random = new SplittableRandom(SEED);
        submissions = new ArrayList<>();
        quotas = new ArrayList<>();
        for (int rep = 5; rep < 25; rep++) {                       // rep-0 to rep-4 neither submit nor hold quotas
            for (int q = 1; q <= 4; q++) {
                Period quarter = Period.quarter(2017, q);
                quotas.add(new Quota("rep-" + rep, quarter, Money.ofMinor("USD", random.nextLong(60_000_000))));
                for (ForecastCategory category : List.of(ForecastCategory.COMMIT, ForecastCategory.BEST_CASE)) {
                    for (int week = 0; week < 12; week += 3) {
                        submissions.add(new ForecastSubmission("F-" + submissions.size(), "rep-" + rep, quarter,
                                quarter.start().plusWeeks(week), category,
                                Money.ofMinor("USD", random.nextLong(80_000_000))));
                    }
                }
            }
        }
        input = ForecastInput.of(submissions, deals).withQuotas(quotas).withRollUp(rollUp);
        dealSet = GeneratedDeals.dataset(SparkTestSession.get(), SEED, 20_000).cache();
        submissionSet = SparkTestSession.get().createDataset(submissions, RevopsEncoders.forecastSubmission())
                .cache();
        quotaSet = SparkTestSession.get().createDataset(quotas, RevopsEncoders.quota()).cache();
    }

    private static <T> Dataset<T> layout(Dataset<T> records, int partitions, boolean shuffled) {
        return (shuffled ? records.orderBy(functions.rand(SEED)) : records).repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void accuracyAndAttainmentEqualTheCore(int partitions, boolean shuffled) {
        Dataset<Deal> laidDeals = layout(dealSet, partitions, shuffled);

        ForecastAccuracy accuracy = ForecastMetrics.accuracy(layout(submissionSet, partitions, shuffled), laidDeals,
                rollUp, QUARTER, ForecastCategory.COMMIT, AS_OF, "USD");
        QuotaAttainment attainment = ForecastMetrics.quotaAttainment(layout(quotaSet, partitions, shuffled),
                laidDeals, rollUp, QUARTER, "USD");

        ForecastAccuracy expected = ForecastAccuracy.of(input, QUARTER, ForecastCategory.COMMIT, AS_OF);
        assertThat(accuracy).isEqualTo(expected);
        assertThat(attainment).isEqualTo(QuotaAttainment.of(input, QUARTER));
        // not vacuous: every submitter's latest commit counts, managers' actuals hold their teams' deals
        assertThat(expected.count()).isEqualTo(20);
        assertThat(attainment.wonDeals()).hasSizeGreaterThan(500);
        assertThat(attainment.quota().signum()).isPositive();
    }

    @Test
    void perNameEqualsTheCoresBreakdowns() {
        Map<String, ForecastAccuracy> accuracy = toMap(ForecastMetrics.accuracyBySubmitter(
                layout(submissionSet, 8, true), layout(dealSet, 8, true), rollUp, QUARTER,
                ForecastCategory.BEST_CASE, AS_OF, "USD").collectAsList());
        Map<String, QuotaAttainment> attainment = toMap(ForecastMetrics.quotaAttainmentByOwner(
                layout(quotaSet, 4, true), dealSet, rollUp, QUARTER, "USD").collectAsList());

        assertThat(accuracy).hasSize(20).isEqualTo(ForecastAccuracy.by(input, QUARTER, ForecastCategory.BEST_CASE,
                AS_OF, ForecastSubmission::submitter).groups());
        assertThat(attainment).hasSize(20).isEqualTo(QuotaAttainment.by(input, QUARTER, Quota::owner).groups());
        // rep-24 holds the deals of rep-20 and rep-21's teams too
        assertThat(attainment.get("rep-24").wonBookings().compareTo(attainment.get("rep-20").wonBookings()))
                .isPositive();
    }

    @Test
    void noRecordsGiveTheCoresEmptyResults() {
        assertThat(ForecastMetrics.accuracy(submissionSet.limit(0), dealSet, rollUp, QUARTER,
                ForecastCategory.COMMIT, AS_OF, "USD")).isEqualTo(ForecastAccuracy.empty(Money.currency("USD")));
        assertThat(ForecastMetrics.quotaAttainment(quotaSet.limit(0), dealSet.limit(0), Map.of(), QUARTER, "USD"))
                .isEqualTo(QuotaAttainment.empty(Money.currency("USD")));
    }

    @Test
    void aRollUpCycleFailsOnTheDriverWithTheCoresMessage() {
        assertThatThrownBy(() -> ForecastMetrics.quotaAttainment(quotaSet, dealSet,
                Map.of("rep-1", "rep-2", "rep-2", "rep-1"), QUARTER, "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rollUp (2 owners) has a cycle through 'rep-");
    }

    private static <R> Map<String, R> toMap(List<Tuple2<String, R>> rows) {
        return rows.stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
    }
}
