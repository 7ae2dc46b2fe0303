package io.github.revops.jdbc;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One import's reader of a record type's row, bound to the columns of a result: the helpers every record type's
 * row reader shares (binding columns by field, reading text, dates, amounts, labels and flags) and the rule that
 * turns a rejected field into a {@link RowProblem} naming its column and value. Not thread-safe: it holds the
 * current row's id.
 *
 * @param <T>  the record type
 */
abstract class RecordRow<T> {

    private final String record;
    private final ResultColumns result;
    private final ImportSettings settings;
    private final Map<String, Column> byField = new HashMap<>();
    private final Column currencyColumn;
    private final Currency fixedCurrency;
    private String id;
    /** Whether {@link #id} holds the current row's id; if not, {@link #idRows} gives it on demand. */
    private boolean idRead = true;
    private ResultSet idRows;
    private Column idColumn;
    private String lastCode;
    private Currency lastCurrency;

    RecordRow(String record, ResultColumns result, ImportSettings settings) {
        this.record = record;
        this.result = result;
        this.settings = settings;
        this.currencyColumn = settings.currencyColumn().map(label -> bind("currency", label, ColumnKind.TEXT))
                .orElse(null);
        this.fixedCurrency = settings.currency().orElse(null);
    }

    /**
     * Makes a record of the current row.
     *
     * @param rows  the result, on the row
     * @return the validated record
     * @throws SQLException if the driver fails
     * @throws InvalidRecordException if the row does not make a valid record
     */
    abstract T record(ResultSet rows) throws SQLException;

    /**
     * Makes a record of the current row, a bad row becoming a {@link RowProblem}.
     *
     * @param rows  the result, on the row
     * @return the validated record
     * @throws SQLException if the driver fails
     */
    final T read(ResultSet rows) throws SQLException {
        try {
            return record(rows);
        } catch (InvalidRecordException e) {
            throw problem(rows, e);
        }
    }

    // ---- binding, once per import ----

    /** Finds a field's column (null label: none) and remembers it for messages. */
    final Column bind(String field, String label, ColumnKind kind) {
        if (label == null) {
            return null;
        }
        Column column = result.find(label, record + " " + field, kind);
        byField.put(field, column);
        return column;
    }

    /** Binds a date column (null label: none). */
    final DateColumn bindDate(String field, String label) {
        Column column = bind(field, label, ColumnKind.DATE);
        if (column == null) {
            return null;
        }
        try {
            return DateColumn.of(column, settings);
        } catch (IllegalArgumentException e) {
            throw JdbcImportException.ofColumn(result.source(), column.label(), e.getMessage());
        }
    }

    /** Binds the amount column. */
    final AmountColumn bindAmount(String label) {
        return new AmountColumn(bind("amount", label, ColumnKind.AMOUNT), settings.amountUnit());
    }

    // ---- reading, once per row ----

    /** Reads the row's id first, so that messages name it. */
    final String id(ResultSet rows, Column column) throws SQLException {
        id = rows.getString(column.index());
        idRead = true;
        return id;
    }

    /**
     * Leaves the row's id unread until a message needs it, and then reads it while the cursor is still on the row: a
     * table keeps no ids, so a good row costs no id cell.
     */
    final void idOnDemand(ResultSet rows, Column column) {
        idRows = rows;
        idColumn = column;
        idRead = false;
    }

    /** Reads a text cell; null for SQL NULL or an unmapped field. */
    static String text(ResultSet rows, Column column) throws SQLException {
        return column == null ? null : rows.getString(column.index());
    }

    /** Reads a date cell; null for SQL NULL or an unmapped field. */
    final LocalDate date(ResultSet rows, DateColumn column, String field) throws SQLException {
        if (column == null) {
            return null;
        }
        try {
            return column.read(rows);
        } catch (DateTimeException e) {
            throw invalid(field, rows.getString(column.column().index()), e.getMessage());
        }
    }

    /** Reads a labelled cell; {@code whenNull} for SQL NULL or an unmapped field. */
    final <V> V label(ResultSet rows, Column column, Labels<V> labels, String field, V whenNull)
            throws SQLException {
        String text = text(rows, column);
        if (text == null) {
            return whenNull;
        }
        V value = labels.find(text);
        if (value == null) {
            throw invalid(field, "'" + text + "'", "is not a mapped label (known: " + labels.known() + ")");
        }
        return value;
    }

