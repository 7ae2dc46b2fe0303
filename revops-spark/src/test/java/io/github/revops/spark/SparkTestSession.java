package io.github.revops.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] SparkSession of the test JVM, shared by every test class (Surefire runs them in one fork).
 *
 * <p>Starting Spark costs seconds, so the session is created on first use and never stopped by a test: Spark's own
 * shutdown hook stops it when the JVM exits. Shuffles use 4 partitions (Spark's default of 200 would make every
 * small aggregation schedule 200 tasks on 2 cores) and the web UI is off.
 */
final class SparkTestSession {

    private SparkTestSession() {
    }

    /**
     * Returns the shared session, creating it on first use.
     *
     * @return the session, never null
     */
    static SparkSession get() {
        return Holder.SESSION;
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder()
                .appName("revops-spark-tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
