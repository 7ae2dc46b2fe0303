package io.github.revops.csv;

import java.util.Optional;

/** Where a field's text comes from: a column (required or optional) or a constant, and the text used when blank. */
record ColumnBinding(Optional<String> header, boolean optional, Optional<String> constant,
                     Optional<String> whenBlank) {

    static final ColumnBinding NONE = new ColumnBinding(Optional.empty(), false, Optional.empty(), Optional.empty());

    ColumnBinding withColumn(String name, boolean isOptional) {
        return new ColumnBinding(Optional.of(name), isOptional, Optional.empty(), whenBlank);
    }

    ColumnBinding withConstant(String value) {
        return new ColumnBinding(Optional.empty(), false, Optional.of(value), whenBlank);
    }

    ColumnBinding withWhenBlank(String value) {
        return new ColumnBinding(header, optional, constant, Optional.of(value));
    }

    boolean isBound() {
        return header.isPresent() || constant.isPresent();
    }
}
