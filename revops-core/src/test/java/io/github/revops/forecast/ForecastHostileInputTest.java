package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.revops.testing.DocumentedOutcome.MESSAGE_BOUND;
import static io.github.revops.testing.DocumentedOutcome.documented;
import static io.github.revops.testing.DocumentedOutcome.finite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The forecast entry points on random and adversarial input: forecasts and quotas of zero and
 * {@code Long.MAX_VALUE} minor units, repeated ids and same-day resubmissions, two currencies, periods and as-of
 * dates at the edges of the calendar, roll-ups with cycles and a chain of 20,000 owners. Every call ends within
 * seconds in a result whose sums match a {@link BigInteger} oracle and whose ratios are finite, or in a documented
 * exception with a message of bounded length; a roll-up is checked in linear time.
 */
@Tag("hostile-input")
class ForecastHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<Period> PERIODS = List.of(Period.quarter(2026, 1), Period.year(1969),
            Period.month(999_999_999, 6), Period.month(-999_999_999, 1));
    private static final List<LocalDate> SUBMITTED = List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1),
            LocalDate.of(1969, 12, 31), LocalDate.of(999_999_999, 6, 2), LocalDate.MIN);
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2026, 3, 31), LocalDate.MIN, LocalDate.MAX,
            LocalDate.of(1969, 12, 31));
    private static final List<Money> AMOUNTS = List.of(Money.parse("USD 1000.00"), Money.parse("USD 0.00"),
            Money.ofMinor("USD", Long.MAX_VALUE), Money.parse("EUR 5.00"), Money.ofMinor("USD", 1));
    private static final List<String> PEOPLE = List.of("ana", "bob", "x".repeat(10_000));

    @Test
    void everyEntryPoint_givesAResultOrADocumentedException() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(200).withShrinkCycles(50)
                .forAll(submissions(), deals(), lists().of(integers().between(0, 999)).ofSize(4))
                .checkAssert((submissions, deals, choice) -> {
                    Period period = PERIODS.get(choice.get(0) % PERIODS.size());
                    LocalDate asOf = AS_OF.get(choice.get(1) % AS_OF.size());
                    ForecastCategory category = ForecastCategory.values()[choice.get(2) % 3];
                    ForecastInput input;
                    try {
                        input = ForecastInput.of(submissions, deals).withQuotas(quotas(choice.get(3)))
                                .withRollUp(choice.get(3) % 2 == 0 ? Map.of() : Map.of("bob", "ana"));
                    } catch (InvalidRecordException e) {
                        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND).endsWith("is not unique");
                        return;
                    }
                    documented(() -> ForecastAccuracy.of(input, period, category, asOf), accuracy -> {
                        finite(accuracy.mape().ratio());
                        finite(accuracy.wape());
                        finite(accuracy.mse());
                        finite(accuracy.bias());
                        finite(accuracy.smape());
                        assertThat(accuracy.zeroActualForecasts().size()).isLessThanOrEqualTo((int) accuracy.count());
                        try {
                            accuracy.rootMeanSquaredError(RoundingMode.HALF_EVEN)
                                    .ifPresent(rmse -> assertThat(rmse.isNegative()).isFalse());
                        } catch (ArithmeticException e) {
                            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND)
                                    .endsWith("is too large for Money");
                        }
                    });
                    documented(() -> ForecastSnapshot.of(input, period, category, asOf), snapshot -> {
                        BigInteger forecasts = BigInteger.ZERO;
                        BigInteger actuals = BigInteger.ZERO;
                        for (ScoredForecast f : snapshot.forecasts()) {
                            forecasts = forecasts.add(BigInteger.valueOf(f.submission().amount().minorUnits()));
                            actuals = actuals.add(f.actual().minorUnits().numerator());
                        }
                        assertThat(snapshot.accuracy().actuals().minorUnits().numerator()).isEqualTo(actuals);
                        assertThat(snapshot.accuracy().errors().minorUnits().numerator())
                                .isEqualTo(forecasts.subtract(actuals));
                    });
                    documented(() -> AccuracyByWeek.of(input, period, category),
                            weeks -> weeks.weeks().keySet().forEach(w -> assertThat(w).isPositive()));
                    documented(() -> QuotaAttainment.of(input, period), attainment -> finite(attainment.attainment()));
                }));
    }

    @Test
    void aRollUpOfTwentyThousandOwners_isCheckedInLinearTime_andACycleIsNamedBriefly() {
        ForecastInput base = ForecastInput.of(List.of(), List.of());
        Map<String, String> chain = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            chain.put("o" + i, "o" + (i + 1));
        }
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> base.withRollUp(chain)).rollUp())
                .hasSize(20_000);
        Map<String, String> cycle = new HashMap<>(chain);
        cycle.put("o20000", "o0");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> base.withRollUp(cycle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("rollUp \\(20,001 owners\\) has a cycle through 'o\\d+'"));
    }

    @Test
    void hostileArgumentsOfTheMetrics_areRefusedAtOnce() {
        ForecastAccuracy accuracy = ForecastAccuracy.of(forecastOf(Long.MAX_VALUE), Period.quarter(2026, 1),
                ForecastCategory.COMMIT, LocalDate.of(2026, 3, 31));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> accuracy.rmse(new MathContext(1_000_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context precision (1000000) must be 1 to 10,000"));
        // the limit itself is computed (outside the hang guard: 10,000 digits take a while on a loaded machine)
        assertThat(accuracy.rmse(new MathContext(10_000))).isPresent();
        assertThat(accuracy.rootMeanSquaredError(RoundingMode.HALF_EVEN))
                .hasValue(Money.ofMinor("USD", Long.MAX_VALUE));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add("F" + i);
        }
        assertThat(new ZeroActualException(ids).getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND)
                .startsWith("MAPE is undefined: the actual of forecast(s) [F0, F1").endsWith("is 0 (policy FAIL)");
    }

    @Test
    void anRmseBeyondMoney_isTheDocumentedOverflow_andTheExactRmseStillAnswers() {
        // a forecast of 0 against two won deals of Long.MAX_VALUE cents: the error is 2 * Long.MAX_VALUE cents
        ForecastInput input = ForecastInput.of(List.of(new ForecastSubmission("F", "ana", Period.quarter(2026, 1),
                LocalDate.of(2026, 1, 10), ForecastCategory.COMMIT, Money.ofMinor("USD", 0))),
                List.of(TestForecasts.won("D1", "ana", LocalDate.of(2026, 2, 1), Long.MAX_VALUE),
                        TestForecasts.won("D2", "ana", LocalDate.of(2026, 2, 2), Long.MAX_VALUE)));
        ForecastAccuracy accuracy = ForecastAccuracy.of(input, Period.quarter(2026, 1), ForecastCategory.COMMIT,
                LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> accuracy.rootMeanSquaredError(RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (USD 18446744073709551614 minor) is too large for Money");
        assertThat(accuracy.rmse(new MathContext(30)).orElseThrow().minorUnits().numerator())
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1));
    }

    private static ForecastInput forecastOf(long minor) {
        return ForecastInput.of(List.of(new ForecastSubmission("F", "ana", Period.quarter(2026, 1),
                LocalDate.of(2026, 1, 10), ForecastCategory.COMMIT, Money.ofMinor("USD", minor))), List.of());
    }

    private static List<Quota> quotas(int pick) {
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i <= pick % 3; i++) {
            quotas.add(new Quota(PEOPLE.get((pick + i) % 2), PERIODS.get((pick / 3 + i) % PERIODS.size()),
                    AMOUNTS.get((pick / 7 + i) % AMOUNTS.size())));
        }
        return quotas;
    }

    private static Gen<List<ForecastSubmission>> submissions() {
        return lists().of(lists().of(integers().between(0, 999)).ofSize(5)).ofSizeBetween(0, 4).map(rows -> {
            List<ForecastSubmission> out = new ArrayList<>();
            for (List<Integer> r : rows) {
                out.add(new ForecastSubmission("F" + r.get(0) % 5, PEOPLE.get(r.get(1) % PEOPLE.size()),
                        PERIODS.get(r.get(2) % PERIODS.size()), SUBMITTED.get(r.get(3) % SUBMITTED.size()),
                        ForecastCategory.values()[r.get(4) % 3], AMOUNTS.get(r.get(4) % AMOUNTS.size())));
            }
            return out;
        });
    }

    private static Gen<List<Deal>> deals() {
        return lists().of(lists().of(integers().between(0, 999)).ofSize(3)).ofSizeBetween(0, 3).map(rows -> {
            List<Deal> out = new ArrayList<>();
            for (List<Integer> r : rows) {
                LocalDate closed = List.of(LocalDate.of(2026, 2, 1), LocalDate.of(1969, 12, 31),
                        LocalDate.of(999_999_999, 6, 15)).get(r.get(1) % 3);
                out.add(TestForecasts.won("D" + r.get(0) % 4, PEOPLE.get(r.get(1) % 2), closed,
                        List.of(0L, 100_000L, Long.MAX_VALUE).get(r.get(2) % 3)));
            }
            return out;
        });
    }
}
