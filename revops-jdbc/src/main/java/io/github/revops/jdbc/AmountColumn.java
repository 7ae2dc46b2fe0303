package io.github.revops.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

/**
 * Reads an amount column as minor units of a currency, exactly: an integer column through {@code getLong}, a
 * {@code NUMERIC} or {@code DECIMAL} column through {@code getBigDecimal}, never through a double. In major units a
 * value with more decimal places than the currency has is refused, never rounded; in minor units a value must be a
 * whole number. Not thread-safe: it holds the current row's amount.
 */
final class AmountColumn {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

    private final Column column;
    private final boolean integer;
    private final boolean major;
    private long minorUnits;

    /**
     * Binds an amount column.
     *
     * @param column  the column, of the amount kind
     * @param unit  the unit it counts in
     */
    AmountColumn(Column column, AmountUnit unit) {
        this.column = column;
        this.integer = ColumnKind.isInteger(column.sqlType());
        this.major = unit == AmountUnit.MAJOR;
    }

    /**
     * Returns the column.
     *
     * @return the column
     */
    Column column() {
        return column;
    }

    /**
     * Reads the current row's amount; {@link #minorUnits()} then holds it.
     *
     * @param rows  the result, on the row
     * @param currency  the row's currency
     * @return false for SQL NULL
     * @throws SQLException if the driver cannot give the value
     * @throws ArithmeticException naming the problem, if the value is not an exact amount of the currency
     */
    boolean read(ResultSet rows, Currency currency) throws SQLException {
        int scale = currency.getDefaultFractionDigits();
        if (integer) {
            long value = rows.getLong(column.index());
            if (rows.wasNull()) {
                return false;
            }
            minorUnits = major ? scaled(value, scale, currency) : value;
            return true;
        }
        BigDecimal value = rows.getBigDecimal(column.index());
        if (value == null) {
            return false;
        }
        BigDecimal minor = major ? value.movePointRight(scale) : value;
        if (minor.signum() != 0 && minor.stripTrailingZeros().scale() > 0) {
            throw new ArithmeticException(major
                    ? "has more decimal places than " + currency.getCurrencyCode() + " allows (" + scale + ")"
                    : "is not a whole number of minor units of " + currency.getCurrencyCode());
        }
        try {
            minorUnits = minor.longValueExact();
        } catch (ArithmeticException e) {
            throw tooLarge(currency);
        }
        return true;
    }

    private static long scaled(long value, int scale, Currency currency) {
        try {
            return Math.multiplyExact(value, POWERS_OF_TEN[scale]);
        } catch (ArithmeticException e) {
            throw tooLarge(currency);
        }
    }

    private static ArithmeticException tooLarge(Currency currency) {
        return new ArithmeticException("is too large for an amount of " + currency.getCurrencyCode()
                + " (at most 2^63 - 1 minor units)");
    }

    /**
     * Returns the amount read last.
     *
     * @return the amount in minor units of the row's currency
     */
    long minorUnits() {
        return minorUnits;
    }
}
