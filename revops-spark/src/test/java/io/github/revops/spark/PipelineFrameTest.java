package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The DataFrame-native pipeline metrics: equal to the core's results on the same seeded deals, whole and per owner,
 * on any partitioning; a worked example with status labels, decimal amounts and a currency column; and the rules of
 * a deal and of one currency enforced with their messages.
 */
class PipelineFrameTest {

    private static final long SEED = 5;
    private static final int COUNT = 20_000;
    private static final Period YEAR = Period.year(2017);
    private static final StructType CURRENCY_COLUMN_SCHEMA = new StructType().add("rep", DataTypes.StringType)
            .add("opened", DataTypes.DateType).add("closed", DataTypes.DateType).add("stage", DataTypes.StringType)
            .add("value", DataTypes.createDecimalType(12, 2)).add("ccy", DataTypes.StringType);

    private static List<Deal> deals;
    private static Dataset<Row> frame;

    private final SparkSession spark = SparkTestSession.get();

    @BeforeAll
    static void generate() {
        deals = GeneratedDeals.list(SEED, COUNT);
        frame = DealFrames.frame(SparkTestSession.get(), deals).cache();
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void wholeFrameEqualsTheCore(int partitions, boolean shuffled) {
        Dataset<Row> laid = (shuffled ? frame.orderBy(functions.rand(SEED)) : frame).repartition(partitions);

        PipelineMetrics metrics = PipelineFrame.of(laid, DealFrames.COLUMNS).metrics(YEAR);

        assertThat(metrics.winRate()).isEqualTo(WinRate.of(deals, YEAR));
        assertThat(metrics.salesCycle()).isEqualTo(SalesCycle.of(deals, YEAR));
        assertThat(metrics.velocity()).isEqualTo(PipelineVelocity.of(deals, YEAR));
        // not vacuous: about a third of the deals close in 2017, 45/80 of those won
        assertThat(metrics.winRate().closedWon().count()).isBetween(2_600L, 3_400L);
    }

    @Test
    void perOwnerEqualsTheCoresBreakdowns() {
        Breakdown<String, PipelineMetrics> perOwner = PipelineFrame.of(frame.repartition(8), DealFrames.COLUMNS)
                .by("owner", YEAR);

        assertThat(perOwner.groups()).hasSize(25);
        assertThat(part(perOwner, PipelineMetrics::winRate)).isEqualTo(WinRate.by(deals, YEAR, Deal::owner).groups());
        assertThat(part(perOwner, PipelineMetrics::salesCycle))
                .isEqualTo(SalesCycle.by(deals, YEAR, Deal::owner).groups());
        assertThat(part(perOwner, PipelineMetrics::velocity))
                .isEqualTo(PipelineVelocity.by(deals, YEAR, Deal::owner).groups());
    }

    @Test
    void perOwnerAgreesWithHandWrittenSparkSql() {
        frame.createOrReplaceTempView("deals");
        Map<String, Row> sql = spark.sql("""
                SELECT owner,
                       count_if(status = 'WON') AS won,
                       count_if(status IN ('WON', 'LOST')) AS closed,
                       percentile(datediff(closed, created), 0.5) FILTER (WHERE status = 'WON') AS median
                FROM deals WHERE closed >= DATE'2017-01-01' AND closed < DATE'2018-01-01'
                GROUP BY owner""").collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));

        Breakdown<String, PipelineMetrics> perOwner = PipelineFrame.of(frame, DealFrames.COLUMNS).by("owner", YEAR);