    /** Reads a flag cell; false for SQL NULL or an unmapped field. */
    final boolean flag(ResultSet rows, Column column, String field) throws SQLException {
        if (column == null) {
            return false;
        }
        if (ColumnKind.isInteger(column.sqlType())) {
            long value = rows.getLong(column.index());
            if (value != 0 && value != 1) {
                throw invalid(field, value, "is neither 0 (false) nor 1 (true)");
            }
            return value == 1;
        }
        return rows.getBoolean(column.index());
    }

    /** Reads the row's currency: its cell, or the mapping's currency. */
    final Currency currency(ResultSet rows) throws SQLException {
        String code = text(rows, currencyColumn);
        if (code == null) {
            if (fixedCurrency == null) {
                throw invalid("currency", null, "is required (no currency is set for rows without one)");
            }
            return fixedCurrency;
        }
        if (!code.equals(lastCode)) {
            try {
                lastCurrency = Money.currency(code.strip());
            } catch (IllegalArgumentException e) {
                throw invalid("currency", "'" + code + "'", "is not a currency with a fixed number of decimal"
                        + " places");
            }
            lastCode = code;
        }
        return lastCurrency;
    }

    /** Reads the amount cell in a currency; false for SQL NULL. */
    final boolean amount(ResultSet rows, AmountColumn column, Currency currency) throws SQLException {
        try {
            return column.read(rows, currency);
        } catch (ArithmeticException e) {
            throw invalid("amount", rows.getString(column.column().index()), e.getMessage());
        }
    }

    /** Reads the amount cell as money; null for SQL NULL (the record then says the amount is required). */
    final Money money(ResultSet rows, AmountColumn column) throws SQLException {
        Currency currency = currency(rows);
        return amount(rows, column, currency) ? Money.ofMinor(currency, column.minorUnits()) : null;
    }

    /**
     * Checks that a table row is in the table's currency.
     *
     * @param currency  the row's currency
     * @param tableCurrency  the table's currency
     * @throws InvalidRecordException if they differ
     */
    final void requireCurrency(Currency currency, Currency tableCurrency) {
        if (!currency.equals(tableCurrency)) {
            throw invalid("currency", currency.getCurrencyCode(), "is not the table's currency ("
                    + tableCurrency.getCurrencyCode() + "): convert it in the query, or load it separately");
        }
    }

    // ---- messages ----

    /** Makes the domain's exception for a field of the current row. */
    final InvalidRecordException invalid(String field, Object value, String problem) {
        SQLException unreadable = null;
        if (!idRead) {
            idRead = true;
            try {
                id = idRows.getString(idColumn.index());
            } catch (SQLException e) {
                id = null;
                unreadable = e;
            }
        }
        InvalidRecordException invalid = new InvalidRecordException(record, shownId(), field, value, problem);
        if (unreadable != null) {
            invalid.addSuppressed(unreadable);
        }
        return invalid;
    }

    /**
     * Names the current row's id in an exception a table builder threw, which names the table's row instead; the
     * builder's exception becomes the cause.
     */
    final InvalidRecordException withId(InvalidRecordException fromTable) {
        String prefix = fromTable.record() + " '" + fromTable.id() + "': " + fromTable.field() + " ("
                + fromTable.value() + ") ";
        String message = fromTable.getMessage();
        String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        InvalidRecordException named = invalid(fromTable.field(), fromTable.value(), problem);
        named.initCause(fromTable);
        return named;
    }

    /**
     * Adds a row to a table builder, naming the current row's id in the builder's exception.
     *
     * @param add  the builder's {@code add}
     * @throws InvalidRecordException if the builder rejects the row
     */
    final void appended(Runnable add) {
        try {
            add.run();
        } catch (InvalidRecordException e) {
            throw withId(e);
        }
    }

    private String shownId() {
        return id == null || id.isBlank() ? "?" : Column.cut(id, Column.SHOWN_CHARACTERS);
    }

    /** Makes a row problem of the domain's exception, naming the field's column and its value in the row. */
    final RowProblem problem(ResultSet rows, InvalidRecordException e) throws SQLException {
        Column column = byField.get(e.field());
        return column == null ? new RowProblem(e.field(), Optional.of(e.value()), e)
                : new RowProblem(column.label(), column.shown(rows), e);
    }
}
