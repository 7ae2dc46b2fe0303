package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.DealFields;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slots of record keys: one per distinct key by {@code equals}, in the order first seen, room made in the kernel. */
class RecordKeysTest {

    private static final LocalDate CREATED = LocalDate.of(2024, 1, 10);

    @Test
    void equalKeysThatAreDifferentObjectsShareASlot() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // a fresh String per deal: found by equals, not by reference; 1,000 keys make the table grow
            deals.add(TestDeals.open("D-" + i, new String("rep-" + (i * 7 % 1_000)), "USD 10.00", CREATED));
        }
        VelocityParts cells = new VelocityParts(Window.of(Period.year(2024), DealFields.NO_CLOSE), 8);
        RecordKeys<String> keys = new RecordKeys<>(Deal::owner);
        for (int i = 0; i < deals.size(); i++) {
            int slot = keys.code(deals.get(i), cells);
            // keys are first seen in the order rep-0, rep-7, rep-14, ...: deal i < 1,000 brings a new key
            assertThat(slot).isEqualTo(i % 1_000);
        }
        assertThat(keys.keys()).hasSize(1_000).startsWith("rep-0", "rep-7", "rep-14");
        assertThat(cells.slots()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void aNullKeyNamesTheDeal() {
        VelocityParts cells = new VelocityParts(Window.of(Period.year(2024), DealFields.NO_CLOSE), 8);
        RecordKeys<String> keys = new RecordKeys<>(deal -> deal.id().equals("D-2") ? null : deal.owner());
        keys.code(TestDeals.open("D-1", "rep-1", "USD 1.00", CREATED), cells);
        assertThatThrownBy(() -> keys.code(TestDeals.open("D-2", "rep-1", "USD 1.00", CREATED), cells))
                .isInstanceOf(NullPointerException.class).hasMessage("the group key of deal 'D-2' is null");
    }
}
