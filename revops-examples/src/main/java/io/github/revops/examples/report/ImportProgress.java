package io.github.revops.examples.report;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The progress line of an import, on the error stream so the report itself stays clean: {@code reading
 * deals.csv: 1,200,000 rows}, rewritten in place (carriage return) as rows come in, ended by {@link #done()}.
 */
public final class ImportProgress implements LongConsumer {

    /** How often the CSV reader reports: every this many rows, and once at the end. */
    public static final long EVERY_ROWS = 100_000;

    private final PrintWriter err;
    private final String source;
    private boolean started;

    /**
     * Creates the progress line of one import.
     *
     * @param err  where to print it, not null
     * @param source  the name of the input, not null
     */
    public ImportProgress(PrintWriter err, String source) {
        this.err = Objects.requireNonNull(err, "err");
        this.source = DisplayText.bounded(Objects.requireNonNull(source, "source"), 100);
    }

    /**
     * Prints the rows read so far.
     *
     * @param rows  the rows read
     */
    @Override
    public void accept(long rows) {
        started = true;
        err.print("\rreading " + source + ": " + TextTable.grouped(java.math.BigDecimal.valueOf(rows)) + " rows");
        err.flush();
    }

    /** Ends the line, if anything was printed. */
    public void done() {
        if (started) {
            err.println();
            err.flush();
        }
    }
}
