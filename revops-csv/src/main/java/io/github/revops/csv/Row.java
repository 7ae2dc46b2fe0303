package io.github.revops.csv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One row's values by field, typed (dates, money, labels), with every failure a {@link RowProblem} naming the
 * column and the value. Reused from row to row of one import; not thread-safe. Parsed dates are cached per column
 * (a file has few distinct dates) in a table of fixed size, so memory stays constant.
 */
final class Row<F extends Enum<F> & CsvField> {

    private final Columns<F> columns;
    private final CsvSettings settings;
    private static final int DATE_CACHE_SLOTS = 4096;

    /** Per column, parsed dates by their text in an open-addressing table, emptied when half full. */
    private final String[][] dateTexts;
    private final LocalDate[][] dates;
    private final int[] dateCount;
    private static final int BYTE_DATE_SLOTS = 4096;
    /**
     * Per column, dates read from bytes ({@link DateParser#read}) by their {@code yyyymmdd} value, direct-mapped by
     * the day's place in a calendar of 31-day months, so the dates of any 11 years take a slot each (a hash put the
     * 1,096 days of three years in 659 of 1,024 slots, and the dates sharing a slot evicted each other row after
     * row; docs/decisions/0056).
     */
    private final int[][] byteDateKeys;
    private final LocalDate[][] byteDates;
    /**
     * Per column, the date its cell gave in the row {@link #rowNumber} counts ({@link #byteDate}), so that a column
     * read as two fields (a created date that is also a stage's date) is read once a row (docs/decisions/0059).
     */
    private final long[] cellDateRows;
    private final LocalDate[] cellDates;
    /** Counts the rows {@link #reset} set, from 1. */
    private long rowNumber;
    /** The last currency text read (the same String instance each row: a constant or a cached cell) and its code. */
    private String currencyText;
    private Currency currency;
    private Cells record;
    /** The record when the byte parser read it, else null. */
    private RowCells bytes;

    Row(Columns<F> columns, CsvSettings settings) {
        this.columns = columns;
        this.settings = settings;
        int slots = columns.fields().length + columns.stageCount();
        this.dateTexts = new String[slots][];
        this.dates = new LocalDate[slots][];
        this.dateCount = new int[slots];
        this.byteDateKeys = new int[slots][];
        this.byteDates = new LocalDate[slots][];
        this.cellDateRows = new long[columns.width()];
        this.cellDates = new LocalDate[columns.width()];
    }

    Row<F> reset(Cells next) {
        this.record = next;
        this.bytes = next instanceof RowCells cells ? cells : null;
        this.rowNumber++;
        int max = settings.fieldLength().max();
        for (int i = 0; i < next.size(); i++) {
            if (bytes == null || bytes.length(i) > max) {
                settings.fieldLength().check(i < columns.width() ? columns.headerAt(i) : "#" + (i + 1), next.get(i));
            }
        }
        int width = columns.width();
        if (next.size() < width) {
            throw new RowProblem(columns.headerAt(next.size()), "",
                    "missing: the row has " + next.size() + " values, the header has " + width, null, false);
        }
        if (next.size() > width) {
            throw new RowProblem("#" + (width + 1), next.get(width).strip(),
                    "extra value: the row has " + next.size() + " values, the header has " + width, null, false);
        }
        return this;
    }

    Columns<F> columns() {
        return columns;
    }

    /** Returns the field's trimmed text: the cell, else the constant, and the when-blank text for a blank. */
    String text(F field) {
        int i = columns.index(field);
        String text = i >= 0 ? record.get(i).strip() : columns.constant(field);
        return text.isEmpty() ? columns.whenBlank(field) : text;
    }

    /** Checks if the field's text ({@link #text}) is empty, without decoding a cell of bytes. */
    boolean isBlank(F field) {
        int i = columns.index(field);
        boolean cellOfBytes = i >= 0 && bytes != null && bytes.isBytes(i);
        return !cellOfBytes && text(field).isEmpty();
    }

