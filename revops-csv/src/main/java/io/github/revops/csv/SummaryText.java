package io.github.revops.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link CsvImportSummary} on one line: the counts, the reasons rows were set aside, and for
 * {@link CsvImportSummary#toString()} the first rejected rows. The text is bounded whatever the import: at most
 * {@value #REASONS} reasons and {@value #ROWS} rows are named, the rest are counted.
 */
final class SummaryText {

    /** The most reasons (skipped) or columns (rejected) a description names. */
    static final int REASONS = 3;
    /** The most rejected rows a summary's text form shows. */
    static final int ROWS = 3;

    private SummaryText() {
    }

    /**
     * Describes the counts of a summary, such as {@code "8,800 rows: 8,300 accepted, 500 skipped (engage_date is
     * blank: row skipped (MissingCreatedDate.SKIP)), 0 rejected"}.
     *
     * @param s  the summary, not null
     * @return one line, never null
     */
    static String describe(CsvImportSummary s) {
        return grouped(s.rowsRead()) + " rows: " + grouped(s.accepted()) + " accepted, "
                + grouped(s.skippedCount()) + " skipped" + why(s.skipped(), s.skippedNotListed(),
                        row -> row.column() + " " + row.reason())
                + ", " + grouped(s.rejectedCount()) + " rejected" + why(s.rejected(), s.rejectedNotListed(),
                        row -> "in " + row.column());
    }

    /**
     * Returns the source, the description and the first {@value #ROWS} rejected rows with how many more there are.
     *
     * @param s  the summary, not null
     * @return one line, never null
     */
    static String summary(CsvImportSummary s) {
        StringBuilder out = new StringBuilder(s.source()).append(": ").append(describe(s));
        List<RejectedRow> rows = s.rejected();
        for (int i = 0; i < Math.min(ROWS, rows.size()); i++) {
            out.append(i == 0 ? "; first: " : "; ").append(rows.get(i));
        }
        long more = s.rejectedCount() - Math.min(ROWS, rows.size());
        if (more > 0 && !rows.isEmpty()) {
            out.append("; and ").append(grouped(more)).append(" more");
        }
        return out.toString();
    }

    /**
     * Returns why rows were set aside: nothing when there are none, the one reason alone, or each reason with its
     * count ({@value #REASONS} at most), then the rows under other reasons and those not listed.
     */
    private static String why(List<RejectedRow> listed, long notListed, Function<RejectedRow, String> reason) {
        if (listed.isEmpty()) {
            return notListed == 0 ? "" : " (" + grouped(notListed) + " not listed)";
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        listed.forEach(row -> counts.merge(reason.apply(row), 1L, Long::sum));
        if (counts.size() == 1 && notListed == 0) {
            return " (" + counts.keySet().iterator().next() + ")";
        }
        StringBuilder out = new StringBuilder(" (");
        long others = 0;
        int named = 0;
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            if (named == REASONS) {
                others += c.getValue();
            } else {
                out.append(named++ == 0 ? "" : "; ").append(grouped(c.getValue())).append(' ').append(c.getKey());
            }
        }
        if (others > 0) {
            out.append("; ").append(grouped(others)).append(" for other reasons");
        }
        if (notListed > 0) {
            out.append("; ").append(grouped(notListed)).append(" not listed");
        }
        return out.append(')').toString();
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
