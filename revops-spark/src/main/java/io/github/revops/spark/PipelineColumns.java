package io.github.revops.spark;

import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a DataFrame hold the deal fields that the pipeline metrics read, for {@link PipelineFrame}: the
 * created and close dates ({@code date} columns), the status (text, through status labels), the amount (a whole
 * number or a decimal, never a binary floating point) and the currency (one for every row, or a column of ISO
 * codes).
 * <pre>{@code
 * PipelineColumns columns = PipelineColumns.builder()
 *         .created("created").closeDate("closed").status("status")
 *         .amount("amount", AmountUnit.MINOR).currency("USD")
 *         .build();
 * }</pre>
 * This class is immutable.
 *
 * @since 0.1.0
 */
public final class PipelineColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The created date's column. */
    private final String created;
    /** The close date's column, or null when every deal is open. */
    private final String closeDate;
    /** The status label's column. */
    private final String status;
    /** The amount's column. */
    private final String amount;
    /** The amount column's unit. */
    private final AmountUnit amountUnit;
    /** The one currency of every row, or null with a currency column. */
    private final String currency;
    /** The currency code's column, or null with one currency. */
    private final String currencyColumn;
    /** Each status label's status. */
    private final LinkedHashMap<String, DealStatus> statusLabels;

    private PipelineColumns(Builder b) {
        this.created = required(b.created, "created");
        this.status = required(b.status, "status");
        this.amount = required(b.amount, "amount");
        this.closeDate = b.closeDate;
        this.amountUnit = b.amountUnit;
        if ((b.currency == null) == (b.currencyColumn == null)) {
            throw new IllegalArgumentException("pipeline columns need exactly one of a currency and a currency "
                    + "column (currency " + b.currency + ", column " + b.currencyColumn + ")");
        }
        if (b.currency != null) {
            Money.currency(b.currency);
        }
        this.currency = b.currency;
        this.currencyColumn = b.currencyColumn;
        this.statusLabels = new LinkedHashMap<>(b.statusLabels);
        if (statusLabels.isEmpty()) {
            for (DealStatus s : DealStatus.values()) {
                statusLabels.put(s.name(), s);
            }
        }
    }

    private static String required(String column, String field) {
        if (column == null) {
            throw new IllegalArgumentException("pipeline columns need a column for " + field);
        }
        return column;
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    String created() {
        return created;
    }

    Optional<String> closeDate() {
        return Optional.ofNullable(closeDate);
    }

    String status() {
        return status;
    }

    String amount() {
        return amount;
    }

    AmountUnit amountUnit() {
        return amountUnit;
    }

    Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    Optional<String> currencyColumn() {
        return Optional.ofNullable(currencyColumn);
    }

    /** The labels of one status, in the order given. */
    List<String> labels(DealStatus status) {
        return statusLabels.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).toList();
    }

    /**
     * Collects the column names; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String created;
        private String closeDate;
        private String status;
        private String amount;
        private AmountUnit amountUnit = AmountUnit.MAJOR;
        private String currency;
        private String currencyColumn;
        private final Map<String, DealStatus> statusLabels = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the column of the created date, a {@code date} column.
         *
         * @param column  the column name, not null
         * @return this builder
         */
        public Builder created(String column) {
            this.created = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the close date, a {@code date} column, null for an open deal; without one every deal
         * must be open.
         *
         * @param column  the column name, not null
         * @return this builder
         */
        public Builder closeDate(String column) {
            this.closeDate = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the status, text matched against the status labels.
         *
         * @param column  the column name, not null
         * @return this builder
         */
        public Builder status(String column) {
            this.status = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Maps a status label; without any, the labels are the names {@code OPEN}, {@code WON} and {@code LOST}.
         *
         * @param label  the text in the status column, not null
         * @param status  the status it means, not null
         * @return this builder
         */
        public Builder statusLabel(String label, DealStatus status) {
            this.statusLabels.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(status, "status"));
            return this;
        }

        /**
         * Sets the column of the amount and its unit ({@link AmountUnit#MAJOR} unless set).
         *
         * @param column  the column name, not null
         * @param unit  the unit of the column's numbers, not null
         * @return this builder
         */
        public Builder amount(String column, AmountUnit unit) {
            this.amount = Objects.requireNonNull(column, "column");
            this.amountUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets one currency for every row, replacing a currency column.
         *
         * @param code  an ISO 4217 code, not null
         * @return this builder
         */
        public Builder currency(String code) {
            this.currency = Objects.requireNonNull(code, "code");
            this.currencyColumn = null;
            return this;
        }

        /**
         * Sets the column of each row's currency code, replacing one currency.
         *
         * @param column  the column name, not null
         * @return this builder
         */
        public Builder currencyColumn(String column) {
            this.currencyColumn = Objects.requireNonNull(column, "column");
            this.currency = null;
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalArgumentException if a required column is not set, if neither or both of a currency and a
         *         currency column are set, or if the currency is not an ISO 4217 code
         */
        public PipelineColumns build() {
            return new PipelineColumns(this);
        }
    }
}
