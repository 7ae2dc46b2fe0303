package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Builds a {@link DealTable} from a large list of deals in consecutive chunks on the common {@link ForkJoinPool},
 * as {@code Arrays.parallelSort} sorts: each chunk fills its own builder (dictionaries, primitive columns) and takes
 * its deals' id hashes, then {@link DealTable#concat} joins the chunk tables and one {@link IdCheck} looks at all
 * the hashes. The table, and any exception, equal the one-thread build's (docs/decisions/0128).
 */
final class ChunkedBuild {

    /**
     * Below this many records the table is built on the calling thread: joining costs a merge of each text column's
     * dictionaries, which a chunk must be large enough to repay.
     */
    static final int THRESHOLD = 1 << 16;

    private ChunkedBuild() {
    }

    /**
     * Returns how many chunks to build a table of {@code records} records in: one per thread of the common pool and
     * the caller, each at least {@link #THRESHOLD} records; 1 when the table is built on the calling thread.
     */
    static int parts(int records) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        return Math.max(1, Math.min(threads, records / THRESHOLD));
    }

    /** Builds the table of deals in chunks; the same table and exceptions as the one-thread build. */
    static DealTable deals(Currency currency, List<Deal> deals, int parts) {
        List<int[]> ranges = RowRanges.even(deals.size(), parts);
        int[] idHashes = new int[deals.size()];
        Object[] built = new Object[ranges.size()];
        IntStream.range(0, ranges.size()).parallel()
                .forEach(p -> built[p] = chunk(currency, deals, ranges.get(p), idHashes));
        List<DealTable> tables = new ArrayList<>(built.length);
        for (Object chunk : built) {
            if (chunk instanceof RuntimeException e) {
                UniqueIds.check(deals, Deal::id, "deal");   // a duplicate id is reported first, as one thread does
                throw e;
            }
            tables.add((DealTable) chunk);
        }
        IdCheck ids = new IdCheck(idHashes.length);
        for (int hash : idHashes) {
            ids.add(hash);
        }
        ids.check(deals, Deal::id, "deal");
        return DealTable.concat(currency, tables);
    }

    /** One chunk's table, or the exception of its first bad deal. */
    private static Object chunk(Currency currency, List<Deal> deals, int[] range, int[] idHashes) {
        DealTable.Builder builder = DealTable.builder(currency);
        builder.reserve(range[1] - range[0]);
        try {
            for (int i = range[0]; i < range[1]; i++) {
                Deal deal = deals.get(i);
                idHashes[i] = DealFields.idHash(deal);
                builder.add(deal);
            }
            return builder.build();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
