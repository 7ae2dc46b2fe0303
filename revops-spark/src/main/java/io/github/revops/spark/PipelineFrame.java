package io.github.revops.spark;

import io.github.revops.domain.DealStatus;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_sum;
import static org.apache.spark.sql.functions.when;

/**
 * The pipeline metrics of the deals in a DataFrame, aggregated by Spark's own engine on the columns: win rate, sales
 * cycle (exact day histograms) and pipeline velocity in one pass, whole or per key, each equal to the core's result
 * on the same deals.
 *
 * <p>No {@code Deal} is made per row. A metric's exact parts are counts, sums of minor units and day frequencies, so
 * one {@code groupBy(key, outcome and cycle days)} with {@code count_if} and {@code try_sum} computes them in Spark's
 * generated code; the driver then adds the few thousand rows of parts into the core's results ({@code WinRate},
 * {@code SalesCycle}, {@code PipelineVelocity}) through their public constructors and {@code combine}. No formula is
 * repeated here: only which deals count in which part, as the core's metrics define it (docs/decisions/0140).
 * <pre>{@code
 * PipelineFrame deals = PipelineFrame.of(frame, columns);
 * Breakdown<String, PipelineMetrics> perOwner = deals.by("owner", Period.year(2017));
 * Rational median = perOwner.get("ana").orElseThrow().salesCycle().median().orElseThrow();
 * }</pre>
 * The rows are checked against the rules of a deal in the same pass (a created date, a mapped status, an amount
 * that is not negative and fits the currency's minor unit, a close date exactly for won and lost deals and not
 * before the created date); the first bad row fails the call with its reason. Deals in several currencies (a
 * currency column) may be grouped, but each group's counted amounts must share one currency, as in the core
 * without exchange rates. This class is immutable; every call runs one Spark job.
 *
 * @since 0.1.0
 */
public final class PipelineFrame {

    private final Dataset<Row> frame;
    private final PipelineColumns columns;

    private PipelineFrame(Dataset<Row> frame, PipelineColumns columns) {
        this.frame = frame;
        this.columns = columns;
    }

