package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.commit;
import static io.github.revops.forecast.TestForecasts.usd;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastScoringTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static ForecastScoring.Builder usdScoring() {
        return ForecastScoring.builder(Money.currency("USD"));
    }

    @Test
    void managersForecastIsSetAgainstTheBookingsOfEveryoneBelow() {
        List<Deal> deals = List.of(won("A", "ana", JAN_1.plusDays(10), 10_000),
                won("B", "ben", JAN_1.plusDays(20), 20_000), won("M", "maria", JAN_1.plusDays(30), 5_000),
                won("X", "ana", LocalDate.of(2026, 4, 1), 99_999));   // next quarter
        ForecastScoring scoring = usdScoring()
                .submissions(List.of(commit("F-a", "ana", JAN_1, 10_000), commit("F-m", "maria", JAN_1, 40_000),
                        commit("F-d", "dora", JAN_1, 30_000)))
                .deals(deals)
                .rollUp(Map.of("ana", "maria", "ben", "maria"))
                .rollUp("maria", "dora")
                .build();
        assertThat(scoring.wonBookings("ana", Q1)).isEqualTo(usd(10_000));
        assertThat(scoring.wonBookings("maria", Q1)).isEqualTo(usd(35_000));
        assertThat(scoring.wonBookings("dora", Q1)).isEqualTo(usd(35_000));
        assertThat(scoring.wonBookings("nobody", Q1)).isEqualTo(usd(0));
        ForecastSnapshot s = scoring.snapshot(Q1.lastDay(), ForecastCategory.COMMIT);
        assertThat(s.forecasts()).extracting(f -> f.submission().id(), f -> f.actual())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-a", usd(10_000)),
                        org.assertj.core.groups.Tuple.tuple("F-d", usd(35_000)),
                        org.assertj.core.groups.Tuple.tuple("F-m", usd(35_000)));
        // errors 0, -5000, +5000: WAPE 10000/80000, bias 0
        assertThat(s.accuracy().wape().exactValue()).contains(Rational.of(1, 8));
        assertThat(s.accuracy().bias().exactValue()).contains(Rational.ZERO);
    }

    @Test
    void rollUpCycleIsRejected() {
        assertThatThrownBy(() -> usdScoring().rollUp("a", "b").rollUp("b", "a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> usdScoring().rollUp("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accuracyImprovesWeekByWeekAsTheQuarterCloses() {
        // Q1 2026 has 90 days: 13 weeks, the last of 6 days. Ana: 1000.00 submitted before the quarter, revised to
        // 800.00 on 10 February (day 40, week 6) and 900.00 on 28 March (day 86, week 13); Ben: 500.00 on
        // 20 January (day 19, week 3). Ana won 850.00, Ben 500.00.
        ForecastScoring scoring = usdScoring()
                .submissions(List.of(commit("A1", "ana", LocalDate.of(2025, 12, 28), 100_000),
                        commit("A2", "ana", LocalDate.of(2026, 2, 10), 80_000),
                        commit("A3", "ana", LocalDate.of(2026, 3, 28), 90_000),
                        commit("B1", "ben", LocalDate.of(2026, 1, 20), 50_000)))
                .deals(List.of(won("a", "ana", LocalDate.of(2026, 3, 30), 85_000),
                        won("b", "ben", LocalDate.of(2026, 2, 2), 50_000)))
                .build();
        AccuracyByWeek byWeek = scoring.byWeek(ForecastCategory.COMMIT);
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
        assertThat(byWeek.get(13)).contains(scoring.snapshot(Q1.lastDay(), ForecastCategory.COMMIT).accuracy());
        assertThat(byWeek.get(14)).isEmpty();
        AccuracyByWeek half = scoring.byWeek(ForecastCategory.BEST_CASE);
        assertThat(half).isEqualTo(AccuracyByWeek.EMPTY);
        assertThat(byWeek.combine(AccuracyByWeek.EMPTY)).isEqualTo(byWeek);
    }

    @Test
    void bySubmitterAndByCategoryAddUpToTheSnapshots() {
        List<ForecastSubmission> submissions = List.of(commit("C1", "ana", JAN_1, 90_000),
                commit("C2", "ben", JAN_1, 40_000),
                new ForecastSubmission("B1", "ana", Q1, JAN_1, ForecastCategory.BEST_CASE, usd(300_000)));
        ForecastScoring scoring = usdScoring().submissions(submissions)
                .deals(List.of(won("a", "ana", JAN_1.plusDays(5), 100_000), won("b", "ben", JAN_1, 50_000)))
                .build();
        Breakdown<String, ForecastAccuracy> bySubmitter = scoring.bySubmitter(Q1.lastDay(), ForecastCategory.COMMIT);
        assertThat(bySubmitter.groups().keySet()).containsExactly("ana", "ben");
        assertThat(bySubmitter.get("ana").orElseThrow().bias().exactValue()).contains(Rational.of(-1, 10));
        assertThat(bySubmitter.get("ben").orElseThrow().bias().exactValue()).contains(Rational.of(-1, 5));
        assertThat(bySubmitter.total()).isEqualTo(scoring.snapshot(Q1.lastDay(), ForecastCategory.COMMIT).accuracy());
        Breakdown<ForecastCategory, ForecastAccuracy> byCategory = scoring.byCategory(Q1.lastDay());
        assertThat(byCategory.groups().keySet()).containsExactly(ForecastCategory.values());
        assertThat(byCategory.get(ForecastCategory.BEST_CASE).orElseThrow().bias().exactValue())
                .contains(Rational.of(2));
        assertThat(byCategory.get(ForecastCategory.PIPELINE)).contains(ForecastAccuracy.empty(Money.currency("USD")));
        // Before anything was submitted nothing counts, in any category.
        assertThat(scoring.byCategory(JAN_1.minusDays(1)).groups()).containsOnlyKeys(ForecastCategory.values())
                .allSatisfy((category, accuracy) -> assertThat(accuracy.count()).isZero());
    }

    @Test
    void byCategoryListsEveryCategoryWhateverTheSubmissions() {
        ForecastScoring none = usdScoring().build();
        Breakdown<ForecastCategory, ForecastAccuracy> byCategory = none.byCategory(Q1.lastDay());
        assertThat(byCategory.groups().keySet()).containsExactly(ForecastCategory.values());
        assertThat(byCategory.groups().values()).containsOnly(ForecastAccuracy.empty(Money.currency("USD")));
    }

    @Test
    void snapshotIsIndependentOfInputOrderAndMergesBySubmitter() {
        List<ForecastSubmission> submissions = new java.util.ArrayList<>();
        List<Deal> deals = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 40; i++) {
            String rep = "r" + (i % 6);
            submissions.add(commit("F" + i, rep, JAN_1.plusDays(i), random.nextInt(100_000)));
            deals.add(won("D" + i, rep, JAN_1.plusDays(random.nextInt(120)), random.nextInt(50_000)));
        }
        ForecastSnapshot whole = usdScoring().submissions(submissions).deals(deals).build()
                .snapshot(LocalDate.of(2026, 1, 31), ForecastCategory.COMMIT);
        List<ForecastSubmission> reversed = new java.util.ArrayList<>(submissions);
        java.util.Collections.reverse(reversed);
        assertThat(usdScoring().submissions(reversed).deals(deals).build()
                .snapshot(LocalDate.of(2026, 1, 31), ForecastCategory.COMMIT)).isEqualTo(whole);
        // 6 reps, the latest of their submissions by 31 January counts; 31 - 6 superseded, 9 after.
        assertThat(whole.forecasts()).hasSize(6);
        assertThat(whole.superseded()).hasSize(25);
        assertThat(whole.afterAsOf()).hasSize(9);
        MergeLaws.assertMergeable(whole.forecasts(), list -> ForecastAccuracy.of(Money.currency("USD"), list),
                ForecastAccuracy.empty(Money.currency("USD")));
    }

    @Test
    void forecastForAPeriodWithNoActualsHasUndefinedAccuracy() {
        ForecastScoring scoring = usdScoring().submissions(List.of(commit("F-1", "ana", JAN_1, 50_000))).build();
        ForecastSnapshot s = scoring.snapshot(Q1.lastDay(), ForecastCategory.COMMIT);
        assertThat(s.forecasts().get(0).actual()).isEqualTo(usd(0));
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
        ForecastScoring.Builder b = usdScoring().submissions(List.of(commit("F-2", "ana", JAN_1, 1),
                commit("F-1", "ana", JAN_1, 2)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.record()).isEqualTo("forecast");
            assertThat(e.id()).isEqualTo("F-2");
            assertThat(e.field()).isEqualTo("submittedDate");
            assertThat(e.value()).isEqualTo("2026-01-01");
        });
        // Another category, period or submitter on the same day is fine.
        usdScoring().submissions(List.of(commit("F-1", "ana", JAN_1, 1), commit("F-2", "ben", JAN_1, 1),
                new ForecastSubmission("F-3", "ana", Q1, JAN_1, ForecastCategory.PIPELINE, usd(1)))).build();
    }

    @Test
    void duplicateIdsAndForeignCurrenciesAreRejected() {
        assertThatThrownBy(() -> usdScoring().submissions(List.of(commit("F-1", "ana", JAN_1, 1),
                commit("F-1", "ben", JAN_1, 1))).build()).isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("id"));
        Deal lostInEuro = Deal.builder("E").customer("C").owner("ana").source("web")
                .amount(Money.parse("EUR 10.00")).created(JAN_1).lost(JAN_1).build();
        assertThatThrownBy(() -> usdScoring().deals(List.of(lostInEuro)).build())
                .isInstanceOf(CurrencyMismatchException.class);
        ForecastSubmission euro = new ForecastSubmission("F-9", "ana", Q1, JAN_1, ForecastCategory.COMMIT,
                Money.parse("EUR 1.00"));
        assertThatThrownBy(() -> usdScoring().submissions(List.of(euro)).build())
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
