package io.github.revops.csv;

import io.github.revops.domain.Customer;
import io.github.revops.domain.InvalidRecordException;

import java.util.List;

/**
 * Reads {@link Customer}s from CSV: an id column and segment columns (region, industry, plan, ...); blank segment
 * cells are left out.
 * <pre>{@code
 * CsvReader<Customer> reader = CustomerCsv.builder()
 *         .column(CustomerField.ID, "account")
 *         .segment("sector", "sector")
 *         .segment("office", "office_location")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CustomerCsv {

    private CustomerCsv() {
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a customer reader. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends SegmentedCsvBuilder<CustomerField, Customer, Builder> {

        private Builder() {
            super(CustomerField.class);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the customer reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if the id is unmapped
         */
        @Override
        public CsvReader<Customer> build() {
            return build("customer", segments(), List.of(), row -> {
                try {
                    return Customer.of(row.text(CustomerField.ID), row.segments());
                } catch (InvalidRecordException e) {
                    throw row.rejectedBy(e);
                }
            });
        }
    }
}
