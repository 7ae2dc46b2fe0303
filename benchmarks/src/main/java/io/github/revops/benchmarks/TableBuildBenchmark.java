package io.github.revops.benchmarks;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;
import io.github.revops.table.DealTable;
import io.github.revops.table.SubscriptionTable;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Building the column tables from records: {@code DealTable.of} on {@code records} deals, each with a segment
 * attribute ("product", seven values), and {@code SubscriptionTable.of} on {@code records} subscription segments
 * (the first ones of the synthetic data of {@code 4 x records} deals). The cost per record is the score divided by
 * {@code records}. {@code dealTableOneThread} builds the same table with one builder on one thread, the reference for
 * the chunked build of {@code DealTable.of} (docs/decisions/0128). Setup checks that each table holds every record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx14g"})
@State(Scope.Benchmark)
public class TableBuildBenchmark {

    /** The number of records of each kind. */
    @Param({"2000000"})
    public int records;

    List<Deal> deals;
    List<Subscription> subscriptions;

    /** Builds the records and checks that each table keeps all of them. */
    @Setup
    public void setUp() {
        deals = Fixture.deals(SyntheticData.of(records), true);
        subscriptions = Fixture.subscriptions(SyntheticData.of(4 * records)).subList(0, records);
        Answers.same("deal rows", records, dealTable().size());
        Answers.same("deal rows on one thread", records, dealTableOneThread().size());
        Answers.same("product column", 7, dealTable().segment("product").orElseThrow().values().size());
        Answers.same("subscription rows", records, subscriptionTable().size());
    }

    /** The deal table of the records. @return the table */
    @Benchmark
    public DealTable dealTable() {
        return DealTable.of(deals);
    }

    /**
     * The deal table of the records built on the calling thread by one builder, as {@code DealTable.of} did before it
     * built large lists in chunks: the within-run reference for the chunked build. @return the table
     */
    @Benchmark
    public DealTable dealTableOneThread() {
        DealTable.Builder builder = DealTable.builder(deals.get(0).amount().currency());
        for (Deal deal : deals) {
            builder.add(deal);
        }
        UniqueIds.check(deals, Deal::id, "deal");
        return builder.build();
    }

    /** The subscription table of the records. @return the table */
    @Benchmark
    public SubscriptionTable subscriptionTable() {
        return SubscriptionTable.of(subscriptions);
    }
}
