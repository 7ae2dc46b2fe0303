package io.github.revops.jdbc;

/**
 * What an import does with a bad row: stop (strict, the default) or set it aside and go on (lenient).
 *
 * <p>Problems of the whole query (a mapped column missing from the result, a column of a type that cannot hold its
 * field, a failing query or connection) stop the import in both modes.
 *
 * @since 0.1.0
 */
public enum ImportMode {
    /** The first bad row stops the import with a {@link JdbcImportException}; nothing is returned. */
    STRICT,
    /** Bad rows are listed as {@link RejectedRow}s with the reason, and the good rows are returned. */
    LENIENT
}
