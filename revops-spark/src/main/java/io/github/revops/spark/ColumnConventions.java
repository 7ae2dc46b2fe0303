package io.github.revops.spark;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * How a mapping reads dates, amounts and currencies out of a row: the date pattern of text columns, whether amounts
 * are in major or minor units, and one currency for every row or a column of ISO-4217 codes.
 *
 * <p>A value that cannot be read becomes the core's {@link InvalidRecordException}, naming the record, its id, the
 * record's field and the value, so a rejected row reads like any invalid record.
 */
final class ColumnConventions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record name used in messages ("deal", "subscription"). */
    private final String record;
    /** The {@link DateTimeFormatter} pattern of text date columns. */
    private final String datePattern;
    /** The unit of amount columns. */
    private final AmountUnit amountUnit;
    /** The currency of every row, or null when a column holds it. */
    private final String currency;
    /** The column of currency codes, or null when one currency is fixed. */
    private final String currencyColumn;
    /** Made from {@link #datePattern} on first use in each JVM (formatters are not serializable). */
    private transient DateTimeFormatter formatter;

    ColumnConventions(String record, String datePattern, AmountUnit amountUnit, String currency,
                      String currencyColumn) {
        this.record = record;
        this.datePattern = Objects.requireNonNull(datePattern, "datePattern");
        this.amountUnit = Objects.requireNonNull(amountUnit, "amountUnit");
        formatter(datePattern);
        if ((currency == null) == (currencyColumn == null)) {
            throw new IllegalArgumentException(record + " mapping needs exactly one of a currency and a currency "
                    + "column (currency " + currency + ", column " + currencyColumn + ")");
        }
        if (currency != null) {
            Money.currency(currency);
        }
        this.currency = currency;
        this.currencyColumn = currencyColumn;
    }

    /** A strict formatter: 2017-02-30 is not a date (a lenient one would read 2017-02-28). */
    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, IsoEra.CE.getValue())
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** What a column must hold. */
    enum Kind {
        /** Text, or any atomic value read as its text (an integer id). */
        TEXT,
        /** A date, or text in the date pattern. */
        DATE,
        /** An integer, a decimal, or text holding a decimal; never a binary floating point. */
        AMOUNT,
        /** A boolean, or the text true or false. */
        FLAG
    }

    /**
     * Finds a column in a schema and checks that its type can hold a field.
     *
     * @param schema  the frame's schema
     * @param column  the column name
     * @param field  the record field it maps to
     * @param kind  what the field needs
     * @return the column's index
     * @throws IllegalArgumentException if the column is missing or of a type that cannot hold the field
     */
    int index(StructType schema, String column, String field, Kind kind) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException(record + " field " + field + " maps to column '" + column
                    + "', which the frame does not have; its columns are " + Arrays.toString(schema.fieldNames()));
        }
        int index = schema.fieldIndex(column);
        DataType type = schema.fields()[index].dataType();
        boolean text = type instanceof StringType;
        boolean fits = switch (kind) {
            case TEXT -> text || type instanceof IntegerType || type instanceof LongType
                    || type instanceof ShortType || type instanceof ByteType || type instanceof DecimalType;
            case DATE -> text || type instanceof DateType;
            case AMOUNT -> text || type instanceof IntegerType || type instanceof LongType
                    || type instanceof ShortType || type instanceof ByteType || type instanceof DecimalType;
            case FLAG -> text || type instanceof BooleanType;
        };
        if (!fits) {
            throw new IllegalArgumentException(record + " field " + field + " maps to column '" + column
                    + "' of type " + type.simpleString() + ", which cannot hold "
                    + kind.name().toLowerCase(Locale.ROOT) + " values"
                    + (kind == Kind.AMOUNT ? " (money is never read from a binary floating point: cast the column"
                    + " to a decimal)" : ""));
        }
        return index;
    }

    /**
     * Finds the currency column, if the mapping has one.
     *
     * @param schema  the frame's schema
     * @return its index, or -1 when one currency is fixed
     */
    int currencyIndex(StructType schema) {
        return currencyColumn == null ? -1 : index(schema, currencyColumn, "currency", Kind.TEXT);
    }

    /**
     * Reads a text value.
     *
     * @param row  the row
     * @param index  the column's index, or -1 for an unmapped field
     * @return the text, or null when the cell is null or the field unmapped
     */
    String text(Row row, int index) {
        if (index < 0 || row.isNullAt(index)) {
            return null;
        }
        Object value = row.get(index);
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /**
     * Reads a date value.
     *
     * @param row  the row
     * @param index  the column's index, or -1 for an unmapped field
     * @param id  the record's id, for messages
     * @param field  the record field, for messages
     * @return the date, or null when the cell is null, blank text or the field unmapped
     * @throws InvalidRecordException if text is not a date in the pattern
     */
    LocalDate date(Row row, int index, String id, String field) {
        if (index < 0 || row.isNullAt(index)) {
            return null;
        }
        Object value = row.get(index);
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (formatter == null) {
            formatter = formatter(datePattern);
        }
        try {
            return LocalDate.parse(text, formatter);
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(record, idOf(id), field, "'" + text + "'",
                    "is not a date in the pattern " + datePattern);
        }
    }

    /**
     * Reads an amount with the row's currency.
     *
     * @param row  the row
     * @param index  the amount column's index
     * @param currencyIndex  the currency column's index, or -1 when one currency is fixed
     * @param id  the record's id, for messages
     * @return the amount, or null when the cell is null (the record then says the amount is required)
     * @throws InvalidRecordException if the amount or currency cannot be read exactly
     */
    Money amount(Row row, int index, int currencyIndex, String id) {
        if (row.isNullAt(index)) {
            return null;
        }
        Object value = row.get(index);
        String code = currencyIndex < 0 ? currency : text(row, currencyIndex);
        Currency unit;
        try {
            unit = Money.currency(code);
        } catch (RuntimeException e) {
            throw new InvalidRecordException(record, idOf(id), "amount", code, "has no known currency ("
                    + e.getMessage() + ")");
        }
        BigDecimal decimal;
        try {
            decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidRecordException(record, idOf(id), "amount", "'" + value + "'", "is not a number");
        }
        try {
            return amountUnit == AmountUnit.MAJOR
                    ? Money.of(unit, decimal)
                    : Money.ofMinor(unit, decimal.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidRecordException(record, idOf(id), "amount", decimal.toPlainString(),
                    "cannot be read exactly as " + amountUnit.name().toLowerCase(Locale.ROOT) + " units of " + code
                            + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a flag.
     *
     * @param row  the row
     * @param index  the column's index, or -1 for an unmapped field (false)
     * @param id  the record's id, for messages
     * @param field  the record field, for messages
     * @return the flag; false when the cell is null or the field unmapped
     * @throws InvalidRecordException if text is neither true nor false
     */
    boolean flag(Row row, int index, String id, String field) {
        if (index < 0 || row.isNullAt(index)) {
            return false;
        }
        Object value = row.get(index);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidRecordException(record, idOf(id), field, "'" + text + "'", "is neither true nor false");
    }

    /**
     * Builds a mapping error about a field of the record.
     *
     * @param id  the record's id
     * @param field  the field
     * @param value  the value
     * @param problem  what is wrong
     * @return the exception to throw
     */
    InvalidRecordException invalid(String id, String field, Object value, String problem) {
        return new InvalidRecordException(record, idOf(id), field, value, problem);
    }

    /** The id as the core's messages show it: {@code ?} when there is none. */
    private static String idOf(String id) {
        return id == null || id.isBlank() ? "?" : id;
    }
}
