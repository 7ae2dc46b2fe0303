package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.money.Money;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded synthetic deals: deal {@code i} of seed {@code s} is a pure function of {@code (s, i)}, so Spark can make
 * them on its executors ({@code range(n).map(...)}) and the test JVM can make the same list for the core.
 *
 * <p>About 20% open, 45% won, 35% lost; created over 2016-2018; cycles of 0 to 239 days; amounts up to USD 50,000.00
 * in cents; 25 owners, 5 sources, 3 types, 4 regions and 8 tenants (segment attributes), 20,000 customers.
 */
final class GeneratedDeals {

    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final String[] SOURCES = {"Inbound", "Outbound", "Partner", "Event", "Referral"};
    private static final String[] REGIONS = {"North", "South", "East", "West"};

    private GeneratedDeals() {
    }

    static Deal deal(long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        LocalDate created = FIRST.plusDays(random.nextInt(3 * 365));
        Deal.Builder builder = Deal.builder("G-" + index)
                .customer("C-" + random.nextInt(20_000))
                .owner("rep-" + random.nextInt(25))
                .source(SOURCES[random.nextInt(SOURCES.length)])
                .type(DealType.values()[random.nextInt(DealType.values().length)])
                .amount(Money.ofMinor("USD", random.nextLong(5_000_000)))
                .created(created)
                .segment("region", REGIONS[random.nextInt(REGIONS.length)])
                .segment("tenant", "tenant-" + random.nextInt(8));
        int outcome = random.nextInt(100);
        LocalDate closed = created.plusDays(random.nextInt(240));
        if (outcome < 20) {
            builder.open();
        } else if (outcome < 65) {
            builder.won(closed);
        } else {
            builder.lost(closed);
        }
        return builder.build();
    }

    static List<Deal> list(long seed, int count) {
        return LongStream.range(0, count).mapToObj(i -> deal(seed, i)).toList();
    }

    static Dataset<Deal> dataset(SparkSession spark, long seed, int count) {
        return spark.range(count).map((MapFunction<Long, Deal>) i -> deal(seed, i), RevopsEncoders.deal());
    }
}
