package io.github.revops.csv;

import org.apache.commons.csv.CSVFormat;

import java.nio.charset.Charset;
import java.util.Currency;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The settings every reader shares, fixed when it is built, with the limits that keep an import bounded (the
 * longest field, the rows listed in full, whether ids must be unique; the accepted years are in the date parser).
 * Immutable and thread-safe.
 */
record CsvSettings(CSVFormat format, DateParser dates, AmountParser amounts, Optional<Currency> defaultCurrency,
                   ImportMode mode, boolean endAtBlankRow, Charset encoding, long progressEvery,
                   LongConsumer progress, Labels<Boolean> booleans, FieldLengthLimit fieldLength,
                   int maxRowsListed, boolean uniqueIds) {

    /** Returns these settings with another progress listener. */
    CsvSettings withProgress(LongConsumer listener) {
        return new CsvSettings(format, dates, amounts, defaultCurrency, mode, endAtBlankRow, encoding, progressEvery,
                listener, booleans, fieldLength, maxRowsListed, uniqueIds);
    }
}
