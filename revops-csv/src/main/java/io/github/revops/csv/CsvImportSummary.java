package io.github.revops.csv;

import java.util.List;
import java.util.Objects;

/**
 * What an import read: how many data rows, how many became records, and the rows it set aside.
 *
 * <p>{@code rowsRead == accepted + rejected().size() + skipped().size()} always holds. In strict mode a finished
 * import has no rejected rows (the first one stops it with {@link CsvImportException}); skipped rows are those a
 * policy left out on purpose, such as {@link MissingCreatedDate#SKIP}.
 *
 * @param source  the name of the input, such as the file name, not null
 * @param rowsRead  the data rows read (the header and a trailing footer not counted)
 * @param accepted  the rows that became records
 * @param rejected  the bad rows set aside in lenient mode, in input order, not null
 * @param skipped  the rows a policy left out, in input order, not null
 * @since 0.1.0
 */
public record CsvImportSummary(String source, long rowsRead, long accepted, List<RejectedRow> rejected,
                               List<RejectedRow> skipped) {

    /**
     * Validates the summary.
     *
     * @param source  the name of the input, not null
     * @param rowsRead  the data rows read
     * @param accepted  the rows that became records
     * @param rejected  the bad rows set aside, not null
     * @param skipped  the rows a policy left out, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public CsvImportSummary {
        Objects.requireNonNull(source, "source");
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
        long parts = Math.addExact(accepted, Math.addExact(rejected.size(), skipped.size()));
        if (accepted < 0 || parts != rowsRead) {
            throw new IllegalArgumentException("rowsRead (" + rowsRead + ") must equal accepted (" + accepted
                    + ") + rejected (" + rejected.size() + ") + skipped (" + skipped.size() + ")");
        }
    }
}
