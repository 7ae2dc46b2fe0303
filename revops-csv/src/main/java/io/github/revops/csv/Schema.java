package io.github.revops.csv;

import java.util.EnumMap;
import java.util.List;

/** Everything a reader knows before it sees a file: settings, column bindings and how a row becomes a record. */
final class Schema<F extends Enum<F> & CsvField, T> {

    private final Class<F> type;
    private final EnumMap<F, ColumnBinding> bindings;
    private final List<NamedColumn> segments;
    private final List<NamedColumn> stages;
    private final CsvSettings settings;
    private final RowMapper<F, T> mapper;

    Schema(Class<F> type, EnumMap<F, ColumnBinding> bindings, List<NamedColumn> segments, List<NamedColumn> stages,
           CsvSettings settings, RowMapper<F, T> mapper) {
        this.type = type;
        this.bindings = new EnumMap<>(bindings);
        this.segments = List.copyOf(segments);
        this.stages = List.copyOf(stages);
        this.settings = settings;
        this.mapper = mapper;
    }

    CsvSettings settings() {
        return settings;
    }

    /** Returns this schema with other settings. */
    Schema<F, T> with(CsvSettings other) {
        return new Schema<>(type, bindings, segments, stages, other, mapper);
    }

    /**
     * Checks the header and returns a decoder for this file's rows (not thread-safe: one per open import). Unless
     * the reader turned it off, the decoder refuses a record whose id an earlier record of the file has.
     */
    RecordDecoder<T> bind(String source, List<String> header) {
        Columns<F> columns = columns(source, header);
        Row<F> row = new Row<>(columns, settings);
        if (!settings.uniqueIds()) {
            return (record, line) -> mapper.map(row.reset(record));
        }
        F id = idField();
        UniqueIds ids = new UniqueIds();
        return (record, line) -> {
            T decoded = mapper.map(row.reset(record));
            String text = row.text(id);
            long earlier = ids.earlierLine(text, line);
            if (earlier > 0) {
                throw row.problem(id, text, UniqueIds.duplicate(earlier));
            }
            return decoded;
        };
    }

    /** Resolves the reader's columns against a file's header. */
    Columns<F> columns(String source, List<String> header) {
        return Columns.resolve(source, header, type, bindings, segments, stages, settings.fieldLength());
    }

    /** Returns how a row becomes a record. */
    RowMapper<F, T> mapper() {
        return mapper;
    }

    /** Returns the field that holds a record's id. */
    F idField() {
        for (F field : type.getEnumConstants()) {
            if (field.component().equals("id")) {
                return field;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no id field");
    }
}