        assertThat(sql).hasSize(25);
        sql.forEach((owner, row) -> {
            PipelineMetrics m = perOwner.get(owner).orElseThrow();
            assertThat(m.winRate().closedWon().count()).isEqualTo(row.getLong(1));
            assertThat(m.winRate().closedWon().count() + m.winRate().closedLost().count()).isEqualTo(row.getLong(2));
            assertThat(m.salesCycle().won().median().orElseThrow())
                    .isEqualTo(Rational.of(BigDecimal.valueOf(row.getDouble(3))));
        });
    }

    @Test
    void workedExampleWithLabelsDecimalAmountsAndACurrencyColumn() {
        StructType schema = CURRENCY_COLUMN_SCHEMA;
        Dataset<Row> rows = spark.createDataFrame(List.of(
                row("ana", "2024-01-10", "2024-01-20", "Closed Won", "100.50"),
                row("ana", "2024-02-01", "2024-02-21", "Closed Won", "200.00"),
                row("ana", "2023-12-01", "2024-03-01", "Closed Lost", "50.00"),
                row("bob", "2024-03-01", null, "Pipeline", "999.99")), schema);
        PipelineColumns columns = PipelineColumns.builder().created("opened").closeDate("closed").status("stage")
                .statusLabel("Closed Won", DealStatus.WON).statusLabel("Closed Lost", DealStatus.LOST)
                .statusLabel("Pipeline", DealStatus.OPEN)
                .amount("value", AmountUnit.MAJOR).currencyColumn("ccy").build();

        Breakdown<String, PipelineMetrics> byRep = PipelineFrame.of(rows, columns).by("rep", Period.quarter(2024, 1));

        PipelineMetrics ana = byRep.get("ana").orElseThrow();
        assertThat(ana.winRate().byCount().exactValue()).contains(Rational.of(2, 3));
        assertThat(ana.winRate().closedWon().amount()).contains(Money.of("EUR", new BigDecimal("300.50")).toExact());
        assertThat(ana.salesCycle().won().median()).contains(Rational.of(15));   // 10 and 20 days
        assertThat(ana.salesCycle().lost().median()).contains(Rational.of(91));  // 2023-12-01 to 2024-03-01
        assertThat(byRep.get("bob").orElseThrow().velocity().opportunities()).isEqualTo(1);
        assertThat(byRep.total().velocity().wonCycleDays()).isEqualTo(30);
    }

    @Test
    void aRowBreakingARuleOfADealFailsWithItsReason() {
        StructType schema = DealFrames.SCHEMA;
        Dataset<Row> rows = spark.createDataFrame(List.of(
                RowFactory.create("ana", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 5), "WON", 100L),
                RowFactory.create("ana", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 15), "WON", 100L)), schema);

        assertThatThrownBy(() -> PipelineFrame.of(rows, DealFrames.COLUMNS).metrics(YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 rows break a rule of a deal")
                .hasMessageContaining("closeDate must not be before createdDate");
    }

    @Test
    void countedAmountsInTwoCurrenciesInOneGroupFail() {
        StructType schema = CURRENCY_COLUMN_SCHEMA;
        Dataset<Row> rows = spark.createDataFrame(List.of(
                RowFactory.create("ana", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), "WON",
                        new BigDecimal("1.00"), "EUR"),
                RowFactory.create("ana", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), "WON",
                        new BigDecimal("1.00"), "USD")), schema);
        PipelineColumns columns = PipelineColumns.builder().created("opened").closeDate("closed").status("stage")
                .amount("value", AmountUnit.MAJOR).currencyColumn("ccy").build();

        assertThatThrownBy(() -> PipelineFrame.of(rows, columns).by("rep", Period.year(2024)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void aTextDateColumnIsRefusedBeforeAnyJob() {
        Dataset<Row> text = frame.withColumn("created", functions.col("created").cast("string"));

        assertThatThrownBy(() -> PipelineFrame.of(text, DealFrames.COLUMNS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pipeline field created maps to column 'created' of type string, which cannot hold it; "
                        + "it needs a date column (convert text with to_date)");
    }

    private static Row row(String rep, String opened, String closed, String stage, String value) {
        return RowFactory.create(rep, LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed),
                stage, new BigDecimal(value), "EUR");
    }

    private static <R> Map<String, R> part(Breakdown<String, PipelineMetrics> breakdown,
                                           java.util.function.Function<PipelineMetrics, R> part) {
        return breakdown.groups().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> part.apply(e.getValue())));
    }
}
