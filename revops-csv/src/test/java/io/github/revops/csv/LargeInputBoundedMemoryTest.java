package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A million generated rows read one at a time in a JVM of 64 MB: this class runs in its own Surefire execution
 * ("bounded-memory", {@code -Xmx64m}, which sets {@code revops.boundedMemory}); the deals alone would take several
 * hundred MB if the reader kept them. Elsewhere (a {@code -Dtest} run in the default execution) it is skipped.
 */
class LargeInputBoundedMemoryTest {

    private static final int ROWS = 1_000_000;

    @Test
    void millionRows_streamInConstantMemory() {
        assumeTrue(Boolean.getBoolean("revops.boundedMemory"), "runs in the bounded-memory Surefire execution");
        assertThat(Runtime.getRuntime().maxMemory()).as("heap bound of this test's JVM")
                .isLessThanOrEqualTo(128L * 1024 * 1024);
        List<Long> progress = new ArrayList<>();
        CsvReader<Deal> reader = DealCsv.builder()
                .column(DealField.ID, "id").column(DealField.CUSTOMER, "customer").column(DealField.OWNER, "owner")
                .constant(DealField.SOURCE, "generated")
                .column(DealField.AMOUNT, "amount").whenBlank(DealField.AMOUNT, "0")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage")
                .statuses(DealStatus.OPEN, "Engaging").status("Won", DealStatus.WON).status("Lost", DealStatus.LOST)
                .defaultCurrency("USD")
                .lenient()
                .uniqueIds(false)   // the id check would hold a million ids: this test is about the rows alone
                .progress(100_000, progress::add)
                .build();

        Map<DealStatus, Long> counts = new EnumMap<>(DealStatus.class);
        long[] sums = new long[2];
        CsvImportSummary summary = reader.forEach(new GeneratedCsv(ROWS), "generated.csv", deal -> {
            counts.merge(deal.status(), 1L, Long::sum);
            sums[0] = Math.addExact(sums[0], deal.amount().minorUnits());
            if (!deal.isOpen()) {
                sums[1] = Math.addExact(sums[1], deal.cycleDays());
            }
        });

        // The expected figures, by a plain loop over the generator's rules (no CSV involved).
        Map<DealStatus, Long> expected = new EnumMap<>(DealStatus.class);
        long cents = 0;
        long days = 0;
        long bad = 0;
        for (int i = 0; i < ROWS; i++) {
            if (GeneratedCsv.isBad(i)) {
                bad++;
                continue;
            }
            String stage = GeneratedCsv.stage(i);
            DealStatus status = stage.equals("Won") ? DealStatus.WON : stage.equals("Lost") ? DealStatus.LOST
                    : DealStatus.OPEN;
            expected.merge(status, 1L, Long::sum);
            cents += GeneratedCsv.cents(i);
            days += status == DealStatus.OPEN ? 0 : GeneratedCsv.cycle(i);
        }
        assertThat(counts).isEqualTo(expected);
        assertThat(sums).containsExactly(cents, days);
        assertThat(summary.rowsRead()).isEqualTo(ROWS);
        assertThat(summary.rejected()).hasSize((int) bad).extracting(RejectedRow::line)
                .containsExactly(125L, 250_125L, 500_125L, 750_125L);
        assertThat(progress).hasSize(10).containsExactly(100_000L, 200_000L, 300_000L, 400_000L, 500_000L,
                600_000L, 700_000L, 800_000L, 900_000L, 1_000_000L);
    }
}
