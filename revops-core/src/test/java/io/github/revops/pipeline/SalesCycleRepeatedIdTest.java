package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sales-cycle scan of deal records takes each id on the way and refuses a repeated one, as every pipeline metric
 * does (docs/metrics.md#conventions): the error names the id, whether the repeat is next to the first or far from
 * it, and whatever the two deals hold.
 */
class SalesCycleRepeatedIdTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    /** Three deals closed in March, after 32, 33 and 36 days; the third has the id given. */
    private static List<Deal> threeDeals(String thirdId) {
        return List.of(
                won("D1", "ana", "USD 100.00", FEB_1, LocalDate.of(2026, 3, 5)),
                lost("D2", "ana", "USD 50.00", FEB_1, LocalDate.of(2026, 3, 6)),
                won(thirdId, "bo", "USD 70.00", FEB_1, LocalDate.of(2026, 3, 9)));
    }

    @Test
    void of_refusesARepeatedIdAndNamesIt() {
        List<Deal> deals = threeDeals("D1");

        assertRefusesRepeated("D1", () -> SalesCycle.of(deals, MARCH));
        assertRefusesRepeated("D1", () -> SalesCycle.by(deals, MARCH, Deal::owner));
    }

    @Test
    void of_refusesARepeatFarFromTheFirst_evenWhenNeitherClosedInThePeriod() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            deals.add(won("W" + i, "ana", "USD 10.00", FEB_1, LocalDate.of(2026, 3, 1 + i % 31)));
        }
        // the first and the last deal share an id and closed in February: they count in no cycle of March
        deals.add(0, lost("X", "ana", "USD 1.00", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 2)));
        deals.add(won("X", "ana", "USD 1.00", LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 3)));

        assertRefusesRepeated("X", () -> SalesCycle.of(deals, MARCH));
    }

    @Test
    void withUniqueIds_theSameDealsGiveTheirCycles() {
        // the control of the tests above: one id changed, the scan counts 3 cycles (32, 33 and 36 days)
        SalesCycle cycle = SalesCycle.of(threeDeals("D3"), MARCH);

        assertThat(cycle.days(CycleOutcome.WON).count()).isEqualTo(2);
        assertThat(cycle.min()).hasValue(32);
        assertThat(cycle.max()).hasValue(36);
        assertThat(cycle.days(CycleOutcome.LOST).count()).isEqualTo(1);
    }

    private static void assertRefusesRepeated(String id, Supplier<?> query) {
        assertThatThrownBy(query::get).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.record()).isEqualTo("deal");
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.getMessage()).contains(id).contains("is not unique");
        });
    }
}
