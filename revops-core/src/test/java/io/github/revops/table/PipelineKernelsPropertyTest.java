package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.pipeline.DealKeys;
import io.github.revops.pipeline.DealTally;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Each pipeline metric has one kernel that table rows and records both go through; these properties feed it the
 * inputs where the former separate copies of the rules differed: days on and next to the period's bounds, open
 * deals, same-day closes, zero amounts, periods before 1970 and from {@code LocalDate.MIN}, and (records only, as a
 * table holds {@code int} days) dates beyond the {@code int} day range. Every path must give the same answer, and
 * the record path must give the answer of a plain loop over the definitions of docs/metrics.md#pipeline-metrics.
 */
class PipelineKernelsPropertyTest {

    /** Periods whose bounds the deals are drawn around. */
    private static final List<Period> PERIODS = List.of(Period.year(2024), Period.month(1969, 12),
            Period.quarter(1950, 2), Period.of(LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 2)),
            Period.day(LocalDate.of(2024, 2, 29)), Period.of(LocalDate.MIN, LocalDate.of(1800, 1, 1)),
            Period.of(LocalDate.of(2030, 1, 1), LocalDate.MAX),
            Period.of(LocalDate.ofEpochDay(Integer.MIN_VALUE + 1L), LocalDate.ofEpochDay(Integer.MIN_VALUE + 40L)));

    /** A segment attribute that every deal has. */
    private static final String REGION = "region";

    @Test
    void winRate_tablesRecordsCollectorsSplitsAndGroupsAgreeOnBoundaryDeals() {
        boundaryDeals((deals, table, split, p) -> {
            agree(deals, table, split, p, WinRate::of, WinRate::of, WinRate.collector(p), WinRate::combine);
            assertThat(WinRate.of(deals, p)).isEqualTo(oracleWinRate(deals, p));
            assertThat(WinRate.by(table, p, table.owner())).isEqualTo(WinRate.by(deals, p, Deal::owner));
            assertThat(WinRate.by(table, p, region(table)))
                    .isEqualTo(WinRate.by(deals, p, DealKeys.segment(REGION)));
        }, (deals, table, range) -> assertThat(WinRate.series(table, range, Granularity.MONTH))
                .isEqualTo(WinRate.series(deals, range, Granularity.MONTH)));
    }

    @Test
    void salesCycle_tablesRecordsCollectorsSplitsAndGroupsAgreeOnBoundaryDeals() {
        boundaryDeals((deals, table, split, p) -> {
            agree(deals, table, split, p, SalesCycle::of, SalesCycle::of, SalesCycle.collector(p),
                    SalesCycle::combine);
            assertThat(SalesCycle.of(deals, p)).isEqualTo(oracleCycle(deals, p));
            assertThat(SalesCycle.by(table, p, table.owner())).isEqualTo(SalesCycle.by(deals, p, Deal::owner));
            assertThat(SalesCycle.by(table, p, region(table)))
                    .isEqualTo(SalesCycle.by(deals, p, DealKeys.segment(REGION)));
        }, (deals, table, range) -> assertThat(SalesCycle.series(table, range, Granularity.MONTH))
                .isEqualTo(SalesCycle.series(deals, range, Granularity.MONTH)));
    }

    @Test
    void velocity_tablesRecordsCollectorsSplitsAndGroupsAgreeOnBoundaryDeals() {
        boundaryDeals((deals, table, split, p) -> {
            agree(deals, table, split, p, PipelineVelocity::of, PipelineVelocity::of,
                    PipelineVelocity.collector(p), PipelineVelocity::combine);
            assertThat(PipelineVelocity.of(deals, p)).isEqualTo(oracleVelocity(deals, p));
            assertThat(PipelineVelocity.by(table, p, table.owner()))
                    .isEqualTo(PipelineVelocity.by(deals, p, Deal::owner));
            assertThat(PipelineVelocity.by(table, p, region(table)))
                    .isEqualTo(PipelineVelocity.by(deals, p, DealKeys.segment(REGION)));
        }, (deals, table, range) -> assertThat(PipelineVelocity.series(table, range, Granularity.MONTH))
                .isEqualTo(PipelineVelocity.series(deals, range, Granularity.MONTH)));
    }

    /** What one metric must give on one input, for each period asked. */
    @FunctionalInterface
    private interface PerPeriod {
        void check(List<Deal> deals, DealTable table, List<DealTable> split, Period period);
    }

    /** What one metric's series must give on one input. */
    @FunctionalInterface
    private interface PerRange {
        void check(List<Deal> deals, DealTable table, Period range);
    }

    /**
     * Draws deals around one of {@link #PERIODS}, as records, a table and a split of it, and checks a metric on the
     * period, its neighbours (see {@link #periodsToAsk}) and a three-month range from the period's start.
     */
    private static void boundaryDeals(PerPeriod perPeriod, PerRange perRange) {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 120), integers().between(1, 5))
                .checkAssert((seed, size, parts) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    Period around = PERIODS.get(random.nextInt(PERIODS.size()));
                    List<Deal> deals = dealsAround(random, around, size, false);
                    DealTable table = DealTable.of(deals);
                    List<DealTable> split = table.split(parts);
                    for (Period p : periodsToAsk(around)) {
                        perPeriod.check(deals, table, split, p);
                    }
                    Period range = around.start().equals(LocalDate.MIN)
                            ? Period.of(around.end().minusMonths(3), around.end())
                            : Period.of(around.start(), around.start().plusMonths(3));
                    perRange.check(deals, table, range);
                });
    }

    private static CodeColumn region(DealTable table) {
        return table.segment(REGION).orElseThrow();
    }

    @Test
    void recordsBeyondTheIntDayRangeFollowTheDefinitions() {
        // a table holds int epoch days only (about 5.8 million years each way); records hold any LocalDate
        List<Period> far = List.of(Period.of(LocalDate.MIN, LocalDate.MAX),
                Period.of(LocalDate.of(-3_000_000, 1, 1), LocalDate.of(-2_999_999, 1, 1)),
                Period.of(LocalDate.of(7_000_000, 3, 1), LocalDate.of(7_000_000, 4, 1)),
                Period.of(LocalDate.MIN, LocalDate.MIN.plusDays(10)));
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 60)).checkAssert((seed, size) -> {
            SplittableRandom random = new SplittableRandom(seed);
            Period around = far.get(random.nextInt(far.size()));
            List<Deal> deals = dealsAround(random, around, size, true);
            for (Period p : periodsToAsk(around)) {
                WinRate rate = WinRate.of(deals, p);
                assertThat(rate).isEqualTo(oracleWinRate(deals, p))
                        .isEqualTo(deals.parallelStream().collect(WinRate.collector(p)))
                        .isEqualTo(WinRate.by(deals, p, Deal::owner).total());
                PipelineVelocity velocity = PipelineVelocity.of(deals, p);
                assertThat(velocity).isEqualTo(oracleVelocity(deals, p))
                        .isEqualTo(PipelineVelocity.by(deals, p, Deal::source).total());
                if (deals.stream().allMatch(d -> d.isOpen() || fitsInt(d))) {
                    assertThat(SalesCycle.of(deals, p)).isEqualTo(oracleCycle(deals, p))
                            .isEqualTo(SalesCycle.by(deals, p, Deal::owner).total());
                }
            }
        });
    }

    private static boolean fitsInt(Deal deal) {
        long days = deal.closeDate().orElseThrow().toEpochDay() - deal.createdDate().toEpochDay();
        return days <= Integer.MAX_VALUE;
    }

    private static <R> void agree(List<Deal> deals, DealTable table, List<DealTable> split, Period p,
                                  BiFunction<List<Deal>, Period, R> ofRecords,
                                  BiFunction<DealTable, Period, R> ofTable,
                                  Collector<Deal, ?, R> collector, BinaryOperator<R> combine) {
        R expected = ofRecords.apply(deals, p);
        assertThat(ofTable.apply(table, p)).isEqualTo(expected);
        assertThat(Parallel.evaluate(split, t -> ofTable.apply(t, p), combine)).isEqualTo(expected);
        assertThat(deals.stream().collect(collector)).isEqualTo(expected);
        assertThat(deals.parallelStream().collect(collector)).isEqualTo(expected);
    }

    /** The period itself, the periods just before and after it, and the period shifted by a day each way. */
    private static List<Period> periodsToAsk(Period around) {
        List<Period> asked = new ArrayList<>(List.of(around));
        if (around.start().isAfter(LocalDate.MIN.plusDays(1))) {
            asked.add(Period.of(around.start().minusDays(1), around.end()));
            asked.add(Period.of(LocalDate.MIN, around.start()));
        }
        if (around.end().isBefore(LocalDate.MAX.minusDays(1))) {
            asked.add(Period.of(around.start(), around.end().plusDays(1)));
            asked.add(Period.of(around.end(), LocalDate.MAX));
        }
        return asked;
    }

    /**
     * Deals whose created and close dates fall on, next to and between the bounds of a period (and, when asked, far
     * from it: a million years away or at the ends of the calendar), with open deals, same-day closes and zero
     * amounts.
     */
    private static List<Deal> dealsAround(SplittableRandom random, Period around, int size, boolean far) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate bound : List.of(around.start(), around.end())) {
            for (int offset = -2; offset <= 2; offset++) {
                long day = bound.toEpochDay() + offset;
                boolean inCalendar = day >= LocalDate.MIN.toEpochDay() && day <= LocalDate.MAX.toEpochDay();
                if (inCalendar && (far || day > DealTable.NO_CLOSE && day <= Integer.MAX_VALUE)) {
                    days.add(LocalDate.ofEpochDay(day));
                }
            }
        }
        if (far) {
            days.addAll(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-4_000_000, 6, 1),
                    LocalDate.of(6_000_000, 6, 1), LocalDate.of(2024, 5, 5)));
        }
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate a = days.get(random.nextInt(days.size()));
            LocalDate b = random.nextInt(4) == 0 ? a : days.get(random.nextInt(days.size()));
            LocalDate created = a.isBefore(b) ? a : b;
            LocalDate closed = a.isBefore(b) ? b : a;
            Deal.Builder deal = Deal.builder("D-" + i).customer("C-" + random.nextInt(5))
                    .segment(REGION, "region-" + random.nextInt(3))
                    .owner("owner-" + random.nextInt(3)).source("src-" + random.nextInt(2))
                    .amount(Money.ofMinor("USD", random.nextInt(3) == 0 ? 0 : random.nextLong(1_000_000)))
                    .created(created);
            switch (random.nextInt(3)) {
                case 0 -> deal.open();
                case 1 -> deal.won(closed);
                default -> deal.lost(closed);
            }
            deals.add(deal.build());
        }
        return deals;
    }

    // The definitions of docs/metrics.md#pipeline-metrics as plain loops over LocalDate, independent of the kernels.

    private static WinRate oracleWinRate(List<Deal> deals, Period p) {
        return new WinRate(tally(deals, d -> d.isWon() && closedIn(d, p)),
                tally(deals, d -> d.isLost() && closedIn(d, p)),
                tally(deals, d -> d.isWon() && p.contains(d.createdDate())),
                tally(deals, d -> d.isLost() && p.contains(d.createdDate())),
                tally(deals, d -> p.contains(d.createdDate())));
    }

    private static SalesCycle oracleCycle(List<Deal> deals, Period p) {
        DayHistogram.Builder won = DayHistogram.builder();
        DayHistogram.Builder lost = DayHistogram.builder();
        for (Deal d : deals) {
            if (closedIn(d, p)) {
                (d.status() == DealStatus.WON ? won : lost).add(d.cycleDays());
            }
        }
        return new SalesCycle(won.build(), lost.build());
    }

    private static PipelineVelocity oracleVelocity(List<Deal> deals, Period p) {
        long open = deals.stream().filter(d -> d.createdDate().isBefore(p.end())
                && d.closeDate().map(c -> !c.isBefore(p.end())).orElse(true)).count();
        long wonDays = 0;
        for (Deal d : deals) {
            if (d.isWon() && closedIn(d, p)) {
                wonDays += d.closeDate().orElseThrow().toEpochDay() - d.createdDate().toEpochDay();
            }
        }
        return new PipelineVelocity(open, tally(deals, d -> d.isWon() && closedIn(d, p)),
                tally(deals, d -> d.isLost() && closedIn(d, p)), wonDays);
    }

    private static boolean closedIn(Deal deal, Period p) {
        return deal.closeDate().map(p::contains).orElse(false);
    }

    private static DealTally tally(List<Deal> deals, Function<Deal, Boolean> in) {
        long count = 0;
        long cents = 0;
        for (Deal d : deals) {
            if (in.apply(d)) {
                count++;
                cents += d.amount().minorUnits();
            }
        }
        return count == 0 ? DealTally.EMPTY
                : DealTally.of(count, ExactMoney.ofMinor(Money.currency("USD"), Rational.of(cents)));
    }
}
