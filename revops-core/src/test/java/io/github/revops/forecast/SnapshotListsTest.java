package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.commit;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a snapshot sets aside is listed by id, whichever submitter it came from; and the breakdown and series of
 * accuracy in a reporting currency give the same figures as without one.
 *
 * <p>As of 4 January: Ana submitted z1 (1 January) and z2 (3 January), and z3 after (9 January); Ben a1 (1 January),
 * a2 (2 January) and a3 after (9 January). Ana wins 900.00, Ben 1,000.00 in the quarter.
 */
class SnapshotListsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 4);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));

    private static final ForecastInput INPUT = ForecastInput.of(List.of(
                    commit("z1", "ana", LocalDate.of(2026, 1, 1), 50_000),
                    commit("z2", "ana", LocalDate.of(2026, 1, 3), 100_000),
                    commit("z3", "ana", LocalDate.of(2026, 1, 9), 90_000),
                    commit("a1", "ben", LocalDate.of(2026, 1, 1), 70_000),
                    commit("a2", "ben", LocalDate.of(2026, 1, 2), 80_000),
                    commit("a3", "ben", LocalDate.of(2026, 1, 9), 100_000)),
            List.of(won("w1", "ana", LocalDate.of(2026, 2, 1), 90_000),
                    won("w2", "ben", LocalDate.of(2026, 3, 1), 100_000)));

    @Test
    void supersededAndLaterSubmissionsAreListedById() {
        ForecastSnapshot snapshot = ForecastSnapshot.of(INPUT, Q1, ForecastCategory.COMMIT, AS_OF);
        assertThat(snapshot.forecasts()).extracting(f -> f.submission().id()).containsExactly("z2", "a2");
        assertThat(snapshot.superseded()).containsExactly("a1", "z1");
        assertThat(snapshot.afterAsOf()).containsExactly("a3", "z3");
    }

    @Test
    void bySubmitterAndSeriesInAReportingCurrency() {
        // Ana: z2 1,000.00 against 900.00 (error +100.00); Ben: a2 800.00 against 1,000.00 (error -200.00).
        Breakdown<String, ForecastAccuracy> bySubmitter = ForecastAccuracy.by(INPUT, Q1, ForecastCategory.COMMIT,
                AS_OF, ForecastSubmission::submitter, USD);
        assertThat(bySubmitter.get("ana").orElseThrow().bias().exactValue()).contains(Rational.of(1, 9));
        assertThat(bySubmitter.get("ben").orElseThrow().bias().exactValue()).contains(Rational.of(-1, 5));
        assertThat(bySubmitter.total().wape().exactValue()).contains(Rational.of(300, 1_900));

        List<ForecastAccuracy> quarters = ForecastAccuracy.series(INPUT, Period.year(2026), Granularity.QUARTER,
                ForecastCategory.COMMIT, AS_OF, USD).values();
        assertThat(quarters).hasSize(4);
        assertThat(quarters.get(0)).isEqualTo(bySubmitter.total());
        assertThat(quarters.get(1).count()).isZero();
    }
}