    /**
     * Obtains the pipeline metrics of a frame's deals.
     *
     * @param frame  the deals, one per row, not null
     * @param columns  which columns hold the fields, not null
     * @return the frame's metrics, never null
     * @throws IllegalArgumentException if a mapped column is missing or of a type that cannot hold its field
     */
    public static PipelineFrame of(Dataset<Row> frame, PipelineColumns columns) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(columns, "columns");
        StructType schema = frame.schema();
        check(schema, columns.created(), "created", Kind.DATE);
        columns.closeDate().ifPresent(c -> check(schema, c, "closeDate", Kind.DATE));
        check(schema, columns.status(), "status", Kind.TEXT);
        check(schema, columns.amount(), "amount", Kind.AMOUNT);
        columns.currencyColumn().ifPresent(c -> check(schema, c, "currency", Kind.TEXT));
        return new PipelineFrame(frame, columns);
    }

    /**
     * Computes the metrics of every deal of the frame in a period.
     *
     * @param period  the period, not null
     * @return the core's win rate, sales cycle and pipeline velocity of the deals, never null
     * @throws IllegalArgumentException if a row breaks a rule of a deal
     * @throws io.github.revops.money.CurrencyMismatchException if counted amounts are in more than one currency
     */
    public PipelineMetrics metrics(Period period) {
        return aggregate(null, period).total();
    }

    /**
     * Computes the metrics of each group of deals in a period, grouped by a column's text value; every value found
     * is a group, even when none of its deals counts in the period.
     *
     * @param keyColumn  the column to group by, never null in a row, not null
     * @param period  the period, not null
     * @return the metrics of each group in the key's text order, never null
     * @throws IllegalArgumentException if the frame has no such column or a row breaks a rule of a deal
     * @throws io.github.revops.money.CurrencyMismatchException if a group's counted amounts are in more than one
     *         currency
     */
    public Breakdown<String, PipelineMetrics> by(String keyColumn, Period period) {
        Objects.requireNonNull(keyColumn, "keyColumn");
        if (!Arrays.asList(frame.schema().fieldNames()).contains(keyColumn)) {
            throw new IllegalArgumentException("key column '" + keyColumn + "' is not in the frame; its columns are "
                    + Arrays.toString(frame.schema().fieldNames()));
        }
        return aggregate(keyColumn, period);
    }

    private Breakdown<String, PipelineMetrics> aggregate(String keyColumn, Period period) {
        Objects.requireNonNull(period, "period");
        DealRules rules = new DealRules(columns, frame.schema().apply(columns.amount()).dataType(), keyColumn);
        Column start = lit(period.start());
        Column end = lit(period.end());
        Column created = col(columns.created());
        Column closed = rules.closeDate();
        Column won = rules.is(DealStatus.WON);
        Column lost = rules.is(DealStatus.LOST);
        Column closedIn = closed.isNotNull().and(closed.geq(start)).and(closed.lt(end));
        Column createdIn = created.geq(start).and(created.lt(end));
        Column cycle = datediff(closed, created);
        // outcome and cycle days in one nullable int key: days when won, -1 - days when lost, null when not closed
        Column closedCycle = when(closedIn.and(won), cycle).when(closedIn.and(lost), lit(-1).minus(cycle));

        // each row's fields and memberships once, in a projection that whole-stage code fuses with the aggregation
        List<Column> keys = new ArrayList<>();
        List<Column> fields = new ArrayList<>();
        if (keyColumn != null) {
            fields.add(col(keyColumn).cast("string").as("key"));
            keys.add(col("key"));
        }
        boolean oneCurrency = columns.currency().isPresent();
        if (!oneCurrency) {
            fields.add(rules.currencyCode().as("currency"));
            keys.add(col("currency"));
        }
        fields.add(closedCycle.as("cycle"));
        keys.add(col("cycle"));
        fields.addAll(List.of(rules.minorUnits().as("amount"), createdIn.as("created"),
                createdIn.and(won).as("createdWon"), createdIn.and(lost).as("createdLost"),
                created.lt(end).and(closed.isNull().or(closed.geq(end))).as("open"),
                rules.broken().as("broken")));
        Column amount = col("amount");
        List<Row> rows = frame.select(fields.toArray(Column[]::new))
                .groupBy(keys.toArray(Column[]::new))
                .agg(count(lit(1)),
                        try_sum(amount),
                        count_if(col("created")), try_sum(when(col("created"), amount)),
                        count_if(col("createdWon")), try_sum(when(col("createdWon"), amount)),
                        count_if(col("createdLost")), try_sum(when(col("createdLost"), amount)),
                        count_if(col("open")),
                        count_if(col("broken")))
                .collectAsList();
        PipelineParts parts = new PipelineParts(keyColumn != null, columns.currency());
        for (Row row : rows) {
            parts.add(row);
        }
        if (parts.brokenRows() > 0) {
            Row bad = frame.filter(rules.broken()).withColumn("rejection", rules.reason()).first();
            throw new IllegalArgumentException(parts.brokenRows() + " rows break a rule of a deal, such as "
                    + bad.mkString("[", ", ", "]") + ": " + bad.getString(bad.fieldIndex("rejection")));
        }
        return Breakdown.of(parts.results(), Comparator.naturalOrder(), PipelineMetrics.EMPTY);
    }

    private static void check(StructType schema, String column, String field, Kind kind) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("pipeline field " + field + " maps to column '" + column
                    + "', which the frame does not have; its columns are " + Arrays.toString(schema.fieldNames()));
        }
        DataType type = schema.apply(column).dataType();
        boolean fits = switch (kind) {
            case DATE -> type instanceof DateType;
            case TEXT -> type instanceof StringType;
            case AMOUNT -> type instanceof LongType || type instanceof IntegerType || type instanceof ShortType
                    || type instanceof ByteType || type instanceof DecimalType;
        };
        if (!fits) {
            throw new IllegalArgumentException("pipeline field " + field + " maps to column '" + column
                    + "' of type " + type.simpleString() + ", which cannot hold it; it needs "
                    + switch (kind) {
                        case DATE -> "a date column (convert text with to_date)";
                        case TEXT -> "a string column";
                        case AMOUNT -> "a whole number or decimal column (money is never read from a binary "
                                + "floating point: cast the column to a decimal)";
                    });
        }
    }

    /** What a mapped column holds. */
    private enum Kind {
        DATE,
        TEXT,
        AMOUNT
    }
}
