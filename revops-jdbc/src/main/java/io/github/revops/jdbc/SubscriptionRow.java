package io.github.revops.jdbc;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.table.SubscriptionTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * One import's reader of subscription rows, bound to a result's columns (see {@link SubscriptionColumns} for the
 * rules): a row becomes a {@link Subscription}, or a row of a {@link SubscriptionTable} through its builder, which
 * checks the same rules.
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
    }

    @Override
    Subscription record(ResultSet rows) throws SQLException {
        String subscriptionId = id(rows, id);
        return new Subscription(subscriptionId, text(rows, customer), money(rows, amount), interval(rows),
                date(rows, start, "startDate"), Optional.ofNullable(date(rows, end, "endDate")),
                flag(rows, trial, "trial"), Optional.ofNullable(date(rows, cancellation, "cancellationDate")));
    }

    /**
     * Reads the current row into a table; the table's builder checks the record's rules.
     *
     * @param rows  the result, on the row
     * @param table  the table's builder
     * @param tableCurrency  the table's currency
     * @throws SQLException if the driver fails
     * @throws RowProblem if the row is bad
     */
    void append(ResultSet rows, SubscriptionTable.Builder table, Currency tableCurrency) throws SQLException {
        try {
            id(rows, id);
            String customerId = text(rows, customer);
            long minorUnits = tableAmount(rows, amount, tableCurrency);
            BillingInterval billing = required(interval(rows), "interval");
            int startDay = requiredDay(date(rows, start, "startDate"), "startDate");
            LocalDate endDate = date(rows, end, "endDate");
            boolean isTrial = flag(rows, trial, "trial");
            LocalDate cancelled = date(rows, cancellation, "cancellationDate");
            table.customer(customerId).amountMinor(minorUnits).interval(billing).startDay(startDay)
                    .endDay(endDate == null ? SubscriptionTable.OPEN_END : (int) endDate.toEpochDay())
                    .trial(isTrial);
            if (cancelled != null) {
                table.cancelled(cancelled);
            }
            add(table);
        } catch (InvalidRecordException e) {
            throw problem(rows, e);
        }
    }

    private void add(SubscriptionTable.Builder table) {
        try {
            table.add();
        } catch (InvalidRecordException e) {
            throw withId(e);
        }
    }

    private BillingInterval interval(ResultSet rows) throws SQLException {
        String text = text(rows, interval);
        if (text == null) {
            return null;
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
