package io.github.revops.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A reader's columns resolved against one file's header: an index (or -1) per field and per named column. */
final class Columns<F extends Enum<F> & CsvField> {

    /** The most header names a message lists. */
    private static final int NAMES_SHOWN = 20;

    private final List<String> header;
    private final F[] fields;
    private final int[] index;
    private final String[] name;
    private final String[] constant;
    private final String[] whenBlank;
    private final List<NamedColumn> segments;
    private final int[] segmentIndex;
    private final List<NamedColumn> stages;
    private final int[] stageIndex;

    private Columns(List<String> header, F[] fields, List<NamedColumn> segments, List<NamedColumn> stages) {
        this.header = header;
        this.fields = fields;
        this.index = new int[fields.length];
        this.name = new String[fields.length];
        this.constant = new String[fields.length];
        this.whenBlank = new String[fields.length];
        this.segments = segments;
        this.segmentIndex = new int[segments.size()];
        this.stages = stages;
        this.stageIndex = new int[stages.size()];
    }

    static <F extends Enum<F> & CsvField> Columns<F> resolve(String source, List<String> rawHeader, Class<F> type,
            EnumMap<F, ColumnBinding> bindings, List<NamedColumn> segments, List<NamedColumn> stages,
            FieldLengthLimit limit) {
        List<String> header = new ArrayList<>(rawHeader.size());
        for (String name : rawHeader) {
            if (!limit.fits(name)) {
                throw CsvImportException.ofHeader(source, ShownText.value(name.strip()), limit.reason(name));
            }
            header.add(name.strip());
        }
        if (header.isEmpty() || header.size() == 1 && header.get(0).isEmpty()) {
            throw CsvImportException.ofFile(source, 1, "the input has no header row", null);
        }
        Map<String, Integer> positions = new HashMap<>();
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (positions.putIfAbsent(header.get(i), i) != null) {
                duplicates.add(header.get(i));
            }
        }
        Columns<F> columns = new Columns<>(List.copyOf(header), type.getEnumConstants(), segments, stages);
        for (F field : columns.fields) {
            ColumnBinding binding = bindings.getOrDefault(field, ColumnBinding.NONE);
            int o = field.ordinal();
            columns.index[o] = binding.header()
                    .map(h -> find(source, h, binding.optional(), header, positions, duplicates)).orElse(-1);
            columns.name[o] = binding.header().orElse(field.component());
            columns.constant[o] = binding.constant().orElse("");
            columns.whenBlank[o] = binding.whenBlank().orElse("");
        }
        for (int k = 0; k < segments.size(); k++) {
            NamedColumn c = segments.get(k);
            columns.segmentIndex[k] = find(source, c.header(), c.optional(), header, positions, duplicates);
        }
        for (int k = 0; k < stages.size(); k++) {
            NamedColumn c = stages.get(k);
            columns.stageIndex[k] = find(source, c.header(), c.optional(), header, positions, duplicates);
        }
        return columns;
    }

    private static int find(String source, String column, boolean optional, List<String> header,
                            Map<String, Integer> positions, Set<String> duplicates) {
        if (duplicates.contains(column)) {
            throw CsvImportException.ofHeader(source, column, "appears more than once in the header");
        }
        Integer position = positions.get(column);
        if (position == null && !optional) {
            throw CsvImportException.ofHeader(source, column,
                    "missing from the header (found: " + shown(header) + ")");
        }
        return position == null ? -1 : position;
    }

    /** Lists the first {@value #NAMES_SHOWN} names of a header, each cut to a bounded length. */
    private static String shown(List<String> header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(NAMES_SHOWN, header.size()); i++) {
            names.add(ShownText.value(header.get(i)));
        }
        String more = header.size() > NAMES_SHOWN ? ", ... (" + ShownText.grouped(header.size()) + " columns)" : "";
        return String.join(", ", names) + more;
    }

    int width() {
        return header.size();
    }

    String headerAt(int i) {
        String h = header.get(i);
        return h.isEmpty() ? "#" + (i + 1) : h;
    }

    F[] fields() {
        return fields;
    }

    int index(F field) {
        return index[field.ordinal()];
    }

    String name(F field) {
        return name[field.ordinal()];
    }

    String constant(F field) {
        return constant[field.ordinal()];
    }

    String whenBlank(F field) {
        return whenBlank[field.ordinal()];
    }

    int segmentCount() {
        return segments.size();
    }

    String segmentName(int k) {
        return segments.get(k).name();
    }

    int segmentIndex(int k) {
        return segmentIndex[k];
    }

    int stageCount() {
        return stages.size();
    }

    NamedColumn stage(int k) {
        return stages.get(k);
    }

    int stageIndex(int k) {
        return stageIndex[k];
    }
}
