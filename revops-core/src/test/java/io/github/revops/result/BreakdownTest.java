package io.github.revops.result;

import io.github.revops.math.Rational;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakdownTest {

    private record Cycle(String owner, int days) {
    }

    private static final List<Cycle> CYCLES = List.of(new Cycle("Bo", 10), new Cycle("Ana", 20),
            new Cycle("Bo", 30), new Cycle("Ana", 40), new Cycle("Cy", 5));

    @Test
    void groupsInKeyOrderAndTotalsToTheWhole() {
        Breakdown<String, DayHistogram> byOwner = CYCLES.stream()
                .collect(Breakdown.by(Cycle::owner, DayHistogram.collector(Cycle::days), DayHistogram.EMPTY));
        assertThat(byOwner.groups().keySet()).containsExactly("Ana", "Bo", "Cy");
        assertThat(byOwner.get("Ana").orElseThrow().mean()).contains(Rational.of(30));
        assertThat(byOwner.get("Zed")).isEmpty();
        assertThat(byOwner.total()).isEqualTo(DayHistogram.of(10, 20, 30, 40, 5));
    }

    @Test
    void ofKeepsTheGivenOrder() {
        Breakdown<String, Ratio> b = Breakdown.of(Map.of("a", Ratio.of(1, 2), "b", Ratio.of(3, 4)),
                Comparator.<String>reverseOrder(), Ratio.EMPTY);
        assertThat(b.groups().keySet()).containsExactly("b", "a");
        assertThat(b.total()).isEqualTo(Ratio.of(4, 6));
        assertThat(Breakdown.of(Map.<String, Ratio>of(), Comparator.naturalOrder(), Ratio.EMPTY).total())
                .isEqualTo(Ratio.EMPTY);
    }

    private enum Tier { GOLD, SILVER, BRONZE }

    private record Sale(Tier tier, int days) {
    }

    @Test
    void anEnumKeyListsEveryConstantWhateverTheInput() {
        List<Sale> sales = List.of(new Sale(Tier.SILVER, 4), new Sale(Tier.SILVER, 6));
        Breakdown<Tier, DayHistogram> byTier = sales.stream()
                .collect(Breakdown.by(Sale::tier, DayHistogram.collector(Sale::days), DayHistogram.EMPTY));
        assertThat(byTier.groups().keySet()).containsExactly(Tier.GOLD, Tier.SILVER, Tier.BRONZE);
        assertThat(byTier.get(Tier.GOLD)).contains(DayHistogram.EMPTY);
        assertThat(byTier.get(Tier.SILVER).orElseThrow().mean()).contains(Rational.of(5));
        // no record: the enum is named, and every constant has the empty result
        Breakdown<Tier, DayHistogram> none = List.<Sale>of().stream()
                .collect(Breakdown.by(Sale::tier, DayHistogram.collector(Sale::days), DayHistogram.EMPTY));
        assertThat(none.groups()).isEmpty();
        assertThat(none.withAllOf(Tier.class).groups()).containsExactly(Map.entry(Tier.GOLD, DayHistogram.EMPTY),
                Map.entry(Tier.SILVER, DayHistogram.EMPTY), Map.entry(Tier.BRONZE, DayHistogram.EMPTY));
        assertThat(byTier.withAllOf(Tier.class)).isEqualTo(byTier);
        // of, a given order, and combine keep every constant too
        Breakdown<Tier, Ratio> reversed = Breakdown.of(Map.of(Tier.BRONZE, Ratio.of(1, 2)),
                Comparator.<Tier>reverseOrder(), Ratio.EMPTY);
        assertThat(reversed.groups().keySet()).containsExactly(Tier.BRONZE, Tier.SILVER, Tier.GOLD);
        assertThat(none.combine(byTier)).isEqualTo(byTier);
        assertThat(none.withAllOf(Tier.class).combine(byTier)).isEqualTo(byTier);
    }

    @Test
    void withAllOfRejectsATypeThatIsNotAnEnum() {
        Breakdown<String, Ratio> byName = Breakdown.of(Map.of("a", Ratio.of(1, 2)), Comparator.naturalOrder(),
                Ratio.EMPTY);
        assertThatThrownBy(() -> byName.withAllOf(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enumType (java.lang.String) must be an enum");
    }

    @Test
    void timeSeriesRunsTheMetricPerPeriodInOrder() {
        TimeSeries<Long> days = TimeSeries.of(Period.quarter(2024, 1), Granularity.MONTH, Period::lengthInDays);
        assertThat(days.values()).containsExactly(31L, 29L, 31L);
        assertThat(days.get(Period.month(2024, 2))).contains(29L);
        assertThat(days.get(Period.month(2024, 4))).isEmpty();
        assertThat(days.points().get(0).period()).isEqualTo(Period.month(2024, 1));
    }
}
