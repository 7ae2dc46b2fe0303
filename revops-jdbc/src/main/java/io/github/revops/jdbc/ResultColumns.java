package io.github.revops.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a result, found by label: the exact label, or else the one label that equals it ignoring case
 * (PostgreSQL folds unquoted names to lower case). A mapped column that is missing, ambiguous or of a type that
 * cannot hold its field stops the import in both modes.
 */
final class ResultColumns {

    private final String source;
    private final List<Column> columns;

    private ResultColumns(String source, List<Column> columns) {
        this.source = source;
        this.columns = columns;
    }

    /**
     * Reads the columns of a result.
     *
     * @param source  the source's name, for messages
     * @param metaData  the result's metadata
     * @return the columns
     * @throws SQLException if the driver cannot describe the result
     */
    static ResultColumns of(String source, ResultSetMetaData metaData) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            columns.add(new Column(i, metaData.getColumnLabel(i), metaData.getColumnType(i),
                    metaData.getColumnTypeName(i)));
        }
        return new ResultColumns(source, List.copyOf(columns));
    }

    /**
     * Returns the source's name.
     *
     * @return the name
     */
    String source() {
        return source;
    }

    /**
     * Finds the column of a field and checks its type.
     *
     * @param label  the column's label in the mapping
     * @param field  the field, for messages, such as {@code deal amount}
     * @param kind  what the field needs
     * @return the column
     * @throws JdbcImportException if the column is missing, ambiguous or of a type that cannot hold the field
     */
    Column find(String label, String field, ColumnKind kind) {
        Column column = byLabel(label, field);
        if (!kind.fits(column.sqlType())) {
            throw JdbcImportException.ofColumn(source, column.label(), kind.refusal(column, field));
        }
        return column;
    }

    private Column byLabel(String label, String field) {
        List<Column> ignoringCase = new ArrayList<>();
        for (Column column : columns) {
            if (column.label().equals(label)) {
                return column;
            }
            if (column.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                ignoringCase.add(column);
            }
        }
        if (ignoringCase.size() == 1) {
            return ignoringCase.get(0);
        }
        List<String> labels = columns.stream().map(Column::label).toList();
        throw JdbcImportException.ofColumn(source, label, (ignoringCase.isEmpty() ? "is missing from the result"
                : "matches several columns of the result ignoring case") + " (" + field + " is mapped to it); the"
                + " result's columns are " + labels);
    }
}
