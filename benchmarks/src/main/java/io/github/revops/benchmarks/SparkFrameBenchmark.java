package io.github.revops.benchmarks;

import io.github.revops.math.Rational;
import io.github.revops.result.Breakdown;
import io.github.revops.spark.AmountUnit;
import io.github.revops.spark.PipelineColumns;
import io.github.revops.spark.PipelineFrame;
import io.github.revops.spark.PipelineMetrics;
import io.github.revops.time.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * revops on a Spark DataFrame ({@link PipelineFrame}: win rate, exact sales cycle and pipeline velocity per owner,
 * aggregated on the columns, finished by the core) against one hand-written Spark SQL query of the same figures
 * ({@code count_if}, {@code avg}, exact {@code percentile}) over the same cached DataFrame, on {@code local[2]}.
 *
 * <p>The deals are made by Spark from their row number (a seeded hash per field), shaped like the revops-spark
 * tests' generated deals: 25 owners, created over 2016-2018, 20 % open, 45 % won, 35 % lost, cycles of 0 to 239
 * days, amounts up to 50,000.00 in cents. The period is 2017. The setup checks that both answer the same counts,
 * mean, median and average won deal for every owner before anything is timed. Spark needs its JVM flags and its
 * jars on the class path: see this module's README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
@State(Scope.Benchmark)
public class SparkFrameBenchmark {

    private static final Period YEAR = Period.year(2017);
    private static final String IN_YEAR = "closed >= DATE'2017-01-01' AND closed < DATE'2018-01-01'";
    private static final String WON_IN_YEAR = "status = 'WON' AND " + IN_YEAR;

    /** The one query of the SQL side; columns: owner, won, closed, mean and median won cycle, open, mean won. */
    static final String SQL = "SELECT owner,"
            + " count_if(" + WON_IN_YEAR + ") AS won,"
            + " count_if(status IN ('WON', 'LOST') AND " + IN_YEAR + ") AS closed_deals,"
            + " avg(datediff(closed, created)) FILTER (WHERE " + WON_IN_YEAR + ") AS mean_cycle,"
            + " percentile(datediff(closed, created), 0.5) FILTER (WHERE " + WON_IN_YEAR + ") AS median_cycle,"
            + " count_if(created < DATE'2018-01-01' AND (closed IS NULL OR closed >= DATE'2018-01-01'))"
            + " AS open_opportunities,"
            + " avg(amount) FILTER (WHERE " + WON_IN_YEAR + ") AS mean_won_cents"
            + " FROM deals GROUP BY owner";

    /** The number of deals. */
    @Param({"1000000"})
    public int deals;

    private SparkSession spark;
    private PipelineFrame frame;

    /** Starts Spark, makes and caches the deals, and checks that both methods give the same answers. */
    @Setup
    public void setUp() {
        spark = SparkSession.builder().appName("revops-spark-benchmark").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Dataset<Row> rows = deals(spark, deals).cache();
        rows.count();
        rows.createOrReplaceTempView("deals");
        frame = PipelineFrame.of(rows, PipelineColumns.builder()
                .created("created").closeDate("closed").status("status")
                .amount("amount", AmountUnit.MINOR).currency("USD").build());
        check(revops(), sql());
    }

    /** Stops Spark. */
    @TearDown
    public void tearDown() {
        spark.stop();
    }

    /** The DataFrame-native revops aggregation, finished by the core. @return the metrics per owner */
    @Benchmark
    public Breakdown<String, PipelineMetrics> revops() {
        return frame.by("owner", YEAR);
    }

    /** The hand-written Spark SQL query. @return its rows */
    @Benchmark
    public List<Row> sql() {
        return spark.sql(SQL).collectAsList();
    }

    static Dataset<Row> deals(SparkSession spark, int count) {
        Column id = col("id");
        Column outcome = pmod(xxhash64(id, lit(3)), lit(100));
        Column created = date_add(lit(LocalDate.of(2016, 1, 1)), pmod(xxhash64(id, lit(2)), lit(3 * 365)).cast("int"));
        Column status = when(outcome.lt(20), lit("OPEN")).when(outcome.lt(65), lit("WON")).otherwise(lit("LOST"));
        return spark.range(count).select(
                concat(lit("rep-"), pmod(xxhash64(id, lit(1)), lit(25)).cast("string")).as("owner"),
                created.as("created"),
                when(outcome.geq(20), date_add(created, pmod(xxhash64(id, lit(4)), lit(240)).cast("int")))
                        .as("closed"),
                status.as("status"),
                pmod(xxhash64(id, lit(5)), lit(5_000_000L)).as("amount"));
    }

    private static void check(Breakdown<String, PipelineMetrics> revops, List<Row> sql) {
        Answers.same("owners", (long) revops.groups().size(), sql.size());
        for (Row row : sql) {
            String owner = row.getString(0);
            PipelineMetrics m = revops.get(owner).orElseThrow(() -> new IllegalStateException("no owner " + owner));
            Answers.same(owner + " won", m.winRate().closedWon().count(), row.getLong(1));
            Answers.same(owner + " closed", m.winRate().closedWon().count() + m.winRate().closedLost().count(),
                    row.getLong(2));
            Answers.close(owner + " mean cycle", m.salesCycle().won().mean(), row.getDouble(3));
            Answers.same(owner + " median cycle", m.salesCycle().won().median().orElseThrow(),
                    Rational.of(BigDecimal.valueOf(row.getDouble(4))));
            Answers.same(owner + " open", m.velocity().opportunities(), row.getLong(5));
            Answers.close(owner + " mean won", m.velocity().averageWonDealSize()
                    .flatMap(average -> average.mean()).map(mean -> mean.minorUnits()), row.getDouble(6));
        }
    }
}
