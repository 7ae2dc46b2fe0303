package io.github.revops.csv;

import static io.github.revops.csv.DealField.AMOUNT;
import static io.github.revops.csv.DealField.CLOSE_DATE;
import static io.github.revops.csv.DealField.CREATED_DATE;
import static io.github.revops.csv.DealField.CURRENCY;
import static io.github.revops.csv.DealField.CUSTOMER;
import static io.github.revops.csv.DealField.FORECAST_CATEGORY;
import static io.github.revops.csv.DealField.ID;
import static io.github.revops.csv.DealField.OWNER;
import static io.github.revops.csv.DealField.SOURCE;
import static io.github.revops.csv.DealField.STATUS;
import static io.github.revops.csv.DealField.TYPE;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.StageEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Turns a row into a {@link Deal}; see {@link DealCsv} for the rules. Immutable and thread-safe. */
final class DealRowMapper implements RowMapper<DealField, Deal> {

    private final Labels<DealStatus> statuses;
    private final Labels<DealType> types;
    private final Labels<Optional<ForecastCategory>> forecastCategories;
    private final boolean closingStageInHistory;
    private final MissingCreatedDate missingCreatedDate;
    private final Optional<LocalDate> createdDateFallback;
    /** The stage entries of one chunk's rows, shared by equal ones ({@link #forOneChunk}); null when shared. */
    private final StageEntries entries;

    DealRowMapper(Labels<DealStatus> statuses, Labels<DealType> types,
                  Labels<Optional<ForecastCategory>> forecastCategories, boolean closingStageInHistory,
                  MissingCreatedDate missingCreatedDate, Optional<LocalDate> createdDateFallback) {
        this.statuses = statuses;
        this.types = types;
        this.forecastCategories = forecastCategories;
        this.closingStageInHistory = closingStageInHistory;
        this.missingCreatedDate = missingCreatedDate;
        this.createdDateFallback = createdDateFallback;
        this.entries = null;
    }

    private DealRowMapper(DealRowMapper shared, StageEntries entries) {
        this.statuses = shared.statuses;
        this.types = shared.types;
        this.forecastCategories = shared.forecastCategories;
        this.closingStageInHistory = shared.closingStageInHistory;
        this.missingCreatedDate = shared.missingCreatedDate;
        this.createdDateFallback = shared.createdDateFallback;
        this.entries = entries;
    }

    /**
     * Returns a mapper for one chunk's rows that shares equal stage entries between its deals (docs/decisions/0057):
     * the deals are equal to this mapper's, and hold fewer objects. Not thread-safe.
     */
    @Override
    public DealRowMapper forOneChunk() {
        return new DealRowMapper(this, new StageEntries());
    }

    @Override
    public Deal map(Row<DealField> row) {
        DealStatus status = status(row);
        LocalDate created = created(row);
        LocalDate closed = closed(row, status);
        Deal.Builder deal = Deal.builder(row.text(ID))
                .customer(row.text(CUSTOMER))
                .owner(row.text(OWNER))
                .source(row.text(SOURCE))
                .type(type(row))
                .amount(row.money(AMOUNT, CURRENCY))
                .created(created)
                .status(status, closed)
                .forecastCategory(forecastCategory(row).orElse(null))
                .stageHistory(history(row, status, closed));
        Columns<DealField> columns = row.columns();
        for (int k = 0; k < columns.segmentCount(); k++) {
            String value = row.cell(columns.segmentIndex(k));
            if (!value.isEmpty()) {
                deal.segment(columns.segmentName(k), value);   // as Row.segments: blank cells left out, in order
            }
        }
        try {
            return deal.build();
        } catch (InvalidRecordException e) {
            throw row.rejectedBy(e);
        }
    }

    /** Reads the status. The decoding steps below are the record's and the column reader's alike. */
    DealStatus status(Row<DealField> row) {
        return row.label(STATUS, statuses);
    }

    /** Reads the created date, applying the missing-date policy. */
    LocalDate created(Row<DealField> row) {
        LocalDate created = row.dateOrNull(CREATED_DATE);
        return created != null ? created : missingCreated(row);
    }

    /** Reads the close date of a closed deal; null for an open one or a blank cell. */
    LocalDate closed(Row<DealField> row, DealStatus status) {
        return status == DealStatus.OPEN ? null : row.dateOrNull(CLOSE_DATE);
    }

    /** Reads the type, NEW_BUSINESS when blank. */
    DealType type(Row<DealField> row) {
        return row.optionalLabel(TYPE, types).orElse(DealType.NEW_BUSINESS);
    }

    /** Reads the forecast category, empty when blank or a label meaning none. */
    Optional<ForecastCategory> forecastCategory(Row<DealField> row) {
        return row.optionalLabel(FORECAST_CATEGORY, forecastCategories).flatMap(category -> category);
    }

    private LocalDate missingCreated(Row<DealField> row) {
        switch (missingCreatedDate) {
            case SKIP:
                throw row.skip(CREATED_DATE, "", "is blank: row skipped (MissingCreatedDate.SKIP)");
            case USE_FALLBACK:
                return createdDateFallback.orElseThrow();
            default:
                throw row.problem(CREATED_DATE, "", "is blank (a deal needs a created date)");
        }
    }

    /**
     * Checks that the stage history {@link #history} reads never goes back in time, without building it: the stage
     * dates in column order, then the closing stage's date when the history would end with it. Reads (and refuses)
     * the stage dates as {@link #history} does.
     */
    boolean historyInDateOrder(Row<DealField> row, DealStatus status, LocalDate closed) {
        Columns<DealField> columns = row.columns();
        LocalDate last = null;
        int lastStage = -1;
        for (int k = 0; k < columns.stageCount(); k++) {
            LocalDate entered = row.stageDateOrNull(k);
            if (entered != null) {
                if (last != null && entered.isBefore(last)) {
                    return false;
                }
                last = entered;
                lastStage = k;
            }
        }
        if (closingStageInHistory && status != DealStatus.OPEN && closed != null && last != null
                && closed.isBefore(last)) {
            return Labels.sameLabel(columns.stage(lastStage).name(), row.text(STATUS));
        }
        return true;
    }

    /**
     * Reads the stage history: the stage-date columns, then the closing stage if asked. The list is unmodifiable,
     * so the deal keeps it as it is.
     */
    List<StageEntry> history(Row<DealField> row, DealStatus status, LocalDate closed) {
        Columns<DealField> columns = row.columns();
        StageHistory history = new StageHistory();
        for (int k = 0; k < columns.stageCount(); k++) {
            LocalDate entered = row.stageDateOrNull(k);
            if (entered != null) {
                history.add(entry(columns.stage(k).name(), entered));
            }
        }
        if (closingStageInHistory && status != DealStatus.OPEN && closed != null) {
            String label = row.text(STATUS);
            if (history.isEmpty() || !Labels.sameLabel(history.last().stage(), label)) {
                history.add(entry(label, closed));
            }
        }
        return history.list();
    }

    private StageEntry entry(String stage, LocalDate entered) {
        return entries == null ? StageEntry.of(stage, entered) : entries.of(stage, entered);
    }
}
