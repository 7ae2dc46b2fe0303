package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import io.github.revops.table.DealTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One import's reader of deal rows, bound to a result's columns (see {@link DealColumns} for the rules): a row
 * becomes a {@link Deal}, or a row of a {@link DealTable} through its builder, which checks the same rules in the same
 * order. Not thread-safe: it holds the current row's cells.
 */
final class DealRow extends RecordRow<Deal> {

    private static final Labels<DealType> TYPES = Labels.ofEnum(DealType.class);
    private static final Labels<ForecastCategory> CATEGORIES = Labels.ofEnum(ForecastCategory.class);

    private final Column id;
    private final Column customer;
    private final Column owner;
    private final Column source;
    private final Column type;
    private final AmountColumn amount;
    private final DateColumn created;
    private final Column status;
    private final DateColumn closed;
    private final Column forecastCategory;
    private final Labels<DealStatus> statusLabels;
    private final String[] segmentNames;
    private final Column[] segments;
    private final String[] segmentValues;

    private String dealId;
    private DealStatus dealStatus;
    private String customerId;
    private String ownerName;
    private String sourceName;
    private DealType dealType;
    private Currency currency;
    private boolean hasAmount;
    private LocalDate createdDate;
    private LocalDate closeDate;
    private ForecastCategory category;

    /** The table whose builder the text fields below set. */
    private DealTable.Builder fieldsOf;
    private TextField customerField;
    private TextField ownerField;
    private TextField sourceField;
    private TextField[] segmentFields;

    DealRow(DealColumns columns, ResultColumns result) {
        super(DealColumns.RECORD, result, columns.settings());
        this.id = bind("id", columns.id, ColumnKind.TEXT);
        this.customer = bind("customerId", columns.customer, ColumnKind.TEXT);
        this.owner = bind("owner", columns.owner, ColumnKind.TEXT);
        this.source = bind("source", columns.source, ColumnKind.TEXT);
        this.type = bind("type", columns.type, ColumnKind.TEXT);
        this.amount = bindAmount(columns.amount);
        this.created = bindDate("createdDate", columns.created);
        this.status = bind("status", columns.status, ColumnKind.TEXT);
        this.closed = bindDate("closeDate", columns.closeDate);
        this.forecastCategory = bind("forecastCategory", columns.forecastCategory, ColumnKind.TEXT);
        this.statusLabels = columns.statusLabels;
        this.segmentNames = columns.segments.keySet().toArray(String[]::new);
        this.segments = new Column[segmentNames.length];
        this.segmentValues = new String[segmentNames.length];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = bind("segments", columns.segments.get(segmentNames[i]), ColumnKind.TEXT);
        }
    }

    @Override
    Deal record(ResultSet rows) throws SQLException {
        dealId = id(rows, id);
        readCells(rows);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < segments.length; i++) {
            if (segmentValues[i] != null) {
                attributes.put(segmentNames[i], segmentValues[i]);
            }
        }
        return Deal.builder(dealId).customer(customerId).owner(ownerName).source(sourceName).type(dealType)
                .amount(hasAmount ? Money.ofMinor(currency, amount.minorUnits()) : null)
                .created(createdDate).status(dealStatus, closeDate).forecastCategory(category)
                .segments(attributes).build();
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
    void append(ResultSet rows, DealTable.Builder table, Currency tableCurrency) throws SQLException {
        try {
            idOnDemand(rows, id);
            readCells(rows);
            requireCurrency(currency, tableCurrency);
            setTexts(table);
            table.type(dealType)
                    .closed(dealStatus, closeDate == null ? DealTable.NO_CLOSE : (int) closeDate.toEpochDay());
            if (hasAmount) {
                table.amountMinor(amount.minorUnits());
            }
            if (createdDate != null) {
                table.createdDay((int) createdDate.toEpochDay());
            }
            appended(table::add);
        } catch (InvalidRecordException e) {
            throw problem(rows, e);
        }
    }

    /**
     * Sets the row's text fields: by the builder's code where the text's column holds it ({@link TextField}), else
     * as the String; the table is the same either way.
     */
    private void setTexts(DealTable.Builder table) {
        if (fieldsOf != table) {
            fieldsOf = table;
            customerField = new TextField(table::customerCode, table::customer, table::customer);
            ownerField = new TextField(table::ownerCode, table::owner, table::owner);
            sourceField = new TextField(table::sourceCode, table::source, table::source);
            segmentFields = new TextField[segments.length];
            for (int i = 0; i < segments.length; i++) {
                String name = segmentNames[i];
                segmentFields[i] = new TextField(value -> table.segmentCode(name, value),
                        value -> table.segment(name, value), table::segment);
            }
        }
        customerField.set(customerId);
        ownerField.set(ownerName);
        sourceField.set(sourceName);
        for (int i = 0; i < segments.length; i++) {
            if (segmentValues[i] != null) {
                segmentFields[i].set(segmentValues[i]);
            }
        }
    }

    /**
     * Reads every cell of the current row but the id (read first for a record, on demand for a table), in one order
     * for records and tables, so both meet a bad cell alike.
     */
    private void readCells(ResultSet rows) throws SQLException {
        dealStatus = label(rows, status, statusLabels, "status", null);
        for (int i = 0; i < segments.length; i++) {
            segmentValues[i] = text(rows, segments[i]);
        }
        customerId = text(rows, customer);
        ownerName = text(rows, owner);
        sourceName = text(rows, source);
        dealType = label(rows, type, TYPES, "type", DealType.NEW_BUSINESS);
        currency = currency(rows);
        hasAmount = amount(rows, amount, currency);
        createdDate = date(rows, created, "createdDate");
        closeDate = dealStatus == DealStatus.OPEN ? null : date(rows, closed, "closeDate");
        category = label(rows, forecastCategory, CATEGORIES, "forecastCategory", null);
    }
}
