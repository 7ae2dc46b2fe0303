package consumer.spark;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.WinRate;
import io.github.revops.spark.DealAggregators;
import io.github.revops.spark.DealColumns;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.util.Comparator;
import java.util.List;

/**
 * The README's "Apache Spark" example, as a user's job on a local session: the win rate of 2017-Q3 per owner of five
 * deals (Ana won two of three closed in the quarter, Bo lost his one; D-5 is open).
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        System.out.println("== revops-spark consumer on the class path");
        SparkSession spark = SparkSession.builder().appName("revops-spark-consumer").master("local[1]")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
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

            DealColumns columns = DealColumns.builder()
                    .id("id").customer("account").owner("owner").source("source")
                    .amount("amount").currency("USD").created("created").closeDate("closed").status("status")
                    .build();                                    // status holds OPEN, WON or LOST
            Dataset<Deal> deals = columns.map(frame);            // a bad row fails the job with the core's message
            Dataset<Tuple2<String, WinRate>> perOwner = deals
                    .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                    .agg(DealAggregators.winRate(Period.quarter(2017, 3)).toColumn());

            perOwner.collectAsList().stream().sorted(Comparator.comparing(Tuple2::_1))
                    .forEach(t -> System.out.println(t._1() + ": " + t._2().byCount() + " won"));
        } finally {
            spark.stop();
        }
    }
}
