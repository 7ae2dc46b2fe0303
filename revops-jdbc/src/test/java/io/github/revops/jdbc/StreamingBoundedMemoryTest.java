package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million deals stream out of PostgreSQL through a data source in a JVM of 64 MB (this class runs alone in such a
 * JVM, see the pom): the driver, told to fetch 10,000 rows at a time inside the import's transaction, never holds
 * the whole result, which as the driver's row buffers alone would take a few hundred MB. Every deal arrives: the
 * count and the sum of the amounts equal those of the generating series.
 */
@Timeout(600)
class StreamingBoundedMemoryTest {

    private static final int ROWS = 1_000_000;

    private static final String SERIES = "SELECT 'D' || g AS id, 'C' || (g % 1000) AS account,"
            + " 'rep-' || (g % 50) AS rep, 'Web' AS channel, CAST(g % 10000 AS NUMERIC(12, 2)) AS amount,"
            + " DATE '2017-01-01' + (g % 365) AS created, DATE '2017-01-01' + (g % 365) + 30 AS closed,"
            + " CASE g % 3 WHEN 0 THEN 'Won' WHEN 1 THEN 'Lost' ELSE 'Engaging' END AS stage"
            + " FROM generate_series(1, " + ROWS + ") AS g";

    @Test
    void aMillionRows_streamThroughASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run alone with -Xmx64m (see the pom)")
                .isLessThanOrEqualTo(Boolean.getBoolean("revops.boundedMemory") ? 64L << 20 : Long.MAX_VALUE);
        AtomicLong won = new AtomicLong();
        AtomicLong cents = new AtomicLong();
        JdbcImportSummary summary = BadDeals.columns().build().forEach(
                SqlSource.query(PostgresServer.dataSource(), SERIES), deal -> count(deal, won, cents));

        long expectedWon = 0;
        long expectedCents = 0;
        for (long g = 1; g <= ROWS; g++) {
            expectedWon += g % 3 == 0 ? 1 : 0;
            expectedCents += g % 10_000 * 100;
        }
        assertThat(summary.rowsRead()).isEqualTo(ROWS);
        assertThat(summary.accepted()).isEqualTo(ROWS);
        assertThat(won.get()).isEqualTo(expectedWon);
        assertThat(cents.get()).isEqualTo(expectedCents);
    }

    private static void count(Deal deal, AtomicLong won, AtomicLong cents) {
        if (deal.status() == DealStatus.WON) {
            won.incrementAndGet();
        }
        cents.addAndGet(deal.amount().minorUnits());
    }
}
