package io.github.revops.internal;

import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small helpers of the internal package: checks, bounded text, dated search, one currency, accumulators. */
class SmallHelpersTest {

    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");

    @Test
    void checks_passValidValues_andNameTheFieldOtherwise() {
        assertThat(Checks.nonNegative("count", 0)).isZero();
        assertThat(Checks.nonNegative("count", 7)).isEqualTo(7);
        assertThat(Checks.positive("days", 1)).isEqualTo(1);
        assertThat(Checks.notBlank("name", " a ")).isEqualTo(" a ");
        assertThat(Checks.notNull("x", "value")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.nonNegative("count", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count (-1) must be >= 0");
        assertThatThrownBy(() -> Checks.positive("days", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days (0) must be > 0");
        assertThatThrownBy(() -> Checks.notBlank("name", " \t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name (' \t') must not be blank");
        assertThatThrownBy(() -> Checks.notBlank("name", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Checks.notNull(null, "value")).isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void boundedText_keeps64Characters_andCountsTheRest() {
        String sixtyFour = "a".repeat(64);
        assertThat(BoundedText.of(sixtyFour)).isEqualTo(sixtyFour);
        assertThat(BoundedText.of(sixtyFour + "b")).isEqualTo(sixtyFour + "... (65 characters)");
        assertThat(BoundedText.of("c".repeat(1_234_567))).isEqualTo("c".repeat(64) + "... (1,234,567 characters)");
        // a surrogate pair across the cut is kept whole or not at all: here dropped, 63 characters shown
        String emojiAtTheCut = "a".repeat(63) + "\uD83D\uDE00" + "z";
        assertThat(BoundedText.of(emojiAtTheCut)).isEqualTo("a".repeat(63) + "... (66 characters)");
    }

    @Test
    void countBefore_countsTheDatesStrictlyBeforeTheDay() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 1, 5));
        assertThat(IntStream.rangeClosed(0, 6)
                .map(day -> DatedIndex.countBefore(dates, d -> d, LocalDate.of(2025, 12, 31).plusDays(day))))
                .containsExactly(0, 0, 1, 1, 3, 3, 4);
        assertThat(DatedIndex.countBefore(List.<LocalDate>of(), d -> d, LocalDate.of(2026, 1, 1))).isZero();
    }

    @Test
    void oneCurrency_isTheGivenOne_orTheOnlyOneOfTheAmounts() {
        ExchangeRates rates = InMemoryExchangeRates.builder().build();
        ReportingCurrency converting = ReportingCurrency.of(USD, rates);
        assertThat(OneCurrency.resolve(Optional.of(converting), Stream.of(EUR, USD))).isSameAs(converting);
        assertThat(OneCurrency.resolve(Optional.empty(), Stream.of(EUR, EUR))).isEqualTo(ReportingCurrency.of(EUR));
        ReportingCurrency usd = ReportingCurrency.of(USD);
        assertThat(OneCurrency.resolve(Optional.of(usd), Stream.of(USD))).isSameAs(usd);
        assertThat(OneCurrency.resolve(Optional.of(usd), Stream.empty())).isSameAs(usd);
        assertThatThrownBy(() -> OneCurrency.resolve(Optional.of(usd), Stream.of(EUR)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> OneCurrency.resolve(Optional.empty(), Stream.of(USD, USD, EUR)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> OneCurrency.resolve(Optional.empty(), Stream.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the input holds no amount to take the currency from: give a ReportingCurrency");
    }

    @Test
    void recordAccumulator_givesTheSameResultSequentiallyInParallelAndByHand() {
        List<Integer> values = IntStream.rangeClosed(1, 10_000).boxed().toList();
        long expected = 10_000L * 10_001 / 2;
        assertThat(values.stream().collect(RecordAccumulator.collector(Total::new))).isEqualTo(expected);
        assertThat(values.parallelStream().collect(RecordAccumulator.collector(Total::new))).isEqualTo(expected);
        assertThat(RecordAccumulator.compute(values, new Total())).isEqualTo(expected);
        assertThat(RecordAccumulator.compute(List.<Integer>of(), new Total())).isZero();
    }

    /** Sums integers. */
    private static final class Total implements RecordAccumulator<Integer, Total, Long> {
        private long sum;

        @Override
        public void add(Integer record) {
            sum += record;
        }

        @Override
        public Total addAll(Total other) {
            sum += other.sum;
            return this;
        }

        @Override
        public Long result() {
            return sum;
        }
    }
}
