package io.github.revops.jdbc;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.table.SubscriptionTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * One import's reader of subscription rows, bound to a result's columns (see {@link SubscriptionColumns} for the
 * rules): a row becomes a {@link Subscription}, or a row of a {@link SubscriptionTable} through its builder, which
 * checks the same rules in the same order (a missing interval, which the builder would take as monthly, is refused
 * where it is read, in both). Not thread-safe: it holds the current row's cells.
 */
final class SubscriptionRow extends RecordRow<Subscription> {

    private final Column id;
    private final Column customer;
    private final AmountColumn amount;
    private final Column interval;
    private final DateColumn start;
    private final DateColumn end;
    private final Column trial;
    private final DateColumn cancellation;
    private final Labels<BillingInterval> intervalLabels;
    private final boolean monthlyAmounts;

    private String subscriptionId;
    private String customerId;
    private Currency currency;
    private boolean hasAmount;
    private long billedMinor;
    private BillingInterval billing;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean isTrial;
    private LocalDate cancelled;

    /** The table whose builder {@link #customerField} sets. */
    private SubscriptionTable.Builder fieldOf;
    private TextField customerField;

    SubscriptionRow(SubscriptionColumns columns, ResultColumns result) {
        super(SubscriptionColumns.RECORD, result, columns.settings());
        this.id = bind("id", columns.id, ColumnKind.TEXT);
        this.customer = bind("customerId", columns.customer, ColumnKind.TEXT);
        this.amount = bindAmount(columns.amount);
        this.interval = bind("interval", columns.interval, ColumnKind.TEXT);
        this.start = bindDate("startDate", columns.start);
        this.end = bindDate("endDate", columns.end);
        this.trial = bind("trial", columns.trial, ColumnKind.FLAG);
        this.cancellation = bindDate("cancellationDate", columns.cancellation);
        this.intervalLabels = columns.intervalLabels;
        this.monthlyAmounts = columns.amountBasis == AmountBasis.MONTHLY;
    }

    @Override
    Subscription record(ResultSet rows) throws SQLException {
        subscriptionId = id(rows, id);
        readCells(rows);
        return new Subscription(subscriptionId, customerId,
                hasAmount ? Money.ofMinor(currency, billedMinor) : null, billing, startDate,
                Optional.ofNullable(endDate), isTrial, Optional.ofNullable(cancelled));
    }

    /**
     * Reads the current row into a table; the table's builder checks the record's rules, in the record's order.
     *
     * @param rows  the result, on the row
     * @param table  the table's builder
     * @param tableCurrency  the table's currency
     * @throws SQLException if the driver fails
     * @throws RowProblem if the row is bad
     */
    void append(ResultSet rows, SubscriptionTable.Builder table, Currency tableCurrency) throws SQLException {
        try {
            idOnDemand(rows, id);
            readCells(rows);
            requireCurrency(currency, tableCurrency);
            if (fieldOf != table) {
                fieldOf = table;
                customerField = new TextField(table::customerCode, table::customer, table::customer);
            }
            customerField.set(customerId);
            table.interval(billing).trial(isTrial)
                    .endDay(endDate == null ? SubscriptionTable.OPEN_END : (int) endDate.toEpochDay());
            if (hasAmount) {
                table.amountMinor(billedMinor);
            }
            if (startDate != null) {
                table.startDay((int) startDate.toEpochDay());
            }
            if (cancelled != null) {
                table.cancelled(cancelled);
            }
            appended(table::add);
        } catch (InvalidRecordException e) {
            throw problem(rows, e);
        }
    }

    /**
     * Reads every cell of the current row but the id (read first for a record, on demand for a table), in one order
     * for records and tables, so both meet a bad cell alike.
     */
    private void readCells(ResultSet rows) throws SQLException {
        customerId = text(rows, customer);
        currency = currency(rows);
        hasAmount = amount(rows, amount, currency);
        billing = interval(rows);
        billedMinor = hasAmount ? billed(rows) : 0;
        startDate = date(rows, start, "startDate");
        endDate = date(rows, end, "endDate");
        isTrial = flag(rows, trial, "trial");
        cancelled = date(rows, cancellation, "cancellationDate");
    }

    /** The amount billed each interval: the amount read, or the monthly amount times the interval's months. */
    private long billed(ResultSet rows) throws SQLException {
        long read = amount.minorUnits();
        if (!monthlyAmounts) {
            return read;
        }
        if (billing.months() == 0) {
            throw invalid("interval", "'" + text(rows, interval) + "'", "has no whole number of months, so a monthly"
                    + " amount cannot be billed per " + billing);
        }
        try {
            return Math.multiplyExact(read, billing.months());
        } catch (ArithmeticException e) {
            throw invalid("amount", rows.getString(amount.column().index()), "is too large to be billed "
                    + billing.months() + " months at a time");
        }
    }

    private BillingInterval interval(ResultSet rows) throws SQLException {
        String text = text(rows, interval);
        if (text == null) {
            throw invalid("interval", null, "is required");
        }
        BillingInterval labelled = intervalLabels.find(text);
        if (labelled != null) {
            return labelled;
        }
        try {
            return BillingInterval.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid("interval", "'" + text + "'", "is not a billing interval (known labels: "
                    + intervalLabels.known() + "; or MONTH, QUARTER, YEAR, WEEK, DAY, EVERY_N_MONTHS)");
        }
    }
}
