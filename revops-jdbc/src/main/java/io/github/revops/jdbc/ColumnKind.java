package io.github.revops.jdbc;

import java.sql.Types;
import java.util.Locale;

/** What a mapped column must hold, and which SQL types can. */
enum ColumnKind {

    /** Text: any character type, an integer or decimal (an id), or a database type read as text (uuid, enum). */
    TEXT("text"),
    /** A date: {@code DATE}, {@code TIMESTAMP} or {@code TIMESTAMP WITH TIME ZONE}. */
    DATE("dates"),
    /** An amount: an integer or a {@code NUMERIC}/{@code DECIMAL}; never a binary floating point. */
    AMOUNT("amounts"),
    /** A flag: {@code BOOLEAN} or {@code BIT}, or an integer 0 or 1. */
    FLAG("true or false");

    private final String holds;

    ColumnKind(String holds) {
        this.holds = holds;
    }

    /**
     * Checks if a column of a SQL type can hold this kind.
     *
     * @param sqlType  the {@link Types} code
     * @return true if it can
     */
    boolean fits(int sqlType) {
        return switch (this) {
            case TEXT -> isText(sqlType) || isInteger(sqlType) || isDecimal(sqlType) || sqlType == Types.OTHER;
            case DATE -> sqlType == Types.DATE || sqlType == Types.TIMESTAMP
                    || sqlType == Types.TIMESTAMP_WITH_TIMEZONE;
            case AMOUNT -> isInteger(sqlType) || isDecimal(sqlType);
            case FLAG -> sqlType == Types.BOOLEAN || sqlType == Types.BIT || isInteger(sqlType);
        };
    }

    /**
     * Says why a column cannot hold this kind, and what to do.
     *
     * @param column  the column
     * @param field  the record field it is mapped to, such as {@code deal amount}
     * @return the reason
     */
    String refusal(Column column, String field) {
        String what = "is " + column.typeName() + " (" + sqlTypeName(column.sqlType()) + "), which cannot hold "
                + field + " (" + holds + ")";
        if (this == AMOUNT && isFloatingPoint(column.sqlType())) {
            return what + ": money is never read from a binary floating point column; cast it to NUMERIC in the"
                    + " query";
        }
        if (this == DATE && isText(column.sqlType())) {
            return what + ": cast it to DATE in the query";
        }
        if (this == AMOUNT && isText(column.sqlType())) {
            return what + ": cast it to NUMERIC in the query";
        }
        return what;
    }

    static boolean isInteger(int sqlType) {
        return sqlType == Types.TINYINT || sqlType == Types.SMALLINT || sqlType == Types.INTEGER
                || sqlType == Types.BIGINT;
    }

    static boolean isDecimal(int sqlType) {
        return sqlType == Types.NUMERIC || sqlType == Types.DECIMAL;
    }

    private static boolean isText(int sqlType) {
        return sqlType == Types.CHAR || sqlType == Types.VARCHAR || sqlType == Types.LONGVARCHAR
                || sqlType == Types.NCHAR || sqlType == Types.NVARCHAR || sqlType == Types.LONGNVARCHAR
                || sqlType == Types.CLOB || sqlType == Types.NCLOB;
    }

    private static boolean isFloatingPoint(int sqlType) {
        return sqlType == Types.DOUBLE || sqlType == Types.FLOAT || sqlType == Types.REAL;
    }

    private static String sqlTypeName(int sqlType) {
        try {
            return java.sql.JDBCType.valueOf(sqlType).getName();
        } catch (IllegalArgumentException e) {
            return "SQL type " + sqlType;
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
