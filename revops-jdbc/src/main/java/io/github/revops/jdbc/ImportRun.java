package io.github.revops.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The loop of every import: each row goes through the row action; a bad row stops a strict import and is set
 * aside by a lenient one.
 */
final class ImportRun {

    private ImportRun() {
    }

    /** What an import does with one row. */
    @FunctionalInterface
    interface RowAction {

        /**
         * Reads the current row and keeps what it makes (a record, a table row).
         *
         * @param rows  the result, on the row
         * @throws SQLException if the driver fails
         * @throws RowProblem if the row is bad
         */
        void apply(ResultSet rows) throws SQLException;
    }

    /**
     * Reads every remaining row of a result.
     *
     * @param rows  the result, before its first row to read
     * @param source  the source's name, for messages
     * @param settings  strict or lenient, and how many bad rows to list
     * @param action  what to do with a row
     * @return the summary
     * @throws SQLException if the driver fails
     * @throws JdbcImportException at the first bad row in strict mode
     */
    static JdbcImportSummary run(ResultSet rows, String source, ImportSettings settings, RowAction action)
            throws SQLException {
        SetAsideRows setAside = new SetAsideRows(settings.maxRowsListed());
        boolean strict = settings.mode() == ImportMode.STRICT;
        long read = 0;
        long accepted = 0;
        while (rows.next()) {
            read++;
            try {
                action.apply(rows);
                accepted++;
            } catch (RowProblem problem) {
                RejectedRow rejected = problem.at(read);
                if (strict) {
                    throw JdbcImportException.ofRow(source, rejected, problem.getCause());
                }
                setAside.add(rejected);
            }
        }
        return new JdbcImportSummary(source, read, accepted, setAside.kept(), setAside.notKept());
    }
}
