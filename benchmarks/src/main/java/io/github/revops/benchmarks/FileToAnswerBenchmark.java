package io.github.revops.benchmarks;

import io.github.revops.csv.CsvTableReader;
import io.github.revops.csv.DealCsv;
import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.table.DealTable;
import io.github.revops.table.Parallel;
import io.github.revops.time.Period;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * From a file to the answer (issue 14): a generated {@code sales_pipeline.csv} ({@link CrmCsvFile}) read into a
 * {@link DealTable} by the column reader, then the 2023 win rate per owner, the sales cycle of the deals won in 2023
 * and the pipeline velocity per owner; against DuckDB reading the same file with {@code read_csv} and answering with
 * one SQL query. {@code readAll} times the record reader alone ({@code readAll} to a list of deals), the issue's
 * other figure, against its Commons CSV path ({@code readAllCommonsCsv}). The setup checks that both sides give
 * the same answer before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@State(Scope.Benchmark)
public class FileToAnswerBenchmark {

    /** The year the metrics look at. */
    static final Period YEAR = Period.year(2023);
    private static final String SQL = "WITH d AS (SELECT sales_agent AS owner, deal_stage AS stage,"
            + " engage_date AS created, close_date AS closed, close_value AS amount FROM read_csv(?, header = true,"
            + " columns = {'opportunity_id': 'VARCHAR', 'sales_agent': 'VARCHAR', 'product': 'VARCHAR',"
            + " 'account': 'VARCHAR', 'deal_stage': 'VARCHAR', 'engage_date': 'DATE', 'close_date': 'DATE',"
            + " 'close_value': 'BIGINT'}) WHERE engage_date IS NOT NULL)"
            + " SELECT owner,"
            + " count(*) FILTER (WHERE stage = 'Won' AND closed >= DATE '2023-01-01' AND closed < DATE '2024-01-01'),"
            + " count(*) FILTER (WHERE stage = 'Lost' AND closed >= DATE '2023-01-01' AND closed < DATE '2024-01-01'),"
            + " count(*) FILTER (WHERE created < DATE '2024-01-01' AND (stage = 'Engaging'"
            + " OR closed >= DATE '2024-01-01')),"
            + " coalesce(sum(amount) FILTER (WHERE stage = 'Won' AND closed >= DATE '2023-01-01'"
            + " AND closed < DATE '2024-01-01'), 0) * 100,"
            + " coalesce(sum(closed - created) FILTER (WHERE stage = 'Won' AND closed >= DATE '2023-01-01'"
            + " AND closed < DATE '2024-01-01'), 0),"
            + " median(closed - created) FILTER (WHERE stage = 'Won' AND closed >= DATE '2023-01-01'"
            + " AND closed < DATE '2024-01-01')"
            + " FROM d GROUP BY GROUPING SETS ((owner), ()) ORDER BY owner NULLS LAST";

    /** The number of rows of the generated file. */
    @Param({"1000000", "2000000"})
    public int rows;

    Path file;
    private CsvTableReader<DealTable> reader;
    private Connection duckDb;

    /** Writes the file and checks that revops and DuckDB give the same answer. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = CrmCsvFile.write(Files.createTempFile("sales_pipeline", ".csv"), rows, 14);
        reader = DealCsv.mavenCrm().buildTableReader();
        duckDb = duckDb();
        FileAnswer expected = revops1Thread();
        Answers.same("revops on 2 threads", expected, revops2Threads());
        Answers.same("duckdb", expected, duckdb());
    }

    /** Deletes the file and closes DuckDB. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        duckDb.close();
        Files.deleteIfExists(file);
    }

    /** File to table to answer on one thread. @return the answer */
    @Benchmark
    public FileAnswer revops1Thread() {
        DealTable table = reader.read(file, 1).table();
        return answer(WinRate.by(table, YEAR, table.owner()), SalesCycle.of(table, YEAR),
                PipelineVelocity.by(table, YEAR, table.owner()));
    }

    /** File to table to answer on two threads: the file in parallel chunks, the metrics on two parts. @return it */
    @Benchmark
    public FileAnswer revops2Threads() {
        DealTable table = reader.read(file, 2).table();
        List<DealTable> parts = table.split(2);
        return answer(Parallel.evaluate(parts, p -> WinRate.by(p, YEAR, p.owner()), Breakdown::combine),
                Parallel.evaluate(parts, p -> SalesCycle.of(p, YEAR), SalesCycle::combine),
                Parallel.evaluate(parts, p -> PipelineVelocity.by(p, YEAR, p.owner()), Breakdown::combine));
    }

    /** DuckDB on 2 threads: {@code read_csv} and one query. @return the answer */
    @Benchmark
    public FileAnswer duckdb() {
        return duckDbAnswer(duckDb, file);
    }

    /**
     * The record reader alone, {@code readAll} of the file to a list of deals, as the issue calls it: the byte parser
     * in chunks on one thread a processor. @return the deals
     */
    @Benchmark
    public List<Deal> readAll() {
        return DealCsv.mavenCrm().build().readAll(file).records();
    }

    /** {@code readAll} of the file on one thread. @return the deals */
    @Benchmark
    public List<Deal> readAll1Thread() {
        return DealCsv.mavenCrm().build().readAll(file, 1).records();
    }

    /**
     * {@code readAll} of a {@code Reader} of the file: Commons CSV, the path every file took before (docs/decisions/
     * 0129). @return the deals
     */
    @Benchmark
    public List<Deal> readAllCommonsCsv() throws IOException {
        return DealCsv.mavenCrm().build().readAll(Files.newBufferedReader(file), file.getFileName().toString())
                .records();
    }

    static Connection duckDb() {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads=2");
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("opening DuckDB failed", e);
        }
    }

    static FileAnswer duckDbAnswer(Connection duckDb, Path file) {
        try (var s = duckDb.prepareStatement(SQL)) {
            s.setString(1, file.toString());
            Map<String, List<Long>> perOwner = new TreeMap<>();
            long won = 0;
            double median = Double.NaN;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString(1);
                    if (owner == null) {
                        won = rs.getLong(2);
                        median = rs.getDouble(7);
                    } else {
                        perOwner.put(owner, List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(2),
                                rs.getLong(5), rs.getLong(3), rs.getLong(6)));
                    }
                }
            }
            return new FileAnswer(perOwner, won, median);
        } catch (SQLException e) {
            throw new IllegalStateException("the DuckDB query failed", e);
        }
    }

    static FileAnswer answer(Breakdown<String, WinRate> winRates, SalesCycle cycle,
                             Breakdown<String, PipelineVelocity> velocities) {
        Map<String, List<Long>> perOwner = new TreeMap<>();
        velocities.groups().forEach((owner, v) -> {
            WinRate w = winRates.groups().getOrDefault(owner, WinRate.EMPTY);
            List<Long> figures = new ArrayList<>(List.of(w.closedWon().count(), w.closedLost().count(),
                    v.opportunities(), v.won().count(),
                    v.won().amount().map(won -> won.minorUnits().numerator().longValueExact()).orElse(0L),
                    v.lost().count(), v.wonCycleDays()));
            perOwner.put(owner, List.copyOf(figures));
        });
        double median = cycle.won().count() == 0 ? Double.NaN
                : cycle.median().orElseThrow().doubleValue();
        return new FileAnswer(perOwner, cycle.won().count(), median);
    }
}
