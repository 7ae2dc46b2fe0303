package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.table.DealTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One import's reader of deal rows, bound to a result's columns (see {@link DealColumns} for the rules): a row
 * becomes a {@link Deal}, or a row of a {@link DealTable} through its builder, which checks the same rules.
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
        String dealId = id(rows, id);
        DealStatus dealStatus = label(rows, status, statusLabels, "status", null);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < segments.length; i++) {
            String value = text(rows, segments[i]);
            if (value != null) {
                attributes.put(segmentNames[i], value);
            }
        }
        return Deal.builder(dealId)
                .customer(text(rows, customer))
                .owner(text(rows, owner))
                .source(text(rows, source))
                .type(label(rows, type, TYPES, "type", DealType.NEW_BUSINESS))
                .amount(money(rows, amount))
                .created(date(rows, created, "createdDate"))
                .status(dealStatus, closeDate(rows, dealStatus))
                .forecastCategory(label(rows, forecastCategory, CATEGORIES, "forecastCategory", null))
                .segments(attributes)
                .build();
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
    void append(ResultSet rows, DealTable.Builder table, Currency tableCurrency) throws SQLException {
        try {
            id(rows, id);
            String customerId = text(rows, customer);
            String ownerName = text(rows, owner);
            String sourceName = text(rows, source);
            DealType dealType = label(rows, type, TYPES, "type", DealType.NEW_BUSINESS);
            long minorUnits = tableAmount(rows, amount, tableCurrency);
            int createdDay = requiredDay(date(rows, created, "createdDate"), "createdDate");
            DealStatus dealStatus = required(label(rows, status, statusLabels, "status", null), "status");
            LocalDate closeDate = closeDate(rows, dealStatus);
            for (int i = 0; i < segments.length; i++) {
                segmentValues[i] = text(rows, segments[i]);
            }
            table.customer(customerId).owner(ownerName).source(sourceName).type(dealType).amountMinor(minorUnits)
                    .createdDay(createdDay)
                    .closed(dealStatus, closeDate == null ? DealTable.NO_CLOSE : (int) closeDate.toEpochDay());
            for (int i = 0; i < segments.length; i++) {
                if (segmentValues[i] != null) {
                    table.segment(segmentNames[i], segmentValues[i]);
                }
            }
            add(table);
        } catch (InvalidRecordException e) {
            throw problem(rows, e);
        }
    }

    private void add(DealTable.Builder table) {
        try {
            table.add();
        } catch (InvalidRecordException e) {
            throw withId(e);
        }
    }

    private LocalDate closeDate(ResultSet rows, DealStatus dealStatus) throws SQLException {
        return dealStatus == DealStatus.OPEN ? null : date(rows, closed, "closeDate");
    }
}
