package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.recurring.Renewals;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Apache Spark" examples, compiled and run, and shown in the README verbatim. */
class ReadmeSparkExampleTest {

    @Test
    void winRatePerOwnerOnADataFrame() {
        SparkSession spark = SparkTestSession.get();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("account", DataTypes.StringType)
                .add("owner", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("amount", DataTypes.StringType).add("created", DataTypes.StringType)
                .add("closed", DataTypes.StringType).add("status", DataTypes.StringType);
        Dataset<Row> frame = spark.createDataFrame(List.of(
                RowFactory.create("D-1", "ACME", "Ana", "Inbound", "1200.00", "2017-06-01", "2017-07-10", "WON"),
                RowFactory.create("D-2", "Initech", "Ana", "Inbound", "800.00", "2017-06-15", "2017-08-01", "LOST"),
                RowFactory.create("D-3", "Hooli", "Ana", "Event", "500.00", "2017-07-01", "2017-09-30", "WON"),
                RowFactory.create("D-4", "ACME", "Bo", "Partner", "300.00", "2017-07-01", "2017-08-20", "LOST"),
                RowFactory.create("D-5", "Umbrella", "Bo", "Inbound", "900.00", "2017-08-01", null, "OPEN")),
                schema);

        // README example start
        DealColumns columns = DealColumns.builder()
                .id("id").customer("account").owner("owner").source("source")
                .amount("amount").currency("USD").created("created").closeDate("closed").status("status")
                .build();                                    // status holds OPEN, WON or LOST
        Dataset<Deal> deals = columns.map(frame);            // a bad row fails the job with the core's message
        Dataset<Tuple2<String, WinRate>> perOwner = deals
                .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.winRate(Period.quarter(2017, 3)).toColumn());
        // README example end

        Map<String, Ratio> byCount = perOwner.collectAsList().stream()
                .collect(Collectors.toMap(Tuple2::_1, t -> t._2().byCount()));
        // Q3 2017 closes: Ana won D-1 and D-3 and lost D-2; Bo lost D-4.
        assertThat(byCount).isEqualTo(Map.of("Ana", Ratio.of(2, 3), "Bo", Ratio.of(0, 1)));
    }

    @Test
    void pipelineMetricsOnDataFrameColumns() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> frame = spark.createDataFrame(List.of(
                RowFactory.create("Ana", LocalDate.of(2017, 6, 1), LocalDate.of(2017, 7, 10), "WON", 120_000L),
                RowFactory.create("Ana", LocalDate.of(2017, 6, 15), LocalDate.of(2017, 8, 1), "LOST", 80_000L),
                RowFactory.create("Ana", LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30), "WON", 50_000L),
                RowFactory.create("Bo", LocalDate.of(2017, 8, 1), null, "OPEN", 90_000L)), DealFrames.SCHEMA);

        // README frame example start
        PipelineColumns columns = PipelineColumns.builder()
                .created("created").closeDate("closed").status("status")
                .amount("amount", AmountUnit.MINOR).currency("USD")            // amounts in cents
                .build();
        Breakdown<String, PipelineMetrics> perOwner = PipelineFrame.of(frame, columns).by("owner", Period.year(2017));
        PipelineMetrics ana = perOwner.get("Ana").orElseThrow();
        Optional<Rational> median = ana.salesCycle().won().median();            // exact: 65 days (39 and 91)
        // README frame example end

        assertThat(median).contains(Rational.of(65));
        assertThat(ana.winRate().byCount()).isEqualTo(Ratio.of(2, 3));
        assertThat(perOwner.get("Bo").orElseThrow().velocity().opportunities()).isEqualTo(1);
    }

    @Test
    void exchangeRatesStageConversionAndRenewals() {
        SparkSession spark = SparkTestSession.get();
        List<Deal> list = List.of(
                Deal.builder("D-1").customer("ACME").owner("Ana").source("Inbound")
                        .amount(Money.parse("EUR 1000.00")).created(LocalDate.of(2017, 3, 1))
                        .stage("Prospect", LocalDate.of(2017, 3, 1)).stage("Qualify", LocalDate.of(2017, 3, 20))
                        .won(LocalDate.of(2017, 4, 2)).build(),
                Deal.builder("D-2").customer("Hooli").owner("Ana").source("Event")
                        .amount(Money.parse("USD 500.00")).created(LocalDate.of(2017, 5, 1))
                        .stage("Prospect", LocalDate.of(2017, 5, 1)).lost(LocalDate.of(2017, 6, 1)).build());
        Dataset<Deal> deals = spark.createDataset(list, RevopsEncoders.deal());
        List<Subscription> subs = GeneratedSubscriptions.list(3, 2_000);
        Dataset<Subscription> subscriptions = spark.createDataset(subs, RevopsEncoders.subscription());

        // README rates example start
        Broadcast<SharedExchangeRates> rates = SharedExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2017, 1, 1), new BigDecimal("1.05"))
                .build().broadcast(spark);
        WinRate inUsd = deals.select(DealAggregators.winRate(Period.year(2017), rates, "USD").toColumn()).first();
        StageConversion funnel = deals.select(DealAggregators.stageConversion(List.of("Prospect", "Qualify"),
                Period.year(2017), LocalDate.of(2017, 12, 31)).toColumn()).first();
        Renewals q2 = CustomerMetrics.renewals(subscriptions, Period.quarter(2025, 2), 14, "USD");
        // README rates example end

        assertThat(inUsd.byValue()).isEqualTo(Ratio.of(105_000, 155_000)); // EUR 1,000.00 is USD 1,050.00
        assertThat(inUsd).isEqualTo(WinRate.of(list, Period.year(2017), ReportingCurrency.of(Money.currency("USD"),
                InMemoryExchangeRates.builder().add("EUR", "USD", LocalDate.of(2017, 1, 1), new BigDecimal("1.05"))
                        .build())));
        assertThat(funnel.stages().get(0).reached()).isEqualTo(2);
        assertThat(funnel.stages().get(0).advanced()).isEqualTo(1);
        assertThat(q2).isEqualTo(RecurringRevenue.of(subs).renewals(Period.quarter(2025, 2), 14));
    }

    @Test
    void theReadmeShowsTheseExamplesVerbatim() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.split("## Apache Spark", 2)[1].split("\n## ", 2)[0];
        String test = Files.readString(Path.of("src", "test", "java", "io", "github", "revops", "spark",
                "ReadmeSparkExampleTest.java"), StandardCharsets.UTF_8);
        List<String> blocks = List.of(section.split("```java")).subList(1, section.split("```java").length);
        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            assertThat(block.substring(0, block.indexOf("```")).strip().lines())
                    .allSatisfy(line -> assertThat(test).contains(line.strip()));
        }
    }
}
