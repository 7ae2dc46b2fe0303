package io.github.revops.csv;

import io.github.revops.domain.Subscription;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.table.SubscriptionTable;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Subscription rows into a {@link SubscriptionTable}: each chunk decodes its rows with the record reader's mapper in
 * parallel, and the whole appends them in file order through the table's public builder
 * ({@link SubscriptionTable.Builder#add(Subscription)}), the table keeping no subscription. The currency is the first
 * row's; a second one fails the read as {@code SubscriptionTable.of} does. Immutable and thread-safe; parts and
 * wholes are not.
 */
final class SubscriptionTableTarget
        implements ColumnTarget<SubscriptionField, Subscription, List<Subscription>, SubscriptionTable> {

    private final RowMapper<SubscriptionField, Subscription> mapper;
    private final Optional<Currency> defaultCurrency;

    SubscriptionTableTarget(RowMapper<SubscriptionField, Subscription> mapper, Optional<Currency> defaultCurrency) {
        this.mapper = mapper;
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    public Part<SubscriptionField, List<Subscription>> newPart() {
        List<Subscription> rows = new ArrayList<>();
        return new Part<>() {
            @Override
            public boolean add(Row<SubscriptionField> row) {
                return rows.add(mapper.map(row));
            }

            @Override
            public List<Subscription> build() {
                return rows;
            }
        };
    }

    @Override
    public Whole<List<Subscription>, Subscription, SubscriptionTable> newWhole() {
        return new Whole<>() {
            private SubscriptionTable.Builder builder;
            private Currency currency;
            private Currency otherCurrency;

            @Override
            public void append(List<Subscription> part, int index) {
                append(part.get(index));
            }

            @Override
            public void append(Subscription record) {
                Currency its = record.amount().currency();
                if (builder == null) {
                    currency = its;
                    builder = SubscriptionTable.builder(its);
                }
                if (!currency.equals(its)) {
                    otherCurrency = otherCurrency == null ? its : otherCurrency;
                    return;
                }
                builder.add(record);
            }

            @Override
            public SubscriptionTable build(String source) {
                if (otherCurrency != null) {
                    throw new CurrencyMismatchException(currency, otherCurrency);
                }
                if (builder == null) {
                    return SubscriptionTable.builder(defaultCurrency.orElseThrow(() -> new IllegalArgumentException(
                            "no subscription of " + source + " was accepted and no default currency is set: the"
                                    + " table has no currency"))).build();
                }
                return builder.build();
            }
        };
    }
}
