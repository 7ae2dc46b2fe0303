package io.github.revops.benchmarks;

import io.github.revops.table.DealTable;
import io.github.revops.table.SubscriptionTable;
import org.openjdk.jol.info.GraphLayout;

import java.util.Locale;

/**
 * Measures the retained heap of the synthetic data in each representation with JOL's object graph walk: the revops
 * column tables against a {@code List} of domain records, per deal and per subscription segment.
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar \
 *     io.github.revops.benchmarks.MemoryFootprint 1000000
 * </pre>
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    /**
     * Prints the bytes per row of each representation.
     *
     * @param args  the number of deals (default 1,000,000)
     */
    public static void main(String[] args) {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SyntheticData data = SyntheticData.of(deals);
        System.out.printf(Locale.ROOT, "%,d deals, %,d subscription segments, %,d customers, %,d owners (%s)%n",
                data.dealCount, data.subscriptionCount, data.customerCount, data.ownerCount,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        DealTable dealTable = Fixture.dealTable(data);
        report("DealTable", GraphLayout.parseInstance(dealTable).totalSize(), data.dealCount, "deal");
        report("  its dictionaries", GraphLayout.parseInstance(dealTable.customer().values(),
                dealTable.owner().values(), dealTable.source().values()).totalSize(), data.dealCount, "deal");
        report("List<Deal>", GraphLayout.parseInstance(Fixture.deals(data)).totalSize(), data.dealCount, "deal");
        SubscriptionTable subscriptionTable = Fixture.subscriptionTable(data);
        report("SubscriptionTable", GraphLayout.parseInstance(subscriptionTable).totalSize(),
                data.subscriptionCount, "segment");
        report("  its dictionary", GraphLayout.parseInstance(subscriptionTable.customer().values()).totalSize(),
                data.subscriptionCount, "segment");
        report("List<Subscription>", GraphLayout.parseInstance(Fixture.subscriptions(data)).totalSize(),
                data.subscriptionCount, "segment");
    }

    private static void report(String what, long bytes, int rows, String row) {
        System.out.printf(Locale.ROOT, "%-20s %,15d bytes  %8.1f bytes per %s%n", what, bytes, (double) bytes / rows,
                row);
    }
}
