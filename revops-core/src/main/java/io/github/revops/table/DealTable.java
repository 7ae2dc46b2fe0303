package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An immutable column store of deals in one currency, for metrics over millions of deals: each column is a
 * primitive array, so a loop over the rows reads memory in order and allocates nothing.
 *
 * <p>Customers, owners, sources and segment values are dictionary-encoded ({@link CodeColumn}); type and status are
 * bytes; created and close dates are epoch days ({@link LocalDate#toEpochDay()}), the close day of an open deal being
 * {@link #NO_CLOSE}; amounts are minor units of the table's currency. A deal's id, stage history and forecast
 * category are not kept. The rows are those of a {@link Deal} and are validated by the same rules where they enter.
 * A table splits into row ranges ({@link #slice}, {@link #split}) that share the columns, for parallel evaluation.
 * <pre>{@code
 * DealTable table = DealTable.of(deals);                  // from validated records, or:
 * DealTable built = DealTable.builder(Money.currency("USD"))
 *         .customer("ACME").owner("Ana").source("Inbound").type(DealType.NEW_BUSINESS)
 *         .amountMinor(1_200_000).created(LocalDate.of(2024, 3, 1)).won(LocalDate.of(2024, 4, 12)).add()
 *         .build();
 * built.closeDay(0) - built.createdDay(0);                // 42: the sales cycle in days
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DealTable {

    /** The close day of an open deal: below every epoch day, so a test {@code closeDay >= start} excludes it. */
    public static final int NO_CLOSE = Integer.MIN_VALUE;

    private static final DealType[] TYPES = DealType.values();
    private static final DealStatus[] STATUSES = DealStatus.values();

    private final Currency currency;
    private final CodeColumn customer;
    private final CodeColumn owner;
    private final CodeColumn source;
    private final Map<String, CodeColumn> segments;
    private final byte[] type;
    private final byte[] status;
    private final int[] created;
    private final int[] closed;
    private final long[] amount;
    private final int offset;
    private final int size;

    private DealTable(Currency currency, CodeColumn customer, CodeColumn owner, CodeColumn source,
                      Map<String, CodeColumn> segments, byte[] type, byte[] status, int[] created, int[] closed,
                      long[] amount, int offset, int size) {
        this.currency = currency;
        this.customer = customer;
        this.owner = owner;
        this.source = source;
        this.segments = segments;
        this.type = type;
        this.status = status;
        this.created = created;
        this.closed = closed;
        this.amount = amount;
        this.offset = offset;
        this.size = size;
    }

    /**
     * Obtains the table of deals in one currency, the currency of the first deal.
     *
     * @param deals  the deals, at least one, ids unique, not null
     * @return the table, never null
     * @throws IllegalArgumentException if there is no deal (use {@link #of(Currency, Collection)})
     * @throws CurrencyMismatchException if two deals have different currencies
     * @throws InvalidRecordException if two deals share an id
     */
    public static DealTable of(Collection<Deal> deals) {
        Objects.requireNonNull(deals, "deals");
        return of(TableRows.firstCurrency(deals, "deals", Deal::amount), deals);
    }

    /**
     * Obtains the table of deals in a currency. A {@link RandomAccess} list of at least twice 65,536 deals is built in
     * chunks on the common {@link java.util.concurrent.ForkJoinPool} and the chunks joined ({@link #concat}); the
     * table and any exception are those of one thread.
     *
     * @param currency  the currency of every amount, not null
     * @param deals  the deals, ids unique, not null
     * @return the table, never null
     * @throws CurrencyMismatchException if a deal is in another currency
     * @throws InvalidRecordException if two deals share an id
     */
    public static DealTable of(Currency currency, Collection<Deal> deals) {
        Objects.requireNonNull(deals, "deals");
        int parts = ChunkedBuild.parts(deals.size());
        if (parts > 1 && deals instanceof List<Deal> list && deals instanceof RandomAccess) {
            return ChunkedBuild.deals(Objects.requireNonNull(currency, "currency"), list, parts);
        }
        Builder builder = builder(currency);
        builder.reserve(deals.size());
        IdCheck ids = new IdCheck(deals.size());
        try {
            for (Deal deal : deals) {
                ids.add(DealFields.idHash(deal));
                builder.add(deal);
            }
        } catch (RuntimeException e) {
            UniqueIds.check(deals, Deal::id, "deal");   // a duplicate id is reported first, as a check before would
            throw e;
        }
        ids.check(deals, Deal::id, "deal");
        return builder.build();
    }

    /**
     * Joins tables in one currency into one table, their rows in list order, as {@link Builder} fed the same rows in
     * the same order would build it: the primitive columns are copied once, each text column's dictionary is the
     * sorted union of the values the parts' rows use (a slice's unused values are dropped) and the codes are
     * renumbered into it; a segment attribute is kept when a row has it. No row is decoded or hashed again, so this
     * is how tables built in parallel (by chunk of records or of a file) become one.
     * <pre>{@code
     * DealTable all = DealTable.concat(usd, List.of(first, second.slice(0, 10)));
     * all.size();                                  // first.size() + 10
     * }</pre>
     *
     * @param currency  the currency of every part, not null
     * @param parts  the tables or slices, not null; none empty is needed
     * @return the table, never null; empty when there is no part
     * @throws CurrencyMismatchException if a part is in another currency
     * @throws ArithmeticException if the parts have more than {@code Integer.MAX_VALUE} rows in all
     * @since 0.1.0
     */
    public static DealTable concat(Currency currency, List<DealTable> parts) {
        Objects.requireNonNull(currency, "currency");
        List<DealTable> tables = List.copyOf(Objects.requireNonNull(parts, "parts"));
        int k = tables.size();
        int[] sizes = new int[k];
        long total = 0;
        SortedSet<String> names = new TreeSet<>();
        for (int p = 0; p < k; p++) {
            DealTable t = tables.get(p);
            if (!t.currency.equals(currency)) {
                throw new CurrencyMismatchException(currency, t.currency);
            }
            sizes[p] = t.size;
            total += t.size;
            names.addAll(t.segments.keySet());
        }
        int n = Math.toIntExact(total);
        byte[] type = new byte[n];
        byte[] status = new byte[n];
        int[] created = new int[n];
        int[] closed = new int[n];
        long[] amount = new long[n];
        int at = 0;
        for (DealTable t : tables) {
            System.arraycopy(t.type, t.offset, type, at, t.size);
            System.arraycopy(t.status, t.offset, status, at, t.size);
            System.arraycopy(t.created, t.offset, created, at, t.size);
            System.arraycopy(t.closed, t.offset, closed, at, t.size);
            System.arraycopy(t.amount, t.offset, amount, at, t.size);
            at += t.size;
        }
        Map<String, CodeColumn> segments = new TreeMap<>();
        for (String name : names) {
            CodeColumn column = CodeColumnConcat.concat(columns(tables, t -> t.segments.get(name)), sizes);
            if (!column.values().isEmpty()) {
                segments.put(name, column);
            }
        }
        return new DealTable(currency, CodeColumnConcat.concat(columns(tables, t -> t.customer), sizes),
                CodeColumnConcat.concat(columns(tables, t -> t.owner), sizes),
                CodeColumnConcat.concat(columns(tables, t -> t.source), sizes), Collections.unmodifiableMap(segments),
                type, status, created, closed, amount, 0, n);
    }

    private static List<CodeColumn> columns(List<DealTable> tables, Function<DealTable, CodeColumn> column) {
        List<CodeColumn> columns = new ArrayList<>(tables.size());
        for (DealTable t : tables) {
            columns.add(column.apply(t));
        }
        return columns;
    }

    /**
     * Obtains an empty builder that appends rows.
     *
     * @param currency  the currency of every amount, not null
     * @return a new builder, never null
     */
    public static Builder builder(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Returns the number of rows.
     *
     * @return the number of deals
     */
    public int size() {
        return size;
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the customer column.
     *
     * @return the customer ids, dictionary-encoded, never null
     */
    public CodeColumn customer() {
        return customer;
    }

    /**
     * Returns the owner column.
     *
     * @return the owners, dictionary-encoded, never null
     */
    public CodeColumn owner() {
        return owner;
    }

    /**
     * Returns the source column.
     *
     * @return the sources, dictionary-encoded, never null
     */
    public CodeColumn source() {
        return source;
    }

    /**
     * Returns the names of the segment attributes some row has, sorted.
     *
     * @return the names, unmodifiable, never null
     */
    public List<String> segmentNames() {
        return List.copyOf(segments.keySet());
    }

    /**
     * Returns the column of a segment attribute; rows without it hold {@link CodeColumn#ABSENT}.
     *
     * @param name  the attribute name, not null
     * @return the column, empty when no row has the attribute
     */
    public Optional<CodeColumn> segment(String name) {
        return Optional.ofNullable(segments.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the type of a row.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the type, never null
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public DealType type(int row) {
        return TYPES[type[index(row)]];
    }

    /**
     * Returns the status of a row.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the status, never null
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public DealStatus status(int row) {
        return STATUSES[status[index(row)]];
    }

    /**
     * Returns the created date of a row as an epoch day.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the epoch day the deal was created
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public int createdDay(int row) {
        return created[index(row)];
    }

    /**
     * Returns the close date of a row as an epoch day.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the epoch day the deal was won or lost, or {@link #NO_CLOSE} for an open deal
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public int closeDay(int row) {
        return closed[index(row)];
    }

    /**
     * Returns the amount of a row in minor units of the table's currency.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the amount in minor units, not negative
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public long amountMinor(int row) {
        return amount[index(row)];
    }

    /**
     * Returns the amount of a row as money (allocates; loops read {@link #amountMinor}).
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the amount, never null
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public Money amount(int row) {
        return Money.ofMinor(currency, amountMinor(row));
    }

    /**
     * Returns the rows {@code from} (inclusive) to {@code to} (exclusive) as a table sharing this table's columns and
     * dictionaries.
     *
     * @param from  the first row, 0 to {@code to}
     * @param to  the row after the last, up to {@code size()}
     * @return the slice, never null
     * @throws IndexOutOfBoundsException if the range is outside the table
     */
    public DealTable slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        Map<String, CodeColumn> slicedSegments = new TreeMap<>();
        segments.forEach((k, v) -> slicedSegments.put(k, v.slice(from, to)));
        return new DealTable(currency, customer.slice(from, to), owner.slice(from, to), source.slice(from, to),
                Collections.unmodifiableMap(slicedSegments), type, status, created, closed, amount, offset + from,
                to - from);
    }

    /**
     * Splits the table into consecutive slices of nearly equal size, for evaluation on several threads.
     *
     * @param parts  the number of slices wanted, at least 1
     * @return the non-empty slices in row order (fewer than {@code parts} when the table is small), never null
     * @throws IllegalArgumentException if parts is less than 1
     */
    public List<DealTable> split(int parts) {
        return TableRows.slices(RowRanges.even(size, parts), this::slice);
    }

    private int index(int row) {
        return TableRows.index(offset, row, size);
    }

    /**
     * Appends rows to a {@link DealTable}: set a row's fields, then {@link #add()} validates it by the rules of
     * {@link Deal} and appends it; or {@link #add(Deal)} appends a record. Unset fields default to a
     * {@link DealType#NEW_BUSINESS}, {@link DealStatus#OPEN} deal without segments. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private static final String RECORD = "deal";

        private final Currency currency;
        private final BuilderTextColumn customers = new BuilderTextColumn(RECORD, "customerId");
        private final BuilderTextColumn owners = new BuilderTextColumn(RECORD, "owner");
        private final BuilderTextColumn sources = new BuilderTextColumn(RECORD, "source");
        /** The segment columns by attribute name. */
        private final Map<String, SegmentColumn> segments = new HashMap<>();
        /** The last segment column looked up, and its name: rows usually carry the same attribute names. */
        private SegmentColumn lastSegment;
        private final GrowingBytes typeColumn = new GrowingBytes();
        private final GrowingBytes statusColumn = new GrowingBytes();
        private final GrowingInts createdColumn = new GrowingInts();
        private final GrowingInts closedColumn = new GrowingInts();
        private final GrowingLongs amountColumn = new GrowingLongs();

        private DealType rowType;
        private DealStatus rowStatus;
        private long rowAmount;
        private boolean rowAmountSet;
        private int rowCreated;
        private boolean rowCreatedSet;
        private int rowClosed;
        /** The row's segment names and values in the order first set, without a map entry per row. */
        private String[] rowSegmentNames = new String[4];
        private String[] rowSegmentValues = new String[4];
        /** The codes of the row's segments set by code ({@link #segment(int)}), whose value is null. */
        private int[] rowSegmentCodes = new int[4];
        /** Per segment code given ({@link #segmentCode}): its column and its code in the column's registry. */
        private SegmentColumn[] codedSegments = new SegmentColumn[4];
        private int[] codedValues = new int[4];
        private int segmentCodes;
        private int rowSegmentCount;
        /** The row whose segment values {@link #addSegment} adds. */
        private int segmentRow;
        /** The rows {@link #reserve} made room for, which a new segment column makes room for too. */
        private int reserved;

        private Builder(Currency currency) {
            this.currency = currency;
            reset();
        }

        /**
         * Sets the row's customer id.
         *
         * @param customerId  the customer id, not blank
         * @return this builder
         */
        public Builder customer(String customerId) {
            customers.set(customerId);
            return this;
        }

        /**
         * Sets the row's owner.
         *
         * @param owner  the owner, not blank
         * @return this builder
         */
        public Builder owner(String owner) {
            owners.set(owner);
            return this;
        }

        /**
         * Sets the row's source.
         *
         * @param source  the source, not blank
         * @return this builder
         */
        public Builder source(String source) {
            sources.set(source);
            return this;
        }

        /**
         * Registers a customer id to set rows by code ({@link #customer(int)}): a caller that already holds each
         * distinct value once (a file reader's dictionary) registers it once and passes an int per row, and the
         * builder hashes the value once, when a row first uses it, instead of once per row. The table is the one the
         * same rows given as Strings build: a registered value no row uses is not in it. Registering hashes nothing,
         * so a value registered twice gets two codes that both stand for it.
         * <pre>{@code
         * int acme = builder.customerCode("ACME");
         * builder.customer(acme).owner("Ana").source("Inbound").createdDay(19_783).add();
         * builder.customer(acme).owner("Bo").source("Inbound").createdDay(19_790).add();
         * }</pre>
         *
         * @param customerId  the customer id, not null; a blank id is refused by {@link #add()} for the rows that
         *         use it
         * @return the code, valid for this builder only
         */
        public int customerCode(String customerId) {
            return customers.register(customerId);
        }

        /**
         * Sets the row's customer id by a code {@link #customerCode} gave.
         *
         * @param code  the code; a code this builder did not give is refused by {@link #add()}, naming the field
         *         and the code
         * @return this builder
         */
        public Builder customer(int code) {
            customers.set(code);
            return this;
        }

        /**
         * Registers an owner to set rows by code ({@link #owner(int)}); see {@link #customerCode(String)}.
         *
         * @param owner  the owner, not null; a blank owner is refused by {@link #add()} for the rows that use it
         * @return the code, valid for this builder only
         */
        public int ownerCode(String owner) {
            return owners.register(owner);
        }

        /**
         * Sets the row's owner by a code {@link #ownerCode} gave.
         *
         * @param code  the code; a code this builder did not give is refused by {@link #add()}
         * @return this builder
         */
        public Builder owner(int code) {
            owners.set(code);
            return this;
        }

        /**
         * Registers a source to set rows by code ({@link #source(int)}); see {@link #customerCode(String)}.
         *
         * @param source  the source, not null; a blank source is refused by {@link #add()} for the rows that use it
         * @return the code, valid for this builder only
         */
        public int sourceCode(String source) {
            return sources.register(source);
        }

        /**
         * Sets the row's source by a code {@link #sourceCode} gave.
         *
         * @param code  the code; a code this builder did not give is refused by {@link #add()}
         * @return this builder
         */
        public Builder source(int code) {
            sources.set(code);
            return this;
        }

        /**
         * Sets the row's type.
         *
         * @param type  the type, not null
         * @return this builder
         */
        public Builder type(DealType type) {
            this.rowType = type;
            return this;
        }

        /**
         * Sets the row's amount in minor units of the table's currency.
         *
         * @param minorUnits  the amount, not negative
         * @return this builder
         */
        public Builder amountMinor(long minorUnits) {
            this.rowAmount = minorUnits;
            this.rowAmountSet = true;
            return this;
        }

        /**
         * Sets the row's amount.
         *
         * @param amount  the amount in the table's currency, not negative
         * @return this builder
         * @throws CurrencyMismatchException if the amount is in another currency
         */
        public Builder amount(Money amount) {
            Objects.requireNonNull(amount, "amount");
            return amountMinor(TableRows.minorUnits(currency, amount));
        }

        /**
         * Sets the row's created date.
         *
         * @param date  the created date, not null
         * @return this builder
         */
        public Builder created(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return createdDay(TableRows.epochDay(date));
        }

        /**
         * Sets the row's created date as an epoch day.
         *
         * @param epochDay  the created date's epoch day
         * @return this builder
         */
        public Builder createdDay(int epochDay) {
            this.rowCreated = epochDay;
            this.rowCreatedSet = true;
            return this;
        }

        /**
         * Marks the row open, without a close date (the default).
         *
         * @return this builder
         */
        public Builder open() {
            return closed(DealStatus.OPEN, NO_CLOSE);
        }

        /**
         * Marks the row won on a date.
         *
         * @param date  the close date, not null
         * @return this builder
         */
        public Builder won(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return closed(DealStatus.WON, TableRows.epochDay(date));
        }

        /**
         * Marks the row lost on a date.
         *
         * @param date  the close date, not null
         * @return this builder
         */
        public Builder lost(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return closed(DealStatus.LOST, TableRows.epochDay(date));
        }

        /**
         * Sets the row's status and close day together.
         *
         * @param status  the status, not null
         * @param closeEpochDay  the close date's epoch day, {@link #NO_CLOSE} for an open deal
         * @return this builder
         */
        public Builder closed(DealStatus status, int closeEpochDay) {
            this.rowStatus = status;
            this.rowClosed = closeEpochDay;
            return this;
        }

        /**
         * Adds a segment attribute to the row.
         *
         * @param name  the attribute name, not null
         * @param value  the value, not null
         * @return this builder
         */
        public Builder segment(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            return rowSegment(name, value, 0);
        }

        /**
         * Registers a segment attribute's value to add it to rows by code ({@link #segment(int)}); see
         * {@link #customerCode(String)}.
         *
         * @param name  the attribute name, not null
         * @param value  the value, not null
         * @return the code, valid for this builder only
         */
        public int segmentCode(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            SegmentColumn column = segments.computeIfAbsent(name, k -> new SegmentColumn(k, reserved));
            if (segmentCodes == codedSegments.length) {
                codedSegments = Arrays.copyOf(codedSegments, 2 * segmentCodes);
                codedValues = Arrays.copyOf(codedValues, 2 * segmentCodes);
            }
            codedSegments[segmentCodes] = column;
            codedValues[segmentCodes] = column.registered.register(value);
            return segmentCodes++;
        }

        /**
         * Adds a segment attribute to the row by a code {@link #segmentCode} gave; the row is then as if
         * {@link #segment(String, String)} had been given the registered name and value.
         *
         * @param code  the code; a code this builder did not give is refused by {@link #add()}
         * @return this builder
         */
        public Builder segment(int code) {
            if (code >= 0 && code < segmentCodes) {
                return rowSegment(codedSegments[code].name, null, code);
            }
            return rowSegment(null, null, code);
        }

        /**
         * Sets a segment of the row: a name and a value, a name and a registered code (value null), or a code not
         * registered (name null, refused by {@link #add()}).
         */
        private Builder rowSegment(String name, String value, int code) {
            for (int k = 0; name != null && k < rowSegmentCount; k++) {
                if (name.equals(rowSegmentNames[k])) {
                    rowSegmentValues[k] = value;
                    rowSegmentCodes[k] = code;
                    return this;
                }
            }
            if (rowSegmentCount == rowSegmentNames.length) {
                rowSegmentNames = Arrays.copyOf(rowSegmentNames, 2 * rowSegmentCount);
                rowSegmentValues = Arrays.copyOf(rowSegmentValues, 2 * rowSegmentCount);
                rowSegmentCodes = Arrays.copyOf(rowSegmentCodes, 2 * rowSegmentCount);
            }
            rowSegmentNames[rowSegmentCount] = name;
            rowSegmentValues[rowSegmentCount] = value;
            rowSegmentCodes[rowSegmentCount++] = code;
            return this;
        }

        /**
         * Validates the row set so far by the rules of {@link Deal}, appends it and starts a new row.
         *
         * @return this builder
         * @throws InvalidRecordException naming the row ("row N") if a field is missing or breaks a rule; the row
         *         is then discarded
         */
        public Builder add() {
            try {
                check(customers.size());
            } catch (InvalidRecordException e) {
                reset();
                throw e;
            }
            append();
            return this;
        }

        private void check(int row) {
            customers.check(row);
            owners.check(row);
            sources.check(row);
            if (rowType == null) {
                throw rejected(row, "type", null, "is required");
            }
            TableRows.amount(RECORD, row, rowAmountSet, rowAmount);
            if (!rowCreatedSet) {
                throw rejected(row, "createdDate", null, "is required");
            }
            if (rowCreated == NO_CLOSE) {
                throw rejected(row, "createdDate", LocalDate.ofEpochDay(NO_CLOSE),
                        "must be after the table's first day (" + LocalDate.ofEpochDay(NO_CLOSE) + ")");
            }
            if (rowStatus == null) {
                throw rejected(row, "status", null, "is required");
            }
            boolean open = rowStatus == DealStatus.OPEN;
            if (open != (rowClosed == NO_CLOSE)) {
                throw rejected(row, "closeDate", open ? day(rowClosed) : null,
                        open ? "must be empty for an OPEN deal" : "is required for a " + rowStatus + " deal");
            }
            if (!open && rowClosed < rowCreated) {
                throw rejected(row, "closeDate", day(rowClosed),
                        "must not be before createdDate (" + day(rowCreated) + ")");
            }
            for (int k = 0; k < rowSegmentCount; k++) {
                if (rowSegmentNames[k] == null) {
                    throw rejected(row, "segment", "code " + rowSegmentCodes[k],
                            "is not a code this builder registered (" + segmentCodes + " registered)");
                }
            }
        }

        /**
         * Appends a deal; its id, stage history and forecast category are not kept. Fields set for a row not yet
         * added are discarded: the next row starts empty.
         *
         * @param deal  the deal, in the table's currency, not null
         * @return this builder
         * @throws CurrencyMismatchException if the deal's amount is in another currency
         * @throws ArithmeticException if a date's epoch day is not above {@link #NO_CLOSE} and within an {@code int}
         */
        public Builder add(Deal deal) {
            Objects.requireNonNull(deal, "deal");
            reset();
            Currency c = DealFields.currency(deal);
            if (c != currency && !c.equals(currency)) {
                throw new CurrencyMismatchException(currency, c);
            }
            int row = customers.size();
            customers.append(deal.customerId());
            owners.append(deal.owner());
            sources.append(deal.source());
            typeColumn.add((byte) deal.type().ordinal());
            statusColumn.add((byte) DealFields.status(deal));
            createdColumn.add(tableDay(DealFields.createdDay(deal)));
            long close = DealFields.closeDay(deal);
            closedColumn.add(close == DealFields.NO_CLOSE ? NO_CLOSE : tableDay(close));
            amountColumn.add(DealFields.amountMinor(deal));
            String[] pairs = DealFields.segmentPairs(deal);   // the deal's own sorted pairs: no map, no entries
            if (pairs.length > 0) {
                segmentRow = row;
                for (int k = 0; k < pairs.length; k += 2) {
                    addSegment(pairs[k], pairs[k + 1]);
                }
            }
            return this;
        }

        /**
         * Builds the table; dictionaries are renumbered in natural order.
         *
         * @return the table, never null
         */
        public DealTable build() {
            int size = customers.size();
            Map<String, CodeColumn> columns = new TreeMap<>();
            segments.forEach((name, segment) -> {
                if (segment.hasRows()) {
                    columns.put(name, segment.column(size));
                }
            });
            return new DealTable(currency, customers.column(), owners.column(), sources.column(),
                    Collections.unmodifiableMap(columns),
                    typeColumn.toArray(), statusColumn.toArray(), createdColumn.toArray(), closedColumn.toArray(),
                    amountColumn.toArray(), 0, size);
        }

        private static InvalidRecordException rejected(int row, String field, Object value, String problem) {
            return TableRows.rejected(RECORD, row, field, value, problem);
        }

        private void append() {
            int row = customers.size();
            customers.append();
            owners.append();
            sources.append();
            typeColumn.add((byte) rowType.ordinal());
            statusColumn.add((byte) rowStatus.ordinal());
            createdColumn.add(rowCreated);
            closedColumn.add(rowClosed);
            amountColumn.add(rowAmount);
            if (rowSegmentCount > 0) {
                segmentRow = row;
                for (int k = 0; k < rowSegmentCount; k++) {
                    if (rowSegmentValues[k] != null) {
                        addSegment(rowSegmentNames[k], rowSegmentValues[k]);
                    } else {
                        int code = rowSegmentCodes[k];
                        codedSegments[code].addRegistered(segmentRow, codedValues[code]);
                    }
                }
            }
            reset();
        }

        /**
         * Makes room for a number of rows more, so that appending them copies no column: a capacity hint for a
         * caller that knows about how many rows come (the CSV table read, from a chunk's bytes). The table built is
         * the same with or without it; room not used is given back by {@link #build()}.
         *
         * @param rows  the rows expected beyond those added, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code rows} is negative
         */
        public Builder reserve(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows (" + rows + ") must not be negative");
            }
            reserved = rows;
            for (BuilderTextColumn column : List.of(customers, owners, sources)) {
                column.reserve(rows);
            }
            createdColumn.reserve(rows);
            closedColumn.reserve(rows);
            typeColumn.reserve(rows);
            statusColumn.reserve(rows);
            amountColumn.reserve(rows);
            return this;
        }

        /** Adds a segment value of the row {@link #segmentRow}. */
        private void addSegment(String name, String value) {
            SegmentColumn segment = lastSegment;
            if (segment == null || !segment.name.equals(name)) {
                segment = segments.computeIfAbsent(name, k -> new SegmentColumn(k, reserved));
                lastSegment = segment;
            }
            segment.add(segmentRow, value);
        }

        private void reset() {
            customers.reset();
            owners.reset();
            sources.reset();
            rowType = DealType.NEW_BUSINESS;
            rowStatus = DealStatus.OPEN;
            rowAmountSet = false;
            rowCreatedSet = false;
            rowClosed = NO_CLOSE;
            rowSegmentCount = 0;
        }

        /**
         * A record's epoch day as a table day: above {@link #NO_CLOSE}, which marks an open deal, and within an
         * {@code int}.
         */
        private static int tableDay(long epochDay) {
            if (epochDay <= NO_CLOSE || epochDay > Integer.MAX_VALUE) {
                throw new ArithmeticException("epoch day " + epochDay + " (" + LocalDate.ofEpochDay(epochDay)
                        + ") is outside the days a table holds, " + (NO_CLOSE + 1L) + " to " + Integer.MAX_VALUE);
            }
            return (int) epochDay;
        }

        private static Object day(int epochDay) {
            return epochDay == NO_CLOSE ? "none" : LocalDate.ofEpochDay(epochDay);
        }

        /** The values of one segment attribute while the table is built; rows without it are absent. */
        private static final class SegmentColumn {

            private final String name;
            private final DictionaryBuilder values = new DictionaryBuilder();
            /** The values registered by {@link Builder#segmentCode}. */
            private final RegisteredTexts registered = new RegisteredTexts();
            private final GrowingInts codes = new GrowingInts();

            SegmentColumn(String name, int rows) {
                this.name = name;
                codes.reserve(rows);
            }

            void add(int row, String value) {
                codes.fillTo(row, CodeColumn.ABSENT);
                codes.add(values.code(value));
            }

            void addRegistered(int row, int code) {
                codes.fillTo(row, CodeColumn.ABSENT);
                codes.add(registered.dictionaryCode(code, values));
            }

            /** Checks if a row has the attribute (a column made by registering a value alone has none). */
            boolean hasRows() {
                return codes.size() > 0;
            }

            CodeColumn column(int size) {
                codes.fillTo(size, CodeColumn.ABSENT);
                return values.column(codes, size);
            }
        }
    }
}
