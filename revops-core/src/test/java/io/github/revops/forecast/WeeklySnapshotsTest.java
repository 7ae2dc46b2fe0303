package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.commit;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forecast accuracy week by week: week k of a period ends on its day 7k (the seventh day, 7 January, for the first week
 * of Q1 2026), so a revision on the eighth day counts from the second week on.
 *
 * <p>Ana commits 1,000.00 on 7 January and revises to 800.00 on 8 January; Ben commits 500.00 on 8 January. Ana wins
 * 800.00 and Ben 400.00 in February.
 */
class WeeklySnapshotsTest {

    private static final ForecastInput ANA = ForecastInput.of(List.of(
                    commit("A1", "ana", LocalDate.of(2026, 1, 7), 100_000),
                    commit("A2", "ana", LocalDate.of(2026, 1, 8), 80_000)),
            List.of(won("a", "ana", LocalDate.of(2026, 2, 1), 80_000)));
    private static final ForecastInput BEN = ForecastInput.of(List.of(
                    commit("B1", "ben", LocalDate.of(2026, 1, 8), 50_000)),
            List.of(won("b", "ben", LocalDate.of(2026, 2, 2), 40_000)));
    private static final ForecastInput BOTH = ForecastInput.of(List.of(ANA.submissions().get(0),
            ANA.submissions().get(1), BEN.submissions().get(0)), List.of(ANA.deals().get(0), BEN.deals().get(0)));

    @Test
    void aWeekEndsOnItsSeventhDay() {
        AccuracyByWeek ana = AccuracyByWeek.of(ANA, Q1, ForecastCategory.COMMIT);
        // Week 1 (1-7 January) sees the 1,000.00: |1000 - 800| / 800 = 1/4; from week 2 on, the 800.00: 0.
        assertThat(ana.get(1).orElseThrow().wape().exactValue()).contains(Rational.of(1, 4));
        assertThat(ana.get(2).orElseThrow().wape().exactValue()).contains(Rational.ZERO);
        assertThat(ana.get(13).orElseThrow().wape().exactValue()).contains(Rational.ZERO);
        // Ben submitted nothing in the first week: he is in the weeks from the second on.
        AccuracyByWeek ben = AccuracyByWeek.of(BEN, Q1, ForecastCategory.COMMIT);
        assertThat(ben.weeks().firstKey()).isEqualTo(2);
        assertThat(ben.get(2).orElseThrow().bias().exactValue()).contains(Rational.of(1, 4));   // (500 - 400) / 400
    }

    @Test
    void combiningTwoTeamsAddsTheirWeeks() {
        AccuracyByWeek ana = AccuracyByWeek.of(ANA, Q1, ForecastCategory.COMMIT);
        AccuracyByWeek ben = AccuracyByWeek.of(BEN, Q1, ForecastCategory.COMMIT);
        AccuracyByWeek both = AccuracyByWeek.of(BOTH, Q1, ForecastCategory.COMMIT);
        assertThat(ana.combine(ben)).isEqualTo(both);
        assertThat(ben.combine(ana)).isEqualTo(both);
        // Week 2 of both: |800 - 800| + |500 - 400| = 100.00 over 1,200.00 won.
        assertThat(both.get(1).orElseThrow().count()).isEqualTo(1);
        assertThat(both.get(2).orElseThrow().count()).isEqualTo(2);
        assertThat(both.get(2).orElseThrow().wape().exactValue()).contains(Rational.of(1, 12));
    }

    @Test
    void inTheInputsOwnCurrencyAsAReportingCurrency() {
        assertThat(AccuracyByWeek.of(BOTH, Q1, ForecastCategory.COMMIT,
                ReportingCurrency.of(Money.currency("USD")))).isEqualTo(AccuracyByWeek.of(BOTH, Q1,
                ForecastCategory.COMMIT));
        assertThat(AccuracyByWeek.of(BOTH, Q1, ForecastCategory.COMMIT, ReportingCurrency.of(Money.currency("USD")))
                .get(1).orElseThrow().wape().exactValue()).contains(Rational.of(1, 4));
    }
}
