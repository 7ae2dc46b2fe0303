package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.testing.DocumentedOutcome;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * The unit-economics entry points on random and adversarial input: zero and {@code Long.MAX_VALUE} amounts, spend
 * from 1900 to the last years {@code LocalDate} holds, empty inputs, repeated ids, three currencies with and
 * without exchange rates, periods that are not whole months or lie at the edge of the calendar, and options asking
 * for billions of months. Every call ends within seconds in a result whose spend matches a {@link BigInteger} sum
 * of its own and whose ratios are finite, or in a documented exception ({@code IllegalArgumentException}, its
 * {@link InvalidRecordException} and {@link CurrencyMismatchException}, {@code DateTimeException} at the edge of
 * the calendar, {@link MissingExchangeRateException}) with a short message; never an {@code ArithmeticException},
 * an index out of bounds or an {@code OutOfMemoryError}.
 */
@Tag("hostile-input")
class EconomicsHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Currency USD = Currency.getInstance("USD");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 28),
            LocalDate.of(1969, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31),
            LocalDate.of(-999_999_998, 3, 1), LocalDate.of(999_999_998, 3, 1));
    private static final List<Money> AMOUNTS = List.of(Money.parse("USD 1000.00"), Money.parse("USD 0.00"),
            Money.parse("USD 0.01"), Money.ofMinor("USD", Long.MAX_VALUE), Money.parse("EUR 5.00"),
            Money.parse("JPY 100"));
    private static final List<Money> PRICES = List.of(Money.parse("USD 10.00"), Money.parse("USD 0.00"),
            Money.ofMinor("USD", 1_000_000_000_000L), Money.parse("EUR 10.00"));
    private static final List<LocalDate> STARTS = List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 15),
            LocalDate.of(1969, 6, 1), LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 1));
    private static final List<Period> PERIODS = List.of(Period.quarter(2026, 1), Period.month(1970, 1),
            Period.year(1969), Period.month(1900, 1), Period.month(2199, 12),
            Period.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15)), Period.month(-999_999_999, 6),
            Period.month(999_999_999, 6));
    private static final List<EconomicsOptions> OPTIONS = List.of(EconomicsOptions.DEFAULTS,
            EconomicsOptions.DEFAULTS.withLagMonths(1_200), EconomicsOptions.DEFAULTS.withChurnWindowMonths(1_200),
            EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(1, 1_000_000)));
    private static final List<Optional<ReportingCurrency>> REPORTING = List.of(Optional.empty(),
            Optional.of(ReportingCurrency.of(USD)), Optional.of(ReportingCurrency.of(USD, InMemoryExchangeRates.builder()
                    .add("EUR", "USD", LocalDate.of(1800, 1, 1), new BigDecimal("1.10"))
                    .add("JPY", "USD", LocalDate.of(1800, 1, 1), new BigDecimal("0.0067")).build())));

    @Test
    void everyEntryPoint_givesAResultOrADocumentedException() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(200).withShrinkCycles(50)
                .forAll(lists().of(integers().between(0, 999)).ofSize(4), spend(), subscriptions())
                .checkAssert((choice, spend, subscriptions) -> {
                    Period period = PERIODS.get(choice.get(0) % PERIODS.size());
                    EconomicsOptions options = OPTIONS.get(choice.get(1) % OPTIONS.size());
                    Optional<ReportingCurrency> reporting = REPORTING.get(choice.get(2) % REPORTING.size());
                    int months = List.of(1, 12, 1_200).get(choice.get(3) % 3);
                    EconomicsInput input;
                    try {
                        input = EconomicsInput.of(spend, subscriptions);
                    } catch (InvalidRecordException e) {
                        assertThat(e.getMessage()).endsWith("is not unique");
                        assertThat(hasDuplicate(spend.stream().map(Spend::id).toList())
                                || hasDuplicate(subscriptions.stream().map(Subscription::id).toList())).isTrue();
                        return;
                    }
                    documented(() -> reporting.map(r -> SpendSummary.of(spend, period, r))
                            .orElseGet(() -> SpendSummary.of(spend, period)), summary -> {
                                if (reporting.isEmpty() || reporting.get().rates().isEmpty()) {
                                    assertThat(summary.total().minorUnits()).isEqualTo(spentIn(spend, period));
                                }
                            });
                    documented(() -> reporting.map(r -> CacReport.of(input, period, options, r))
                            .orElseGet(() -> CacReport.of(input, period, options)), cac -> {
                                if (reporting.isEmpty() || reporting.get().rates().isEmpty()) {
                                    assertThat(cac.blended().spend().minorUnits())
                                            .isEqualTo(spentIn(spend, cac.spendPeriod()));
                                }
                                cac.blended().value().ifPresent(v -> assertThat(v.multipliedBy(Rational.of(
                                        cac.blended().newCustomers()))).isEqualTo(cac.blended().spend()));
                            });
                    documented(() -> reporting.map(r -> UnitEconomics.of(input, period, options, r))
                            .orElseGet(() -> UnitEconomics.of(input, period, options)), economics -> {
                                finite(economics.ltv().churn());
                                economics.monthlyLogoChurn().values().forEach(DocumentedOutcome::finite);
                            });
                    documented(() -> reporting.map(r -> CohortLtv.of(input, period, months, options, r))
                            .orElseGet(() -> CohortLtv.of(input, period, months, options)),
                            cohort -> assertThat(cohort.revenue()).hasSize(months));
                    documented(() -> LtvToCac.of(input, period, options), ratio -> ratio.value()
                            .ifPresent(v -> assertThat(Double.isFinite(v.doubleValue())).isTrue()));
                }));
    }

    @Test
    void spendBeyondTheLongRange_isSummedExactly() {
        LocalDate day = LocalDate.of(2026, 1, 10);
        List<Spend> spend = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            spend.add(Spend.of("S" + i, day, Money.ofMinor("USD", Long.MAX_VALUE), SpendCategory.MARKETING, "ads",
                    true));
        }
        BigInteger four = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(4));
        SpendSummary summary = SpendSummary.of(spend, Period.quarter(2026, 1));
        assertThat(summary.total().minorUnits()).isEqualTo(Rational.of(four, BigInteger.ONE));
        assertThat(summary.byChannel().get("ads")).isEqualTo(summary.total());
        CacReport cac = CacReport.of(EconomicsInput.of(spend, List.of()), Period.quarter(2026, 1));
        assertThat(cac.blended().spend().minorUnits()).isEqualTo(Rational.of(four, BigInteger.ONE));
    }

    @Test
    void optionsAndHorizonsBeyondACentury_areRefused_naming_theValue() {
        EconomicsInput input = EconomicsInput.of(List.of(Spend.of("S", LocalDate.of(2026, 1, 10),
                Money.parse("USD 10.00"), SpendCategory.SALES, "ads", true)), List.of(Subscription.of("B", "C",
                Money.parse("USD 10.00"), BillingInterval.MONTH, LocalDate.of(2026, 1, 5))));
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> CohortLtv.of(input, Period.quarter(2026, 1), Integer.MAX_VALUE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("months (2147483647) must be 1 to 1,200");
            assertThatThrownBy(() -> CohortLtv.empty(USD, Integer.MAX_VALUE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("months (2147483647) must be 0 to 1,200");
            assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withChurnWindowMonths(Integer.MAX_VALUE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("churnWindowMonths (2147483647) must be 1 to 1,200");
            assertThatThrownBy(() -> EconomicsOptions.DEFAULTS.withLagMonths(1_201))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("lagMonths (1201) must be 0 to 1,200");
        });
    }

    /** The spend of one currency in a period, in minor units, by BigInteger. */
    private static Rational spentIn(List<Spend> spend, Period period) {
        BigInteger sum = BigInteger.ZERO;
        for (Spend s : spend) {
            if (period.contains(s.date())) {
                sum = sum.add(BigInteger.valueOf(s.amount().minorUnits()));
            }
        }
        return Rational.of(sum, BigInteger.ONE);
    }

    private static boolean hasDuplicate(List<String> ids) {
        Set<String> seen = new HashSet<>();
        return !ids.stream().allMatch(seen::add);
    }

    private static Gen<List<Spend>> spend() {
        return lists().of(lists().of(integers().between(0, 999)).ofSize(4)).ofSizeBetween(0, 4).map(rows -> {
            List<Spend> out = new ArrayList<>();
            for (List<Integer> r : rows) {
                out.add(Spend.of("S" + r.get(0) % 5, DATES.get(r.get(1) % DATES.size()),
                        AMOUNTS.get(r.get(2) % AMOUNTS.size()), SpendCategory.values()[r.get(3) % 2],
                        r.get(3) % 3 == 0 ? "ads" : "events", r.get(3) % 2 == 0));
            }
            return out;
        });
    }

    private static Gen<List<Subscription>> subscriptions() {
        return lists().of(lists().of(integers().between(0, 999)).ofSize(3)).ofSizeBetween(0, 3).map(rows -> {
            List<Subscription> out = new ArrayList<>();
            for (List<Integer> r : rows) {
                out.add(Subscription.of("B" + r.get(0) % 4, "C" + r.get(0) % 2, PRICES.get(r.get(1) % PRICES.size()),
                        r.get(2) % 2 == 0 ? BillingInterval.MONTH : BillingInterval.YEAR,
                        STARTS.get(r.get(2) % STARTS.size())));
            }
            return out;
        });
    }
}
