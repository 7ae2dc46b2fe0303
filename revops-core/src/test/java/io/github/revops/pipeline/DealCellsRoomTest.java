package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.DealFields;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernels' room for groups ({@link DealCells#ensureSlots} and {@link DealCells#addAll} of a kernel with more
 * groups): after making room, a kernel has at least the slots asked for, and every slot's result is still that of
 * its own deals alone, converted amounts included.
 */
class DealCellsRoomTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final Window WINDOW = Window.of(MARCH, DealFields.NO_CLOSE);
    private static final Currency USD = Money.currency("USD");
    /** EUR 1 = USD 1.25: every converted amount is an exact number of cents. */
    private static final ReportingCurrency IN_USD = ReportingCurrency.of(USD, InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.25")).build());

    /** Deal {@code i}: EUR 10 x (i + 1), won for an even i, else lost, on March (5 + i) after 10 + i days. */
    private static Deal deal(int i) {
        LocalDate closed = LocalDate.of(2026, 3, 5 + i);
        String amount = "EUR " + (10 * (i + 1)) + ".00";
        return i % 2 == 0
                ? won("D" + i, "ana", amount, closed.minusDays(10 + i), closed)
                : lost("D" + i, "ana", amount, closed.minusDays(10 + i), closed);
    }

    /** The result of some deals alone, in a fresh kernel of one slot. */
    private static <C extends DealCells<C, R>, R> R alone(DealGroups.Kernel<C> kernel, Deal... deals) {
        C cells = kernel.fresh(WINDOW, 1);
        Amounts amounts = Amounts.in(IN_USD);
        for (Deal d : deals) {
            cells.add(0, d, amounts);
        }
        return cells.result(0, USD);
    }

    private static <C extends DealCells<C, R>, R> void makesRoomKeepingEverySlot(DealGroups.Kernel<C> kernel,
                                                                                 R empty) {
        C cells = kernel.fresh(WINDOW, 2);
        Amounts amounts = Amounts.in(IN_USD);
        cells.add(0, deal(0), amounts);
        cells.add(1, deal(1), amounts);

        cells.ensureSlots(3);
        assertThat(cells.slots()).isGreaterThanOrEqualTo(3);
        cells.add(2, deal(2), amounts);
        cells.ensureSlots(40);
        assertThat(cells.slots()).isGreaterThanOrEqualTo(40);
        cells.add(39, deal(3), amounts);

        assertThat(cells.result(0, USD)).isEqualTo(alone(kernel, deal(0)));
        assertThat(cells.result(1, USD)).isEqualTo(alone(kernel, deal(1)));
        assertThat(cells.result(2, USD)).isEqualTo(alone(kernel, deal(2)));
        assertThat(cells.result(39, USD)).isEqualTo(alone(kernel, deal(3)));
        for (int slot = 3; slot < 39; slot++) {
            assertThat(cells.result(slot, USD)).isEqualTo(empty);
        }
    }

    @Test
    void ensureSlots_makesRoomAndKeepsTheCells() {
        makesRoomKeepingEverySlot(SalesCycleCells::new, SalesCycle.EMPTY);
        makesRoomKeepingEverySlot(VelocityParts::new, PipelineVelocity.EMPTY);
        makesRoomKeepingEverySlot(WinRateCells::new, WinRate.EMPTY);
    }

    @Test
    void ensureSlots_keepsTheValuesOfEachSlot() {
        // the values behind the law above, by hand: deal 2 won EUR 30.00 = USD 37.50 after 12 days
        WinRateCells rates = new WinRateCells(WINDOW, 1);
        Amounts amounts = Amounts.in(IN_USD);
        rates.add(0, deal(1), amounts);
        rates.ensureSlots(5);
        rates.add(4, deal(2), amounts);

        assertThat(rates.result(4, USD).closedWon().amount())
                .contains(ExactMoney.ofMinor(USD, Rational.of(3_750)));
        assertThat(rates.result(0, USD).closedLost().amount())
                .contains(ExactMoney.ofMinor(USD, Rational.of(2_500)));
        assertThat(rates.result(0, USD).closedWon()).isEqualTo(DealTally.EMPTY);
    }

    private static <C extends DealCells<C, R>, R extends Mergeable<R>> void mergesAKernelWithMoreSlots(
            DealGroups.Kernel<C> kernel) {
        C few = kernel.fresh(WINDOW, 1);
        C many = kernel.fresh(WINDOW, 5);
        few.add(0, deal(0), Amounts.in(IN_USD));
        Amounts amounts = Amounts.in(IN_USD);
        many.add(0, deal(1), amounts);
        many.add(4, deal(2), amounts);

        few.addAll(many);

        assertThat(few.slots()).isGreaterThanOrEqualTo(5);
        assertThat(few.result(0, USD)).isEqualTo(alone(kernel, deal(0), deal(1)));
        assertThat(few.result(0, USD)).isEqualTo(alone(kernel, deal(0)).combine(alone(kernel, deal(1))));
        assertThat(few.result(4, USD)).isEqualTo(alone(kernel, deal(2)));
    }

    @Test
    void addAll_ofAKernelWithMoreSlots_makesRoomForThem() {
        mergesAKernelWithMoreSlots(SalesCycleCells::new);
        mergesAKernelWithMoreSlots(VelocityParts::new);
    }

    @Test
    void addAll_keepsTheConvertedAmountsOfTheOtherKernel() {
        // slot 0: deal 0 won EUR 10.00 = 1250 cents after 10 days, deal 1 lost EUR 20.00 = 2500 cents;
        // slot 4: deal 2 won EUR 30.00 = 3750 cents after 12 days
        VelocityParts few = new VelocityParts(WINDOW, 1);
        VelocityParts many = new VelocityParts(WINDOW, 5);
        few.add(0, deal(0), Amounts.in(IN_USD));
        Amounts amounts = Amounts.in(IN_USD);
        many.add(0, deal(1), amounts);
        many.add(4, deal(2), amounts);

        few.addAll(many);

        PipelineVelocity first = few.result(0, USD);
        assertThat(first.won().minorUnits()).isEqualTo(Rational.of(1_250));
        assertThat(first.lost().minorUnits()).isEqualTo(Rational.of(2_500));
        assertThat(first.wonCycleDays()).isEqualTo(10);
        PipelineVelocity fifth = few.result(4, USD);
        assertThat(fifth.won().minorUnits()).isEqualTo(Rational.of(3_750));
        assertThat(fifth.lost()).isEqualTo(DealTally.EMPTY);
        assertThat(fifth.wonCycleDays()).isEqualTo(12);

        SalesCycleCells cycles = new SalesCycleCells(WINDOW, 1);
        SalesCycleCells more = new SalesCycleCells(WINDOW, 3);
        more.add(2, deal(2), Amounts.in(IN_USD));
        cycles.addAll(more);
        assertThat(cycles.result(2, USD).days(CycleOutcome.WON)).isEqualTo(DayHistogram.of(12));
    }
}
