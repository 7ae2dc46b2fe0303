package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.commit;
import static io.github.revops.forecast.TestForecasts.exactUsd;
import static io.github.revops.forecast.TestForecasts.usd;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The snapshot rule, the actuals with a roll-up, and the breakdowns of forecast accuracy. */
class ForecastSnapshotTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));

    private static ForecastInput input(List<ForecastSubmission> submissions, List<Deal> deals) {
        return ForecastInput.of(submissions, deals);
    }

    @Test
    void managersForecastIsSetAgainstTheBookingsOfEveryoneBelow() {
        List<Deal> deals = List.of(won("A", "ana", JAN_1.plusDays(10), 10_000),
                won("B", "ben", JAN_1.plusDays(20), 20_000), won("M", "maria", JAN_1.plusDays(30), 5_000),
                won("X", "ana", LocalDate.of(2026, 4, 1), 99_999));   // next quarter
        ForecastInput input = input(List.of(commit("F-a", "ana", JAN_1, 10_000), commit("F-m", "maria", JAN_1, 40_000),
                commit("F-d", "dora", JAN_1, 30_000)), deals)
                .withRollUp(Map.of("ana", "maria", "ben", "maria", "maria", "dora"));
        // The won bookings of each name, read through quotas of zero, which use the same roll-up.
        Breakdown<String, QuotaAttainment> bookings = QuotaAttainment.by(input.withQuotas(List.of(
                new Quota("ana", Q1, usd(0)), new Quota("maria", Q1, usd(0)), new Quota("dora", Q1, usd(0)),
                new Quota("nobody", Q1, usd(0)))), Q1, Quota::owner);
        assertThat(bookings.get("ana").orElseThrow().wonBookings()).isEqualTo(exactUsd(10_000));
        assertThat(bookings.get("maria").orElseThrow().wonBookings()).isEqualTo(exactUsd(35_000));
        assertThat(bookings.get("dora").orElseThrow().wonBookings()).isEqualTo(exactUsd(35_000));
        assertThat(bookings.get("nobody").orElseThrow().wonBookings()).isEqualTo(exactUsd(0));
        ForecastSnapshot s = ForecastSnapshot.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay());
        assertThat(s.forecasts()).extracting(f -> f.submission().id(), ScoredForecast::actual)
                .containsExactly(tuple("F-a", exactUsd(10_000)), tuple("F-d", exactUsd(35_000)),
                        tuple("F-m", exactUsd(35_000)));
        // errors 0, -5000, +5000: WAPE 10000/80000, bias 0
        assertThat(s.accuracy().wape().exactValue()).contains(Rational.of(1, 8));
        assertThat(s.accuracy().bias().exactValue()).contains(Rational.ZERO);
    }

    @Test
    void rollUpCycleIsRejected() {
        ForecastInput none = input(List.of(), List.of());
        assertThatThrownBy(() -> none.withRollUp(Map.of("a", "b", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> none.withRollUp(Map.of("a", "a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rollUp owner ('a')");
        assertThatThrownBy(() -> none.withRollUp(Map.of(" ", "a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner (' ')");
    }

    @Test
    void accuracyImprovesWeekByWeekAsTheQuarterCloses() {
        // Q1 2026 has 90 days: 13 weeks, the last of 6 days. Ana: 1000.00 submitted before the quarter, revised to
        // 800.00 on 10 February (day 40, week 6) and 900.00 on 28 March (day 86, week 13); Ben: 500.00 on
        // 20 January (day 19, week 3). Ana won 850.00, Ben 500.00.
        ForecastInput input = input(List.of(commit("A1", "ana", LocalDate.of(2025, 12, 28), 100_000),
                        commit("A2", "ana", LocalDate.of(2026, 2, 10), 80_000),
                        commit("A3", "ana", LocalDate.of(2026, 3, 28), 90_000),
                        commit("B1", "ben", LocalDate.of(2026, 1, 20), 50_000)),
                List.of(won("a", "ana", LocalDate.of(2026, 3, 30), 85_000),
                        won("b", "ben", LocalDate.of(2026, 2, 2), 50_000)));
        AccuracyByWeek byWeek = AccuracyByWeek.of(input, Q1, ForecastCategory.COMMIT);
        assertThat(byWeek.weeks().keySet()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 13).boxed().toList());
        for (int week = 1; week <= 13; week++) {
            ForecastAccuracy a = byWeek.get(week).orElseThrow();
            if (week <= 2) {            // Ana's 1000 only
                assertThat(a.count()).isEqualTo(1);
                assertThat(a.wape().exactValue()).contains(Rational.of(15_000, 85_000));
            } else if (week <= 5) {     // Ana's 1000 and Ben's 500
                assertThat(a.wape().exactValue()).contains(Rational.of(15_000, 135_000));
            } else if (week <= 12) {    // Ana's 800 and Ben's 500
                assertThat(a.wape().exactValue()).contains(Rational.of(5_000, 135_000));
                assertThat(a.bias().exactValue()).contains(Rational.of(-5_000, 135_000));
            } else {                    // Ana's 900 and Ben's 500
                assertThat(a.bias().exactValue()).contains(Rational.of(5_000, 135_000));
            }
        }
        // The last week's snapshot is the snapshot at the quarter's last day.
        assertThat(byWeek.get(13)).contains(ForecastAccuracy.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay()));
        assertThat(byWeek.get(14)).isEmpty();
        assertThat(AccuracyByWeek.of(input, Q1, ForecastCategory.BEST_CASE)).isEqualTo(AccuracyByWeek.EMPTY);
        // Forecasts for Q1 are not forecasts for Q2.
        assertThat(AccuracyByWeek.of(input, Period.quarter(2026, 2), ForecastCategory.COMMIT))
                .isEqualTo(AccuracyByWeek.EMPTY);
        assertThat(byWeek.combine(AccuracyByWeek.EMPTY)).isEqualTo(byWeek);
    }

    @Test
    void bySubmitterAndByCategoryAddUpToTheSnapshots() {
        List<ForecastSubmission> submissions = List.of(commit("C1", "ana", JAN_1, 90_000),
                commit("C2", "ben", JAN_1, 40_000),
                new ForecastSubmission("B1", "ana", Q1, JAN_1, ForecastCategory.BEST_CASE, usd(300_000)));
        ForecastInput input = input(submissions,
                List.of(won("a", "ana", JAN_1.plusDays(5), 100_000), won("b", "ben", JAN_1, 50_000)));
        Breakdown<String, ForecastAccuracy> bySubmitter = ForecastAccuracy.by(input, Q1, ForecastCategory.COMMIT,
                Q1.lastDay(), ForecastSubmission::submitter);
        assertThat(bySubmitter.groups().keySet()).containsExactly("ana", "ben");
        assertThat(bySubmitter.get("ana").orElseThrow().bias().exactValue()).contains(Rational.of(-1, 10));
        assertThat(bySubmitter.get("ben").orElseThrow().bias().exactValue()).contains(Rational.of(-1, 5));
        assertThat(bySubmitter.total())
                .isEqualTo(ForecastAccuracy.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay()));
        Breakdown<ForecastCategory, ForecastAccuracy> byCategory = ForecastAccuracy.byCategory(input, Q1,
                Q1.lastDay());
        assertThat(byCategory.groups().keySet()).containsExactly(ForecastCategory.values());
        assertThat(byCategory.get(ForecastCategory.BEST_CASE).orElseThrow().bias().exactValue())
                .contains(Rational.of(2));
        assertThat(byCategory.get(ForecastCategory.PIPELINE)).contains(ForecastAccuracy.empty(Money.currency("USD")));
        // Before anything was submitted nothing counts, in any category.
        assertThat(ForecastAccuracy.byCategory(input, Q1, JAN_1.minusDays(1)).groups())
                .containsOnlyKeys(ForecastCategory.values())
                .allSatisfy((category, accuracy) -> assertThat(accuracy.count()).isZero());
    }

    @Test
    void byCategoryListsEveryCategoryWhateverTheSubmissions() {
        Breakdown<ForecastCategory, ForecastAccuracy> byCategory = ForecastAccuracy.byCategory(
                input(List.of(), List.of()), Q1, Q1.lastDay(), USD);
        assertThat(byCategory.groups().keySet()).containsExactly(ForecastCategory.values());
        assertThat(byCategory.groups().values()).containsOnly(ForecastAccuracy.empty(Money.currency("USD")));
    }

    @Test
    void snapshotIsIndependentOfInputOrderAndMergesBySubmitter() {
        List<ForecastSubmission> submissions = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            String rep = "r" + (i % 6);
            submissions.add(commit("F" + i, rep, JAN_1.plusDays(i), random.nextInt(100_000)));
            deals.add(won("D" + i, rep, JAN_1.plusDays(random.nextInt(120)), random.nextInt(50_000)));
        }
        LocalDate asOf = LocalDate.of(2026, 1, 31);
        ForecastSnapshot whole = ForecastSnapshot.of(input(submissions, deals), Q1, ForecastCategory.COMMIT, asOf);
        List<ForecastSubmission> reversed = new ArrayList<>(submissions);
        Collections.reverse(reversed);
        assertThat(ForecastSnapshot.of(input(reversed, deals), Q1, ForecastCategory.COMMIT, asOf)).isEqualTo(whole);
        // 6 reps, the latest of their submissions by 31 January counts; 31 - 6 superseded, 9 after.
        assertThat(whole.forecasts()).hasSize(6);
        assertThat(whole.superseded()).hasSize(25);
        assertThat(whole.afterAsOf()).hasSize(9);
        MergeLaws.assertMergeable(whole.forecasts(), list -> ForecastAccuracy.of(Money.currency("USD"), list),
                ForecastAccuracy.empty(Money.currency("USD")));
        // The quarters of a year partition its forecasts: the year's accuracy is the merge of the series.
        ForecastInput input = input(submissions, deals);
        ForecastAccuracy year = ForecastAccuracy.of(input, Period.year(2026), ForecastCategory.COMMIT, asOf);
        assertThat(ForecastAccuracy.series(input, Period.year(2026), io.github.revops.time.Granularity.QUARTER,
                ForecastCategory.COMMIT, asOf).values().stream().reduce(ForecastAccuracy::combine))
                .contains(year);
    }

    @Test
    void forecastForAPeriodWithNoActualsHasUndefinedAccuracy() {
        ForecastSnapshot s = ForecastSnapshot.of(input(List.of(commit("F-1", "ana", JAN_1, 50_000)), List.of()), Q1,
                ForecastCategory.COMMIT, Q1.lastDay());
        assertThat(s.forecasts().get(0).actual()).isEqualTo(exactUsd(0));
        assertThat(s.forecasts().get(0).accuracy().isDefined()).isFalse();
        assertThat(s.accuracy().mape().isDefined()).isFalse();
        assertThat(s.accuracy().mape().excluded()).isEqualTo(1);
        assertThat(s.accuracy().wape().isDefined()).isFalse();
        assertThat(s.accuracy().smape().exactValue()).contains(Rational.of(2));
        assertThatThrownBy(() -> s.accuracy().mape(ZeroActualPolicy.FAIL)).isInstanceOf(ZeroActualException.class)
                .hasMessageContaining("F-1");
    }

    @Test
    void twoSubmissionsOnOneDayAreRejectedNamingTheLargerId() {
        ForecastInput input = input(List.of(commit("F-2", "ana", JAN_1, 1), commit("F-1", "ana", JAN_1, 2)),
                List.of());
        assertThatThrownBy(() -> ForecastSnapshot.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.record()).isEqualTo("forecast");
                    assertThat(e.id()).isEqualTo("F-2");
                    assertThat(e.field()).isEqualTo("submittedDate");
                    assertThat(e.value()).isEqualTo("2026-01-01");
                });
        // Another category, period or submitter on the same day is fine.
        ForecastInput fine = input(List.of(commit("F-1", "ana", JAN_1, 1), commit("F-2", "ben", JAN_1, 1),
                new ForecastSubmission("F-3", "ana", Q1, JAN_1, ForecastCategory.PIPELINE, usd(1))), List.of());
        assertThat(ForecastSnapshot.of(fine, Q1, ForecastCategory.COMMIT, Q1.lastDay()).forecasts()).hasSize(2);
    }

    @Test
    void duplicateIdsAndForeignCurrenciesAreRejected() {
        assertThatThrownBy(() -> input(List.of(commit("F-1", "ana", JAN_1, 1), commit("F-1", "ben", JAN_1, 1)),
                List.of())).isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("id"));
        Deal lostInEuro = Deal.builder("E").customer("C").owner("ana").source("web")
                .amount(Money.parse("EUR 10.00")).created(JAN_1).lost(JAN_1).build();
        assertThatThrownBy(() -> ForecastAccuracy.of(input(List.of(), List.of(lostInEuro)), Q1,
                ForecastCategory.COMMIT, Q1.lastDay(), USD)).isInstanceOf(CurrencyMismatchException.class);
        ForecastSubmission euro = new ForecastSubmission("F-9", "ana", Q1, JAN_1, ForecastCategory.COMMIT,
                Money.parse("EUR 1.00"));
        assertThatThrownBy(() -> ForecastAccuracy.of(input(List.of(euro), List.of()), Q1, ForecastCategory.COMMIT,
                Q1.lastDay(), USD)).isInstanceOf(CurrencyMismatchException.class);
        // Without a reporting currency the first amount's is taken, and a second one is rejected.
        assertThatThrownBy(() -> ForecastAccuracy.of(input(List.of(euro), List.of(won("U", "ana", JAN_1, 1))), Q1,
                ForecastCategory.COMMIT, Q1.lastDay())).isInstanceOfSatisfying(CurrencyMismatchException.class,
                        e -> assertThat(List.of(e.firstCurrency().getCurrencyCode(),
                                e.secondCurrency().getCurrencyCode())).containsExactly("EUR", "USD"));
        assertThatThrownBy(() -> ForecastAccuracy.of(input(List.of(), List.of()), Q1, ForecastCategory.COMMIT,
                Q1.lastDay())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReportingCurrency");
    }
}
