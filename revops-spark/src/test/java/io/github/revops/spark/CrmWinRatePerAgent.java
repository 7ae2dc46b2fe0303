package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.WinRate;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The example job: reads the CRM opportunities CSV into a DataFrame, maps it to deals (rows without a created date
 * are rejected with the core's message) and prints the 2017 win rate of each sales agent.
 *
 * <p>Run it (after {@code ./mvnw -B -q -pl revops-spark -am test-compile}) with the command in the README's
 * "Apache Spark" section; an argument names another file of the same columns.
 */
public final class CrmWinRatePerAgent {

    private CrmWinRatePerAgent() {
    }

    /**
     * Runs the job on local[2], or on the master spark-submit gives.
     *
     * @param args  optionally the path of a sales_pipeline.csv
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : CrmDeals.file();
        SparkSession spark = SparkSession.builder().appName("revops CRM win rate per agent")
                .master(System.getProperty("spark.master", "local[2]"))
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            run(spark, file, System.out);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads the file, prints the rejected rows' count and first message, then each agent's 2017 win rate.
     *
     * @param spark  the session
     * @param file  the CSV file
     * @param out  where to print
     */
    static void run(SparkSession spark, Path file, PrintStream out) {
        MappedRecords<Deal> mapped = CrmDeals.COLUMNS.map(CrmDeals.frame(spark, file), InvalidRowPolicy.COLLECT);
        Row firstRejected = mapped.rejected().first();
        out.printf("rejected %d rows, such as: %s%n", mapped.rejected().count(),
                firstRejected.getString(firstRejected.fieldIndex(MappedRecords.REJECTION)));
        out.printf("%-20s %5s %6s %8s%n", "sales agent", "won", "closed", "win rate");
        for (Tuple2<String, WinRate> agent : winRatePerAgent(mapped.records(), Period.year(2017))) {
            WinRate rate = agent._2();
            out.printf("%-20s %5d %6d %8s%n", agent._1(), rate.closedWon().count(),
                    rate.closedWon().count() + rate.closedLost().count(),
                    rate.byCount().toBigDecimal(4, RoundingMode.HALF_EVEN));
        }
    }

    /**
     * Computes the win rate of each owner in a period, sorted by owner.
     *
     * @param deals  the deals
     * @param period  the period
     * @return each owner with its win rate
     */
    static List<Tuple2<String, WinRate>> winRatePerAgent(Dataset<Deal> deals, Period period) {
        return deals.groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.winRate(period).toColumn())
                .collectAsList().stream()
                .sorted(Comparator.comparing(Tuple2::_1))
                .toList();
    }
}
