package io.github.revops.result;

import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;


import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class ResultAlgebraPropertyTest {

    private static Gen<Ratio> ratios() {
        return longs().between(-1_000_000, 1_000_000).zip(longs().between(0, 1_000_000), Ratio::of);
    }

    private static Gen<DayAverage> averages() {
        return longs().between(0, 1_000_000).zip(longs().between(0, 1_000_000), DayAverage::of);
    }

    private static Gen<DayHistogram> histograms() {
        return lists().of(integers().between(0, 1000)).ofSizeBetween(0, 30)
                .map(l -> DayHistogram.of(l.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Test
    void ratioCombineIsAssociativeCommutativeWithEmptyIdentity() {
        qt().forAll(ratios(), ratios(), ratios()).check((a, b, c) -> laws(a, b, c, Ratio.EMPTY));
    }

    @Test
    void dayAverageCombineIsAssociativeCommutativeWithEmptyIdentity() {
        qt().forAll(averages(), averages(), averages()).check((a, b, c) -> laws(a, b, c, DayAverage.EMPTY));
    }

    @Test
    void dayHistogramCombineIsAssociativeCommutativeWithEmptyIdentity() {
        qt().forAll(histograms(), histograms(), histograms()).check((a, b, c) -> laws(a, b, c, DayHistogram.EMPTY));
    }

    @Test
    void combinedHistogramKeepsCountSumAndMean() {
        qt().forAll(histograms(), histograms()).check((a, b) -> {
            DayHistogram c = a.combine(b);
            return c.count() == a.count() + b.count() && c.sumDays() == a.sumDays() + b.sumDays()
                    && c.mean().equals(c.average().mean());
        });
    }

    @Test
    void ratioValueNeverNaNOrInfinite() {
        qt().forAll(ratios()).check(r -> r.value().isEmpty() == (r.denominator().equals(Rational.ZERO))
                && r.value().stream().allMatch(Double::isFinite));
    }

    @Test
    void breakdownCombineIsAssociativeCommutativeAndTotalIsTheCombineOfGroups() {
        Gen<Breakdown<String, DayHistogram>> breakdowns = lists().of(integers().between(0, 60)).ofSizeBetween(0, 20)
                .map(days -> days.stream().collect(Breakdown.by(d -> "g" + (d % 3),
                        DayHistogram.collector(Integer::intValue), DayHistogram.EMPTY)));
        qt().forAll(breakdowns, breakdowns, breakdowns).check((a, b, c) -> {
            DayHistogram total = a.total().combine(b.total());
            return a.combine(b).combine(c).equals(a.combine(b.combine(c))) && a.combine(b).equals(b.combine(a))
                    && a.combine(b).total().equals(total);
        });
    }

    private static <T extends Mergeable<T>> boolean laws(T a, T b, T c, T empty) {
        return a.combine(b).combine(c).equals(a.combine(b.combine(c)))
                && a.combine(b).equals(b.combine(a))
                && a.combine(empty).equals(a) && empty.combine(a).equals(a);
    }

}
