package io.github.revops.csv;

/**
 * What an import does with a bad row: stop (strict, the default) or set it aside and go on (lenient).
 *
 * <p>Problems of the whole file (a missing column, a header that cannot be read, CSV quoting that breaks the file
 * apart) stop the import in both modes: after them no row can be trusted.
 *
 * @since 0.1.0
 */
public enum ImportMode {
    /** The first bad row stops the import with a {@link CsvImportException}; nothing is returned. */
    STRICT,
    /** Bad rows are listed as {@link RejectedRow}s with the reason, and the good rows are returned. */
    LENIENT
}
