package io.github.revops.spark;

import java.util.Objects;

/**
 * What every column-mapping builder shares: the id, customer and amount columns, the date pattern of text dates,
 * the unit of amounts and the currency.
 *
 * @param <B>  the concrete builder, returned by every setter
 */
abstract class ColumnsBuilder<B extends ColumnsBuilder<B>> {

    private String id;
    private String customer;
    private String amount;
    private String datePattern = "yyyy-MM-dd";
    private AmountUnit amountUnit = AmountUnit.MAJOR;
    private String currency;
    private String currencyColumn;

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
     * @param column  the column name
     * @return this builder
     */
    public B id(String column) {
        this.id = Objects.requireNonNull(column, "column");
        return self();
    }

    /**
     * Sets the column of the customer (account) id.
     *
     * @param column  the column name
     * @return this builder
     */
    public B customer(String column) {
        this.customer = Objects.requireNonNull(column, "column");
        return self();
    }

    /**
     * Sets the column of the amount (a deal's value, a subscription's price per billing interval).
     *
     * @param column  the column name
     * @return this builder
     */
    public B amount(String column) {
        this.amount = Objects.requireNonNull(column, "column");
        return self();
    }

    /**
     * Sets the unit of the amount column; {@link AmountUnit#MAJOR} unless set.
     *
     * @param unit  the unit
     * @return this builder
     */
    public B amountUnit(AmountUnit unit) {
        this.amountUnit = Objects.requireNonNull(unit, "unit");
        return self();
    }

    /**
     * Sets one currency for every row.
     *
     * @param code  the ISO-4217 code
     * @return this builder
     */
    public B currency(String code) {
        this.currency = Objects.requireNonNull(code, "code");
        this.currencyColumn = null;
        return self();
    }

    /**
     * Sets the column of each row's ISO-4217 currency code.
     *
     * @param column  the column name
     * @return this builder
     */
    public B currencyColumn(String column) {
        this.currencyColumn = Objects.requireNonNull(column, "column");
        this.currency = null;
        return self();
    }

    /**
     * Sets the {@link java.time.format.DateTimeFormatter} pattern of text date columns, read strictly;
     * {@code yyyy-MM-dd} unless set.
     *
     * @param pattern  the pattern
     * @return this builder
     */
    public B datePattern(String pattern) {
        this.datePattern = Objects.requireNonNull(pattern, "pattern");
        return self();
    }

    String id() {
        return id;
    }

    String customer() {
        return customer;
    }

    String amount() {
        return amount;
    }

    /**
     * Makes the conventions of a record's mapping.
     *
     * @param record  the record name, for messages
     * @return the conventions
     * @throws IllegalArgumentException if the currency or date pattern is not valid, or neither or both of a
     *     currency and a currency column are set
     */
    ColumnConventions conventions(String record) {
        return new ColumnConventions(record, datePattern, amountUnit, currency, currencyColumn);
    }
}
