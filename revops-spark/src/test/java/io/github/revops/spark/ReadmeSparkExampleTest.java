package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Apache Spark" example, compiled and run. */
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
}
