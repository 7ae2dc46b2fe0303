package io.github.revops.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a reader whose records carry segment attributes (deals and customers): besides the columns of
 * its fields, columns read as attributes for grouping (region, product, industry, ...). A blank cell adds no
 * attribute. Not thread-safe.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 * @param <B>  the concrete builder
 * @since 0.1.0
 */
public abstract class SegmentedCsvBuilder<F extends Enum<F> & CsvField, T, B extends SegmentedCsvBuilder<F, T, B>>
        extends CsvReaderBuilder<F, T, B> {

    private final List<NamedColumn> segments = new ArrayList<>();

    SegmentedCsvBuilder(Class<F> fieldType) {
        super(fieldType);
    }

    /**
     * Reads a column that every file must have as a segment attribute.
     *
     * @param segmentName  the attribute's name, not blank
     * @param header  the column's header name, not blank
     * @return this builder
     */
    public B segment(String segmentName, String header) {
        segments.add(new NamedColumn(name("segmentName", segmentName), name("header", header), false));
        return self();
    }

    /**
     * Reads a column that a file may lack as a segment attribute.
     *
     * @param segmentName  the attribute's name, not blank
     * @param header  the column's header name, not blank
     * @return this builder
     */
    public B optionalSegment(String segmentName, String header) {
        segments.add(new NamedColumn(name("segmentName", segmentName), name("header", header), true));
        return self();
    }

    List<NamedColumn> segments() {
        return segments;
    }
}
