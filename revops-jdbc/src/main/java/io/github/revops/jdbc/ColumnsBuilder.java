package io.github.revops.jdbc;

import io.github.revops.money.Money;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What every column-mapping builder shares: the id and amount columns, the unit of amounts, the currency, the zones
 * of timestamps, strict or lenient, and how many bad rows a summary lists.
 *
 * <p>Defaults: amounts in major units; no currency; no zone; {@link ImportMode#STRICT}; at most
 * {@value JdbcImportSummary#DEFAULT_MAX_ROWS_LISTED} bad rows listed.
 *
 * @param <B>  the concrete builder, returned by every setter
 */
abstract class ColumnsBuilder<B extends ColumnsBuilder<B>> {

    private String id;
    private String amount;
    private AmountUnit amountUnit = AmountUnit.MAJOR;
    private Currency currency;
    private String currencyColumn;
    private ZoneId zone;
    private ZoneId timestampZone;
    private ImportMode mode = ImportMode.STRICT;
    private int maxRowsListed = JdbcImportSummary.DEFAULT_MAX_ROWS_LISTED;

    ColumnsBuilder() {
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return this builder
     */
    abstract B self();

    /**
     * Sets the column of the record's id.
     *
     * @param column  the column's label in the result, not null
     * @return this builder
     */
    public B id(String column) {
        this.id = label(column);
        return self();
    }

    /**
     * Sets the column of the amount: an integer, {@code NUMERIC} or {@code DECIMAL} column, never a {@code DOUBLE},
     * {@code REAL} or {@code FLOAT} one.
     *
     * @param column  the column's label in the result, not null
     * @return this builder
     */
    public B amount(String column) {
        this.amount = label(column);
        return self();
    }

    /**
     * Sets the unit of the amount column; {@link AmountUnit#MAJOR} unless set.
     *
     * @param unit  the unit, not null
     * @return this builder
     */
    public B amountUnit(AmountUnit unit) {
        this.amountUnit = Objects.requireNonNull(unit, "unit");
        return self();
    }

    /**
     * Sets the currency of every amount without a currency cell (every amount when no currency column is mapped),
     * and of the tables the mapping loads.
     *
     * @param code  the ISO-4217 code, not null
     * @return this builder
     * @throws IllegalArgumentException if the code is not a currency with a fixed number of decimal places
     */
    public B currency(String code) {
        this.currency = Money.currency(code);
        return self();
    }

    /**
     * Sets the column of each row's ISO-4217 currency code; a row whose cell is {@code NULL} takes the
     * {@link #currency} when one is set.
     *
     * @param column  the column's label in the result, not null
     * @return this builder
     */
    public B currencyColumn(String column) {
        this.currencyColumn = label(column);
        return self();
    }

    /**
     * Sets the business time zone: the date of a {@code TIMESTAMP WITH TIME ZONE} value (an instant) is its date in
     * this zone. Needed when a date column holds instants; not used for {@code DATE} columns.
     *
     * @param businessZone  the zone, such as {@code ZoneId.of("America/New_York")}, not null
     * @return this builder
     */
    public B zone(ZoneId businessZone) {
        this.zone = Objects.requireNonNull(businessZone, "businessZone");
        return self();
    }

    /**
     * Sets the zone in which the wall-clock times of {@code TIMESTAMP} (without time zone) columns were written,
     * such as UTC for an application that stores UTC times; their date is then taken in the business
     * {@link #zone}. Unless set, a {@code TIMESTAMP}'s date is its own date part.
     *
     * @param writtenIn  the zone of the stored times, not null
     * @return this builder
     */
    public B timestampZone(ZoneId writtenIn) {
        this.timestampZone = Objects.requireNonNull(writtenIn, "writtenIn");
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
     * Stops at the first bad row with {@link JdbcImportException}: the default.
     *
     * @return this builder
     */
    public B strict() {
        return mode(ImportMode.STRICT);
    }

    /**
     * Sets bad rows aside as {@link RejectedRow}s, with the reason, and keeps the good ones.
     *
     * @return this builder
     */
    public B lenient() {
        return mode(ImportMode.LENIENT);
    }

    /**
     * Sets how many bad rows a summary lists in full, {@value JdbcImportSummary#DEFAULT_MAX_ROWS_LISTED} unless set;
     * the rest are counted ({@link JdbcImportSummary#rejectedNotListed}), so an import of millions of bad rows stays
     * small.
     *
     * @param rows  how many rows to list, at least 0
     * @return this builder
     * @throws IllegalArgumentException if rows is negative
     */
    public B maxRowsListed(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows (" + rows + ") must be >= 0");
        }
        this.maxRowsListed = rows;
        return self();
    }

    String id() {
        return id;
    }

    String amount() {
        return amount;
    }

    /**
     * Makes the settings of a record's mapping.
     *
     * @param record  the record name, for messages
     * @return the settings
     * @throws IllegalStateException if amounts have no currency, or a timestamp zone is set without a zone
     */
    ImportSettings settings(String record) {
        if (currency == null && currencyColumn == null) {
            throw new IllegalStateException(record + " mapping needs a currency or a currency column");
        }
        if (timestampZone != null && zone == null) {
            throw new IllegalStateException(record + " mapping has a timestampZone (" + timestampZone + ") but no"
                    + " zone to take business dates in");
        }
        return new ImportSettings(amountUnit, Optional.ofNullable(currency), Optional.ofNullable(currencyColumn),
                Optional.ofNullable(zone), Optional.ofNullable(timestampZone), mode, maxRowsListed);
    }

    /**
     * Checks that a required field has a column.
     *
     * @param record  the record name
     * @param column  the column, or null
     * @param field  the field
     * @return the column
     * @throws IllegalStateException if there is no column
     */
    static String required(String record, String column, String field) {
        if (column == null) {
            throw new IllegalStateException(record + " mapping needs a column for " + field);
        }
        return column;
    }

    /**
     * Checks a column label.
     *
     * @param column  the label
     * @return the label
     * @throws IllegalArgumentException if it is blank
     */
    static String label(String column) {
        Objects.requireNonNull(column, "column");
        if (column.isBlank()) {
            throw new IllegalArgumentException("column ('" + column + "') must not be blank");
        }
        return column;
    }
}