    /**
     * Returns the entry of a column's cell in its column's {@link TextCache} when the cell is bytes, not empty, and
     * held by the cache, else -1. The cell's text is then {@link #cell} and, for a field read from that column,
     * {@link #text}; equal texts of the column have the same entry all through one chunk (docs/decisions/0056).
     */
    int cellEntry(int index) {
        return index < 0 || bytes == null || !bytes.isBytes(index) || bytes.isBlank(index) ? -1 : bytes.entry(index);
    }

    /** Returns the trimmed text of a named column, or "" when the column is optional and absent. */
    String cell(int index) {
        return index < 0 ? "" : record.get(index).strip();
    }

    /** Returns the row's segment attributes, leaving out blank cells. */
    Map<String, String> segments() {
        if (columns.segmentCount() == 1) {
            String value = cell(columns.segmentIndex(0));
            return value.isEmpty() ? Map.of() : Map.of(columns.segmentName(0), value);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        forEachSegment(attributes::put);
        return attributes;
    }

    /** Hands each segment attribute of the row to an action, in the reader's order, leaving out blank cells. */
    void forEachSegment(BiConsumer<String, String> action) {
        for (int k = 0; k < columns.segmentCount(); k++) {
            String value = cell(columns.segmentIndex(k));
            if (!value.isEmpty()) {
                action.accept(columns.segmentName(k), value);
            }
        }
    }

    RowProblem problem(F field, String value, String reason) {
        return new RowProblem(columns.name(field), value, reason, null, false);
    }

    RowProblem skip(F field, String value, String reason) {
        return new RowProblem(columns.name(field), value, reason, null, true);
    }

    /** Returns the row problem for a record the domain rejected, in the column that holds the rejected field. */
    RowProblem rejectedBy(InvalidRecordException e) {
        for (F field : columns.fields()) {
            if (field.component().equals(e.field())) {
                return new RowProblem(columns.name(field), text(field), e.getMessage(), e, false);
            }
        }
        return new RowProblem(e.field(), e.value(), e.getMessage(), e, false);
    }

    Optional<LocalDate> date(F field) {
        return Optional.ofNullable(dateOrNull(field));
    }

    /** Returns the field's date as {@link #date} does, null for a blank cell; no Optional per row. */
    LocalDate dateOrNull(F field) {
        LocalDate date = byteDate(columns.index(field), field.ordinal());
        return date != null ? date : parseDate(text(field), field.ordinal(), columns.name(field));
    }

    Optional<LocalDate> stageDate(int k) {
        return Optional.ofNullable(stageDateOrNull(k));
    }

    /** Returns stage {@code k}'s date as {@link #stageDate} does, null for a blank cell. */
    LocalDate stageDateOrNull(int k) {
        int index = columns.stageIndex(k);
        int slot = columns.fields().length + k;
        LocalDate date = byteDate(index, slot);
        return date != null ? date : parseDate(cell(index), slot, columns.stage(k).header());
    }

    /**
     * Returns the date of a cell read from its bytes, or null when the cell is not bytes or {@link DateParser#read}
     * leaves it to the text's parse (which then gives the same date, or the error).
     */
    private LocalDate byteDate(int index, int slot) {
        if (bytes == null || index < 0 || !bytes.isBytes(index)) {
            return null;
        }
        if (cellDateRows[index] == rowNumber) {
            return cellDates[index];
        }
        LocalDate date = slotDate(slot, settings.dates().read(bytes.bytes(), bytes.from(index), bytes.to(index)));
        cellDateRows[index] = rowNumber;
        cellDates[index] = date;
        return date;
    }

    /** Returns the date of a {@link DateParser#read} value ({@code yyyymmdd}) from the field's slots, null for 0. */
    private LocalDate slotDate(int slot, int value) {
        if (value == 0) {
            return null;
        }
        if (byteDateKeys[slot] == null) {
            byteDateKeys[slot] = new int[BYTE_DATE_SLOTS];
            byteDates[slot] = new LocalDate[BYTE_DATE_SLOTS];
        }
        int at = ((value / 10_000 * 12 + value / 100 % 100) * 31 + value % 100) & (BYTE_DATE_SLOTS - 1);
        if (byteDateKeys[slot][at] != value) {
            byteDateKeys[slot][at] = value;
            byteDates[slot][at] = LocalDate.of(value / 10000, value / 100 % 100, value % 100);
        }
        return byteDates[slot][at];
    }

    private LocalDate parseDate(String text, int slot, String column) {
        if (text.isEmpty()) {
            return null;
        }
        if (dateTexts[slot] == null) {
            dateTexts[slot] = new String[DATE_CACHE_SLOTS];
            dates[slot] = new LocalDate[DATE_CACHE_SLOTS];
        }
        String[] texts = dateTexts[slot];
        int at = UniqueIds.spread(text.hashCode()) & (DATE_CACHE_SLOTS - 1);
        while (texts[at] != null) {
            if (texts[at] == text || texts[at].equals(text)) {
                return dates[slot][at];
            }
            at = (at + 1) & (DATE_CACHE_SLOTS - 1);
        }
        LocalDate date;
        try {
            date = settings.dates().parse(text);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(column, text, e.getMessage(), null, false);
        }
        if (++dateCount[slot] > DATE_CACHE_SLOTS / 2) {
            java.util.Arrays.fill(texts, null);
            java.util.Arrays.fill(dates[slot], null);
            dateCount[slot] = 1;
            at = UniqueIds.spread(text.hashCode()) & (DATE_CACHE_SLOTS - 1);
        }
        texts[at] = text;
        dates[slot][at] = date;
        return date;
    }

    Money money(F amount, F currencyField) {
        long minor = minorUnits(amount, currencyField);
        return Money.ofMinor(currency, minor);
    }

    /**
     * Reads an amount as {@link #money} does, with the same errors, and returns its minor units, without a
     * {@link Money} per row (docs/decisions/0059); its currency is then {@link #amountCurrency()}.
     */
    long minorUnits(F amount, F currencyField) {
        Currency currency = currency(currencyField);
        int index = columns.index(amount);
        if (bytes != null && index >= 0 && bytes.isBytes(index)) {
            long minor = settings.amounts().minorUnits(bytes.bytes(), bytes.from(index), bytes.to(index), currency);
            if (minor != AmountParser.NOT_READ) {
                return minor;
            }
        }
        String text = text(amount);
        if (text.isEmpty()) {
            throw problem(amount, text, "is blank (expected an amount)");
        }
        try {
            return settings.amounts().parse(text, currency).minorUnits();
        } catch (IllegalArgumentException e) {
            throw problem(amount, text, e.getMessage());
        }
    }

    /** Returns the currency of the amount {@link #minorUnits} read last. */
    Currency amountCurrency() {
        return currency;
    }

    private Currency currency(F field) {
        String text = text(field);
        if (text == currencyText) {
            return currency;
        }
        Currency read = readCurrency(field, text);
        currencyText = text;
        currency = read;
        return read;
    }

    private Currency readCurrency(F field, String text) {
        if (text.isEmpty()) {
            return settings.defaultCurrency()
                    .orElseThrow(() -> problem(field, text, "is blank and no default currency is set"));
        }
        Currency currency;
        try {
            currency = Currency.getInstance(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(field, text, "not an ISO-4217 currency code");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw problem(field, text, "has no fixed number of decimal places");
        }
        return currency;
    }

    <V> V label(F field, Labels<V> labels) {
        String text = text(field);
        if (text.isEmpty()) {
            throw problem(field, text, "is blank (expected a " + labels.what() + ")");
        }
        return labels.find(text).orElseThrow(() -> problem(field, text, labels.unknown()));
    }

    <V> Optional<V> optionalLabel(F field, Labels<V> labels) {
        return text(field).isEmpty() ? Optional.empty() : Optional.of(label(field, labels));
    }

    /** Reads a yes/no field; blank is false. */
    boolean flag(F field) {
        return optionalLabel(field, settings.booleans()).orElse(Boolean.FALSE);
    }
}
