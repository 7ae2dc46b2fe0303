package io.github.revops.examples.report;

import io.github.revops.csv.CsvImportException;
import io.github.revops.csv.CsvImportResult;
import io.github.revops.csv.CsvReaderBuilder;
import io.github.revops.csv.ImportMode;
import io.github.revops.csv.SubscriptionCsv;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Reads the report's CSV inputs with revops-csv, each with a progress line on the error stream.
 */
public final class InputLoader {

    private final PrintWriter err;
    private final String currency;
    private final ImportMode mode;

    /**
     * Creates a loader.
     *
     * @param err  where progress lines go, not null
     * @param currency  the currency of amounts in files that state none, an ISO-4217 code, not null
     * @param mode  strict (the first bad row stops the report) or lenient (bad rows are set aside), not null
     */
    public InputLoader(PrintWriter err, String currency, ImportMode mode) {
        this.err = Objects.requireNonNull(err, "err");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Reads deals.
     *
     * @param input  the file, not null
     * @param preset  the export's layout, not null
     * @return the deals and the import summary, never null
     * @throws CsvImportException at a bad row in strict mode, or a problem of the file
     */
    public CsvImportResult<Deal> deals(CsvInput input, DealPreset preset) {
        return read(input, preset.builder());
    }

    /**
     * Reads subscriptions in the RavenStack layout ({@link SubscriptionCsv#ravenStack()}).
     *
     * @param input  the file, not null
     * @return the subscriptions and the import summary, never null
     * @throws CsvImportException at a bad row in strict mode, or a problem of the file
     */
    public CsvImportResult<Subscription> subscriptions(CsvInput input) {
        return read(input, SubscriptionCsv.ravenStack());
    }

    /**
     * Reads the sales agents' offices.
     *
     * @param input  the file, not null
     * @return the teams, never null
     */
    public SalesTeams teams(CsvInput input) {
        return SalesTeams.read(input.open(), input.name());
    }

    private <T> CsvImportResult<T> read(CsvInput input, CsvReaderBuilder<?, T, ?> builder) {
        ImportProgress progress = new ImportProgress(err, input.name());
        try {
            return builder.defaultCurrency(currency).mode(mode).progress(ImportProgress.EVERY_ROWS, progress)
                    .build().readAll(input.open(), input.name());
        } finally {
            progress.done();
        }
    }
}
