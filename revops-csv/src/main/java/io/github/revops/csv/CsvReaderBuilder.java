package io.github.revops.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

import io.github.revops.money.Money;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The settings every CSV reader shares: which column fills which field, how dates and amounts are written, the
 * currency, strict or lenient, and progress reports. Each record type's builder adds its own labels.
 *
 * <p>Defaults: dates {@code yyyy-MM-dd}; amounts in major units with {@code .} as the decimal separator and no
 * grouping; no default currency; {@link ImportMode#STRICT}; comma-separated; UTF-8; booleans
 * {@code true/false, yes/no, y/n, 1/0} (any case); no progress reports.
 *
 * <p>Limits, so that no file can make an import stall or hold unbounded memory (docs/decisions/0100 and 0101):
 * dates in the years {@value #DEFAULT_FIRST_YEAR} to {@value #DEFAULT_LAST_YEAR} ({@link #yearRange}); fields
 * of at most {@value #DEFAULT_MAX_FIELD_LENGTH} characters ({@link #maxFieldLength}); at most
 * {@value #DEFAULT_MAX_ROWS_LISTED} rejected and as many skipped rows listed in full, the rest counted
 * ({@link #maxRowsListed}); ids unique within a file ({@link #uniqueIds}). A row that breaks one is a bad row, with
 * its file, line, column and value (the value cut to its first 100 characters). Not thread-safe.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 * @param <B>  the concrete builder
 * @since 0.1.0
 */
public abstract class CsvReaderBuilder<F extends Enum<F> & CsvField, T, B extends CsvReaderBuilder<F, T, B>> {

    /** The first year a date may have unless {@link #yearRange} is set. */
    public static final int DEFAULT_FIRST_YEAR = AcceptedYears.DEFAULT_FIRST;
    /** The last year a date may have unless {@link #yearRange} is set. */
    public static final int DEFAULT_LAST_YEAR = AcceptedYears.DEFAULT_LAST;
    /** The most characters a field may have unless {@link #maxFieldLength} is set: 64 Ki. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 65_536;
    /** The most rejected rows, and skipped rows, a summary lists unless {@link #maxRowsListed} is set. */
    public static final int DEFAULT_MAX_ROWS_LISTED = 1_000;

    private final Class<F> fieldType;
    private final EnumMap<F, ColumnBinding> bindings;
    private List<String> datePatterns = List.of("yyyy-MM-dd");
    private Currency defaultCurrency;
    private AmountUnit amountUnit = AmountUnit.MAJOR;
    private char decimalSeparator = '.';
    private char groupingSeparator = AmountParser.noGrouping();
    private ImportMode mode = ImportMode.STRICT;
    private boolean endAtBlankRow;
    private char delimiter = ',';
    private Charset encoding = StandardCharsets.UTF_8;
    private long progressEvery;
    private LongConsumer progress = rows -> { };
    private final Map<String, Boolean> booleans = new LinkedHashMap<>();
    private AcceptedYears years = AcceptedYears.DEFAULT;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;
    private int maxRowsListed = DEFAULT_MAX_ROWS_LISTED;
    private boolean uniqueIds = true;

    CsvReaderBuilder(Class<F> fieldType) {
        this.fieldType = fieldType;
        this.bindings = new EnumMap<>(fieldType);
        booleanLabels(List.of("true", "yes", "y", "1"), List.of("false", "no", "n", "0"));
    }

    abstract B self();

    /**
     * Maps a field to a column that every file must have.
     *
     * @param field  the field, not null
     * @param header  the column's header name, as the file writes it (compared after trimming), not blank
     * @return this builder
     */
    public B column(F field, String header) {
        bindings.put(Objects.requireNonNull(field, "field"), binding(field).withColumn(name("header", header), false));
        return self();
    }

    /**
     * Maps a field to a column that a file may lack; when it does, the field is blank on every row.
     *
     * @param field  the field, not null
     * @param header  the column's header name, not blank
     * @return this builder
     */
    public B optionalColumn(F field, String header) {
        bindings.put(Objects.requireNonNull(field, "field"), binding(field).withColumn(name("header", header), true));
        return self();
    }

    /**
     * Fills a field with the same text on every row, read as a cell would be (such as {@code "MONTH"} for a
     * billing interval); replaces a column mapping.
     *
     * @param field  the field, not null
     * @param value  the text, not null
     * @return this builder
     */
    public B constant(F field, String value) {
        bindings.put(Objects.requireNonNull(field, "field"),
                binding(field).withConstant(Objects.requireNonNull(value, "value").strip()));
        return self();
    }

    /**
     * Sets the text a field takes when its cell is blank (or its optional column is absent), such as
     * {@code "0"} for an amount or {@code "(no account)"} for a customer.
     *
     * @param field  the field, not null
     * @param value  the text, not blank
     * @return this builder
     */
    public B whenBlank(F field, String value) {
        bindings.put(Objects.requireNonNull(field, "field"), binding(field).withWhenBlank(name("value", value)));
        return self();
    }

    /**
     * Sets the date patterns ({@link java.time.format.DateTimeFormatter} syntax), tried in order; a pattern with
     * a time of day reads the date part ({@code "yyyy-MM-dd HH:mm"}). Dates are strict: 2017-02-30 is an error.
     *
     * @param patterns  one or more patterns, not null
     * @return this builder
     * @throws IllegalArgumentException if no pattern is given or one is not a valid pattern
     */
    public B dateFormats(String... patterns) {
        List<String> list = List.of(Objects.requireNonNull(patterns, "patterns"));
        DateParser.of(list, years);
        this.datePatterns = list;
        return self();
    }

    /**
     * Sets the years a date may have, {@value #DEFAULT_FIRST_YEAR} to {@value #DEFAULT_LAST_YEAR} unless set; a date
     * outside them is a bad row. The default keeps typos ({@code 20177}) and placeholders ({@code 9999-12-31}) out
     * of the records; widen it for real dates outside it (docs/decisions/0100).
     *
     * @param firstYear  the first year accepted
     * @param lastYear  the last year accepted, not before the first
     * @return this builder
     * @throws IllegalArgumentException if the first year is after the last, or either is outside the years of
     *         {@link java.time.LocalDate}
     */
    public B yearRange(int firstYear, int lastYear) {
        this.years = new AcceptedYears(firstYear, lastYear);
        return self();
    }

    /**
     * Sets the most characters a field (any cell, mapped or not, and any header name) may have,
     * {@value #DEFAULT_MAX_FIELD_LENGTH} unless set. A longer cell is a bad row, its value shown by its first 100
     * characters; a longer header name stops the import (docs/decisions/0101).
     *
     * @param maxCharacters  the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public B maxFieldLength(int maxCharacters) {
        new FieldLengthLimit(maxCharacters);
        this.maxFieldLength = maxCharacters;
        return self();
    }

    /**
     * Sets how many rejected rows, and how many skipped rows, a summary lists in full,
     * {@value #DEFAULT_MAX_ROWS_LISTED} unless set; the rest are counted ({@link CsvImportSummary#rejectedNotListed}
     * and {@link CsvImportSummary#skippedNotListed}), so an import of millions of bad rows stays small in memory.
     *
     * @param rows  how many rows of each to list, at least 0
     * @return this builder
     * @throws IllegalArgumentException if rows is negative
     */
    public B maxRowsListed(int rows) {
        new SetAsideRows(rows);
        this.maxRowsListed = rows;
        return self();
    }

    /**
     * Sets whether a record's id must differ from every earlier record's id in the same file: on (the default), a
     * second record with an id is a bad row naming the line of the first. The check keeps each id read, about 32
     * bytes an id besides its text; turn it off to stream a file too large for that whose ids you know are unique.
     *
     * @param required  true (the default) to refuse a repeated id; false to accept it
     * @return this builder
     */
    public B uniqueIds(boolean required) {
        this.uniqueIds = required;
        return self();
    }

    /**
     * Sets the currency of amounts whose currency cell is blank or that have no currency column.
     *
     * @param currencyCode  the ISO-4217 code, not null
     * @return this builder
     * @throws IllegalArgumentException if the code is not a currency with a fixed number of decimal places
     */
    public B defaultCurrency(String currencyCode) {
        this.defaultCurrency = Money.currency(currencyCode);
        return self();
    }

    /**
     * Sets how amounts are written: decimal major units (the default) or whole minor units.
     *
     * @param unit  the unit, not null
     * @return this builder
     */
    public B amountUnit(AmountUnit unit) {
        this.amountUnit = Objects.requireNonNull(unit, "unit");
        return self();
    }

    /**
     * Sets the decimal separator of amounts ({@code .} unless set; {@code ,} for {@code 1234,50}).
     *
     * @param separator  the separator, not a digit, a sign or the grouping separator
     * @return this builder
     * @throws IllegalArgumentException if the separator is a digit, a sign or the grouping separator
     */
    public B decimalSeparator(char separator) {
        checkSeparator(separator, groupingSeparator);
        this.decimalSeparator = separator;
        return self();
    }

    /**
     * Allows a grouping separator between the digits of an amount's whole part ({@code ,} for {@code 1,234.50}).
     *
     * @param separator  the separator, not a digit, a sign or the decimal separator
     * @return this builder
     * @throws IllegalArgumentException if the separator is a digit, a sign or the decimal separator
     */
    public B groupingSeparator(char separator) {
        checkSeparator(separator, decimalSeparator);
        this.groupingSeparator = separator;
        return self();
    }

    /**
     * Sets what the import does with a bad row.
     *
     * @param importMode  strict (the default) or lenient, not null
     * @return this builder
     */
    public B mode(ImportMode importMode) {
        this.mode = Objects.requireNonNull(importMode, "importMode");
        return self();
    }

    /**
     * Stops at the first bad row with {@link CsvImportException}: the default.
     *
     * @return this builder
     */
    public B strict() {
        return mode(ImportMode.STRICT);
    }

    /**
     * Sets bad rows aside as {@link RejectedRow}s and returns the good ones.
     *
     * @return this builder
     */
    public B lenient() {
        return mode(ImportMode.LENIENT);
    }

    /**
     * Ends the data at the first row whose cells are all blank, ignoring what follows: Salesforce report exports
     * put a footer (report name, copyright, who generated it) after a blank row.
     *
     * @param end  true to end at a blank row; false (the default) reads every row
     * @return this builder
     */
    public B endAtBlankRow(boolean end) {
        this.endAtBlankRow = end;
        return self();
    }

    /**
     * Sets the character between values ({@code ,} unless set; {@code ;} or a tab for other exports).
     *
     * @param separator  the delimiter, not a quote, a line break or a blank
     * @return this builder
     * @throws IllegalArgumentException if the delimiter is a quote, a line break or a blank
     */
    public B delimiter(char separator) {
        if (separator == '"' || separator == '\n' || separator == '\r' || separator == ' ') {
            throw new IllegalArgumentException("delimiter ('" + separator + "') must not be a quote, a line break"
                    + " or a blank");
        }
        this.delimiter = separator;
        return self();
    }

    /**
     * Sets the encoding of files and byte streams (UTF-8 unless set).
     *
     * @param charset  the encoding, not null
     * @return this builder
     */
    public B encoding(Charset charset) {
        this.encoding = Objects.requireNonNull(charset, "charset");
        return self();
    }

    /**
     * Sets the texts of yes/no cells (a subscription's trial flag, a cost's paid flag), replacing the defaults;
     * matched trimmed and ignoring case. A blank cell is false.
     *
     * @param trueLabels  the texts meaning true, not null
     * @param falseLabels  the texts meaning false, not null
     * @return this builder
     */
    public B booleanLabels(Collection<String> trueLabels, Collection<String> falseLabels) {
        Objects.requireNonNull(trueLabels, "trueLabels");
        Objects.requireNonNull(falseLabels, "falseLabels");
        Map<String, Boolean> labels = new LinkedHashMap<>();
        trueLabels.forEach(label -> labels.put(label, Boolean.TRUE));
        falseLabels.forEach(label -> labels.put(label, Boolean.FALSE));
        Labels.of("boolean", labels);
        booleans.clear();
        booleans.putAll(labels);
        return self();
    }

    /**
     * Reports progress on long imports: the listener receives the number of rows read every {@code everyRows}
     * rows and once more at the end.
     *
     * @param everyRows  how often to report, at least 1
     * @param listener  receives the rows read so far, not null
     * @return this builder
     * @throws IllegalArgumentException if everyRows is below 1
     */
    public B progress(long everyRows, LongConsumer listener) {
        if (everyRows < 1) {
            throw new IllegalArgumentException("everyRows (" + everyRows + ") must be >= 1");
        }
        this.progressEvery = everyRows;
        this.progress = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /**
     * Builds the reader, checking that every required field has a column or a constant.
     *
     * @return the reader, never null
     * @throws IllegalStateException if a required field is unmapped or amounts have no currency
     */
    public abstract CsvReader<T> build();

    CsvReader<T> build(String kind, List<NamedColumn> segments, List<NamedColumn> stages, RowMapper<F, T> mapper) {
        return new CsvReader<>(schema(kind, segments, stages, mapper));
    }

    /** Returns everything a reader knows before it sees a file, checking that required fields are mapped. */
    Schema<F, T> schema(String kind, List<NamedColumn> segments, List<NamedColumn> stages, RowMapper<F, T> mapper) {
        requireMapped(kind);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CsvSettings settings = new CsvSettings(format, DateParser.of(datePatterns, years),
                new AmountParser(amountUnit, decimalSeparator, groupingSeparator),
                Optional.ofNullable(defaultCurrency), mode, endAtBlankRow, encoding, progressEvery, progress,
                Labels.of("boolean", booleans), new FieldLengthLimit(maxFieldLength), maxRowsListed, uniqueIds);
        return new Schema<>(fieldType, bindings, segments, stages, settings, mapper);
    }

    /** Returns a reader of files into a column table, for a schema and what its rows become. */
    static <F extends Enum<F> & CsvField, T, P, R> CsvTableReader<R> tableReader(Schema<F, T> schema,
            ColumnTarget<F, T, P, R> target) {
        return new CsvTableReader<>((file, threads, chunkSize) ->
                new ColumnRead<>(schema, target, file, threads, chunkSize).read(), schema.settings().mode());
    }

    /** Checks that every required field has a column or a constant. */
    void requireMapped(String kind) {
        List<String> unmapped = new ArrayList<>();
        for (F field : fieldType.getEnumConstants()) {
            if (field.required() && !binding(field).isBound()) {
                unmapped.add(field.name());
            }
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException(kind + " CSV: no column or constant for " + String.join(", ", unmapped));
        }
    }

    /** Checks that amounts always have a currency: a default, or a required currency column, or a constant. */
    void requireCurrency(String kind, F currencyField) {
        requireMapped(kind);
        ColumnBinding currency = binding(currencyField);
        boolean always = currency.constant().isPresent() || currency.header().isPresent() && !currency.optional();
        if (defaultCurrency == null && !always) {
            throw new IllegalStateException(kind + " CSV: set a defaultCurrency or map " + currencyField.name());
        }
    }

    /** Returns the years a date may have. */
    AcceptedYears years() {
        return years;
    }

    private ColumnBinding binding(F field) {
        return bindings.getOrDefault(field, ColumnBinding.NONE);
    }

    /** Returns a column name or label stripped, or throws naming the parameter when it is null or blank. */
    static String name(String parameter, String text) {
        Objects.requireNonNull(text, parameter);
        if (text.isBlank()) {
            throw new IllegalArgumentException(parameter + " ('" + text + "') must not be blank");
        }
        return text.strip();
    }

    private static void checkSeparator(char separator, char other) {
        if (separator >= '0' && separator <= '9' || separator == '-' || separator == '+' || separator == other
                || separator == AmountParser.noGrouping()) {
            throw new IllegalArgumentException("separator ('" + separator + "') must not be a digit, a sign or the"
                    + " other separator");
        }
    }
}
