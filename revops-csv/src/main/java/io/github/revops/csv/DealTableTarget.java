package io.github.revops.csv;

import static io.github.revops.csv.DealField.AMOUNT;
import static io.github.revops.csv.DealField.CURRENCY;
import static io.github.revops.csv.DealField.CUSTOMER;
import static io.github.revops.csv.DealField.ID;
import static io.github.revops.csv.DealField.OWNER;
import static io.github.revops.csv.DealField.SOURCE;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.table.DealTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Deal rows straight into a {@link DealTable}: each row decoded by the record reader's steps ({@link DealRowMapper})
 * into a chunk's {@link DealTable.Builder}, which checks the deal rules the table keeps; text cells the column's
 * text cache holds go in as the builder's codes ({@link CellCodes}, docs/decisions/0056). A row any step or rule
 * refuses, and a row a rule of {@link Deal} alone could refuse (a blank id, stages out of date order), is decoded
 * again by the record mapper, whose error is the one reported, so the messages are the record reader's. The chunks'
 * tables are then joined in file order ({@link DealTable#concat}), without the rows the merge refused. Immutable and thread-safe; parts and wholes are not.
 */
final class DealTableTarget implements ColumnTarget<DealField, Deal, DealTableTarget.Part, DealTable> {

    private final DealRowMapper mapper;
    private final Optional<Currency> defaultCurrency;

    DealTableTarget(DealRowMapper mapper, Optional<Currency> defaultCurrency) {
        this.mapper = mapper;
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    public ColumnTarget.Part<DealField, Part> newPart() {
        return new PartBuilder();
    }

    @Override
    public ColumnTarget.Whole<Part, Deal, DealTable> newWhole() {
        return new Whole();
    }

    /**
     * A chunk's deals.
     *
     * @param table  its rows, or null if it kept none
     * @param otherCurrency  a currency besides the table's that a row had, or null
     */
    record Part(DealTable table, Currency otherCurrency) {
    }

    private final class PartBuilder implements ColumnTarget.Part<DealField, Part> {

        private DealTable.Builder table;
        private Currency currency;
        private Currency otherCurrency;
        private final CellCodes customers = new CellCodes();
        private final CellCodes owners = new CellCodes();
        private final CellCodes sources = new CellCodes();
        private CellCodes[] segments = new CellCodes[0];
        /** The rows the chunk is expected to hold, for which the builder makes room at its first row. */
        private int expectedRows;

        @Override
        public void expectRows(int rows) {
            expectedRows = rows;
        }

        @Override
        public boolean add(Row<DealField> row) {
            try {
                DealStatus status = mapper.status(row);
                LocalDate created = mapper.created(row);
                LocalDate closed = mapper.closed(row, status);
                DealType type = mapper.type(row);
                long minorUnits = row.minorUnits(AMOUNT, CURRENCY);
                Currency amountCurrency = row.amountCurrency();
                mapper.forecastCategory(row);
                if (row.isBlank(ID) || !mapper.historyInDateOrder(row, status, closed)) {
                    mapper.map(row);
                }
                if (table == null) {
                    currency = amountCurrency;
                    table = DealTable.builder(currency).reserve(expectedRows);
                } else if (!currency.equals(amountCurrency)) {
                    otherCurrency = otherCurrency == null ? amountCurrency : otherCurrency;
                    return false;
                }
                setTexts(row);
                table.type(type).amountMinor(minorUnits).created(created)
                        .closed(status, closed == null ? DealTable.NO_CLOSE : Math.toIntExact(closed.toEpochDay()));
                table.add();
                return true;
            } catch (RowProblem | InvalidRecordException e) {
                mapper.map(row);
                throw new IllegalStateException("the column reader refused a row the record reader accepts", e);
            }
        }

        /**
         * Sets the row's customer, owner, source and segments: a cell the column's text cache holds by the builder's
         * code of its value (registered on first sight), any other text (a constant, a when-blank text, a cell
         * decoded apart) as a String.
         */
        private void setTexts(Row<DealField> row) {
            int code = code(customers, row, CUSTOMER);
            if (code < 0) {
                table.customer(row.text(CUSTOMER));
            } else {
                table.customer(code);
            }
            code = code(owners, row, OWNER);
            if (code < 0) {
                table.owner(row.text(OWNER));
            } else {
                table.owner(code);
            }
            code = code(sources, row, SOURCE);
            if (code < 0) {
                table.source(row.text(SOURCE));
            } else {
                table.source(code);
            }
            Columns<DealField> columns = row.columns();
            if (segments.length != columns.segmentCount()) {
                segments = new CellCodes[columns.segmentCount()];
                Arrays.setAll(segments, k -> new CellCodes());
            }
            for (int k = 0; k < segments.length; k++) {
                int index = columns.segmentIndex(k);
                int entry = row.cellEntry(index);
                if (entry < 0) {
                    String value = row.cell(index);
                    if (!value.isEmpty()) {
                        table.segment(columns.segmentName(k), value);
                    }
                    continue;
                }
                code = segments[k].code(entry);
                if (code < 0) {
                    code = table.segmentCode(columns.segmentName(k), row.cell(index));
                    segments[k].remember(entry, code);
                }
                table.segment(code);
            }
        }

        /** Returns the builder's code of a text field's cell, registered on first sight, or -1 if not cached. */
        private int code(CellCodes codes, Row<DealField> row, DealField field) {
            int entry = row.cellEntry(row.columns().index(field));
            if (entry < 0) {
                return -1;
            }
            int code = codes.code(entry);
            if (code < 0) {
                String text = row.text(field);
                code = switch (field) {
                    case CUSTOMER -> table.customerCode(text);
                    case OWNER -> table.ownerCode(text);
                    default -> table.sourceCode(text);
                };
                codes.remember(entry, code);
            }
            return code;
        }

        @Override
        public Part build() {
            return new Part(table == null ? null : table.build(), otherCurrency);
        }
    }

    /**
     * The whole: the kept rows of the parts as runs of consecutive rows (slices of the parts' tables, no row copied),
     * joined by {@link DealTable#concat} at the end; or, when the file is read by the record reader, one builder.
     */
    private final class Whole implements ColumnTarget.Whole<Part, Deal, DealTable> {

        private final List<DealTable> slices = new ArrayList<>();
        private DealTable.Builder builder;
        private Currency currency;
        private Currency otherCurrency;
        private Part copying;
        private boolean skipping;
        private int runStart;
        private int runEnd;
        /** Whether the only slice so far is a part's whole table, which then needs no join. */
        private boolean wholeTable;

        @Override
        public void append(Part part, int index) {
            if (part != copying) {
                start(part);
            }
            if (skipping) {
                return;
            }
            if (index != runEnd) {
                closeRun();
                runStart = index;
            }
            runEnd = index + 1;
        }

        /**
         * Takes a part's second currency, or its table's when that is not the whole's: in file order the part's first
         * row comes before the rows it refused.
         */
        @Override
        public void begin(Part part) {
            if (part.otherCurrency() != null && otherCurrency == null) {
                Currency first = part.table().currency();
                otherCurrency = currency == null || currency.equals(first) ? part.otherCurrency() : first;
            }
        }

        private void start(Part part) {
            closeRun();
            copying = part;
            runStart = 0;
            runEnd = 0;
            DealTable table = part.table();
            skipping = table == null;
            if (skipping) {
                return;
            }
            if (currency == null) {
                currency = table.currency();
            } else if (!currency.equals(table.currency())) {
                otherCurrency = otherCurrency == null ? table.currency() : otherCurrency;
                skipping = true;
            }
        }

        /** Keeps the current run of rows of the part being copied, if any. */
        private void closeRun() {
            if (copying != null && !skipping && runEnd > runStart) {
                DealTable table = copying.table();
                wholeTable = slices.isEmpty() && runStart == 0 && runEnd == table.size();
                slices.add(wholeTable ? table : table.slice(runStart, runEnd));
            }
            runStart = runEnd;
        }

        @Override
        public void append(Deal deal) {
            if (currency == null) {
                currency = deal.amount().currency();
            }
            if (builder == null) {
                builder = DealTable.builder(currency);
            }
            if (!currency.equals(deal.amount().currency())) {
                otherCurrency = otherCurrency == null ? deal.amount().currency() : otherCurrency;
                return;
            }
            builder.add(deal);
        }

        @Override
        public DealTable build(String source) {
            if (otherCurrency != null) {
                throw new CurrencyMismatchException(currency, otherCurrency);
            }
            closeRun();
            if (builder != null) {
                wholeTable = slices.isEmpty();
                slices.add(builder.build());
            }
            if (currency == null) {
                return DealTable.builder(defaultCurrency.orElseThrow(() -> new IllegalArgumentException(
                        "no deal of " + source + " was accepted and no default currency is set: the table has no"
                                + " currency"))).build();
            }
            return slices.size() == 1 && wholeTable ? slices.get(0) : DealTable.concat(currency, slices);
        }
    }
}
