package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.revops.domain.DealStatus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many bad rows, and rows of megabytes, read leniently in a JVM of 64 MB with the reader's default limits (issue
 * 16, item 3): before the limits, 150,000 rejected rows of 501-character values, or 20 values of 4 Mi characters,
 * were all kept and exhausted the heap. Runs in the "bounded-memory" Surefire execution ({@code -Xmx64m}); skipped
 * elsewhere.
 */
@Tag("hostile-input")
class BadRowsBoundedMemoryTest {

    private static CsvReader<io.github.revops.domain.Deal> reader() {
        return DealCsv.builder()
                .column(DealField.ID, "id").column(DealField.CUSTOMER, "customer").column(DealField.OWNER, "owner")
                .constant(DealField.SOURCE, "generated").column(DealField.AMOUNT, "amount")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage")
                .status("Won", DealStatus.WON)
                .defaultCurrency("USD")
                .lenient()
                .build();
    }

    @Test
    void manyBadRows_keepTheListedRowsAtTheirLimit() {
        assumeTrue(Boolean.getBoolean("revops.boundedMemory"), "runs in the bounded-memory Surefire execution");
        int rows = 150_000;
        String oops = "9".repeat(500) + "x";   // kept whole, 150,000 of these filled the heap before the limits
        CsvImportSummary summary = reader().forEach(new BadRowsCsv(rows, 'a', 12, oops), "bad.csv",
                deal -> { throw new AssertionError("no row is good"); });
        assertThat(summary.rowsRead()).isEqualTo(rows);
        assertThat(summary.rejected()).hasSize(CsvReaderBuilder.DEFAULT_MAX_ROWS_LISTED);
        assertThat(summary.rejectedNotListed()).isEqualTo(rows - CsvReaderBuilder.DEFAULT_MAX_ROWS_LISTED);
        assertThat(summary.rejected().get(0)).isEqualTo(new RejectedRow(2, "amount", "9".repeat(100)
                + "... (501 characters)", "not an amount (expected a decimal number such as 1234.50)"));
    }

    @Test
    void hugeValues_areRejectedByTheirFirstCharacters() {
        assumeTrue(Boolean.getBoolean("revops.boundedMemory"), "runs in the bounded-memory Surefire execution");
        int length = 4 * 1024 * 1024;
        CsvImportSummary summary = reader().forEach(new BadRowsCsv(20, 'x', length, "1.00"), "huge.csv",
                deal -> { throw new AssertionError("no row is good"); });
        assertThat(summary.rejected()).hasSize(20).allSatisfy(row -> {
            assertThat(row.column()).isEqualTo("owner");
            assertThat(row.value()).isEqualTo("x".repeat(100) + "... (4,194,304 characters)");
        });
        long kept = summary.rejected().stream().mapToLong(r -> r.value().length() + r.reason().length()).sum();
        assertThat(kept).isLessThan(20 * 300);
    }
}
