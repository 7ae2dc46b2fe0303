package io.github.revops.csv;

import io.github.revops.domain.Customer;
import io.github.revops.domain.InvalidRecordException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public static final class Builder extends CsvReaderBuilder<CustomerField, Customer, Builder> {

        private final List<NamedColumn> segments = new ArrayList<>();

        private Builder() {
            super(CustomerField.class);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Reads a column that every file must have as a segment attribute.
         *
         * @param segmentName  the attribute's name, not blank
         * @param header  the column's header name, not blank
         * @return this builder
         */
        public Builder segment(String segmentName, String header) {
            segments.add(new NamedColumn(name(segmentName), name(header), false));
            return this;
        }

        /**
         * Reads a column that a file may lack as a segment attribute.
         *
         * @param segmentName  the attribute's name, not blank
         * @param header  the column's header name, not blank
         * @return this builder
         */
        public Builder optionalSegment(String segmentName, String header) {
            segments.add(new NamedColumn(name(segmentName), name(header), true));
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
            return build("customer", segments, List.of(), row -> {
                Columns<CustomerField> columns = row.columns();
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int k = 0; k < columns.segmentCount(); k++) {
                    String value = row.cell(columns.segmentIndex(k));
                    if (!value.isEmpty()) {
                        attributes.put(columns.segmentName(k), value);
                    }
                }
                try {
                    return Customer.of(row.text(CustomerField.ID), attributes);
                } catch (InvalidRecordException e) {
                    throw row.rejectedBy(e);
                }
            });
        }
    }
}
