package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;
import scala.Tuple3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The CRM opportunities data set read by Spark's CSV reader and mapped with {@link CrmDeals#COLUMNS}: the Spark
 * results equal the core's on the same deals read by a plain loop, on every layout, and the example job prints the
 * figures a plain count of the file gives.
 */
class CrmDataSetTest {

    private static final Period YEAR = Period.year(2017);

    private static List<Deal> core;
    private static MappedRecords<Deal> mapped;

    private final SparkSession spark = SparkTestSession.get();

    @BeforeAll
    static void read() {
        core = CrmDeals.list();
        mapped = CrmDeals.COLUMNS.map(CrmDeals.frame(SparkTestSession.get(), CrmDeals.file()),
                InvalidRowPolicy.COLLECT);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, false", "8, true"})
    void sparkEqualsTheCoreOnTheSameDeals(int partitions, boolean shuffled) {
        Dataset<Deal> deals = DealAggregatorsTest.layout(mapped.records(), partitions, shuffled);

        Tuple3<WinRate, SalesCycle, PipelineVelocity> whole = deals
                .select(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                        DealAggregators.pipelineVelocity(YEAR).toColumn())
                .first();
        Map<String, WinRate> perAgent = CrmWinRatePerAgent.winRatePerAgent(deals, YEAR).stream()
                .collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));

        assertThat(whole._1()).isEqualTo(WinRate.of(core, YEAR));
        assertThat(whole._2()).isEqualTo(SalesCycle.of(core, YEAR));
        assertThat(whole._3()).isEqualTo(PipelineVelocity.of(core, YEAR));
        assertThat(perAgent).hasSize(30).isEqualTo(WinRate.by(core, YEAR, Deal::owner).groups());
        // the data set's README: 4,238 Won and 2,473 Lost rows, all closed in 2017
        assertThat(whole._1().byCount()).isEqualTo(Ratio.of(4_238, 4_238 + 2_473));
    }

    @Test
    void prospectingRowsAreRejectedWithTheCoresMessage() {
        List<Row> rejected = mapped.rejected().collectAsList();

        // the README: 500 Prospecting rows, none with an engage (created) date
        assertThat(rejected).hasSize(500);
        assertThat(mapped.records().count()).isEqualTo(8_800 - 500).isEqualTo(core.size());
        for (Row row : rejected) {
            String id = row.getString(row.fieldIndex("opportunity_id"));
            String coreMessage = catchThrowable(() -> Deal.builder(id)
                    .customer(row.getString(row.fieldIndex("account")))
                    .owner(row.getString(row.fieldIndex("sales_agent"))).source("crm")
                    .amount(Money.parse("USD 0")).created((LocalDate) null).open().build())
                    .getMessage();
            assertThat(row.getString(row.fieldIndex(MappedRecords.REJECTION)))
                    .isEqualTo(coreMessage)
                    .isEqualTo("deal '" + id + "': createdDate (null) is required");
        }
    }

    @Test
    void exampleJobPrintsTheWinRateOfEachAgent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CrmWinRatePerAgent.run(spark, CrmDeals.file(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        // Independent figures: a plain count of Won and Lost rows per agent in the file (every close is in 2017).
        Map<String, int[]> counts = new TreeMap<>();
        for (String line : Files.readAllLines(CrmDeals.file()).subList(1, 8_801)) {
            String[] f = line.split(",", -1);
            if (f[4].equals("Won") || f[4].equals("Lost")) {
                int[] c = counts.computeIfAbsent(f[1], k -> new int[2]);
                c[0] += f[4].equals("Won") ? 1 : 0;
                c[1]++;
            }
        }
        assertThat(printed.get(0)).startsWith("rejected 500 rows, such as: deal '")
                .endsWith("': createdDate (null) is required");
        assertThat(printed.subList(2, printed.size())).containsExactlyElementsOf(counts.entrySet().stream()
                .map(e -> String.format("%-20s %5d %6d %8s", e.getKey(), e.getValue()[0], e.getValue()[1],
                        BigDecimal.valueOf(e.getValue()[0])
                                .divide(BigDecimal.valueOf(e.getValue()[1]), 4, RoundingMode.HALF_EVEN)))
                .toList());
    }
}
