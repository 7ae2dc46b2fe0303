package io.github.revops.spark;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded synthetic subscriptions, a pure function of {@code (seed, index)} like {@link GeneratedDeals}.
 *
 * <p>Customers are {@code tenant-t/C-n} (8 tenants, 6,000 customers, so a customer has several subscriptions that
 * start, change and end around each other); intervals month, quarter, year and week; starts over 2024-2025; about
 * half end (some cancelled first), 5% are trials and 3% are free.
 */
final class GeneratedSubscriptions {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final BillingInterval[] INTERVALS =
            {BillingInterval.MONTH, BillingInterval.QUARTER, BillingInterval.YEAR, BillingInterval.WEEK};

    private GeneratedSubscriptions() {
    }

    static Subscription subscription(long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + index);
        int customer = random.nextInt(6_000);
        LocalDate start = FIRST.plusDays(random.nextInt(2 * 365));
        long cents = random.nextInt(100) < 3 ? 0 : 500 + random.nextLong(200_000);
        Subscription s = Subscription.of("S-" + index, "tenant-" + customer % 8 + "/C-" + customer,
                Money.ofMinor("USD", cents), INTERVALS[random.nextInt(INTERVALS.length)], start);
        if (random.nextBoolean()) {
            LocalDate end = start.plusDays(1 + random.nextInt(400));
            s = s.endingOn(end);
            if (random.nextInt(3) == 0) {
                s = s.cancelledOn(start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1)));
            }
        }
        return random.nextInt(100) < 5 ? s.asTrial() : s;
    }

    static List<Subscription> list(long seed, int count) {
        return LongStream.range(0, count).mapToObj(i -> subscription(seed, i)).toList();
    }

    static Dataset<Subscription> dataset(SparkSession spark, long seed, int count) {
        return spark.range(count)
                .map((MapFunction<Long, Subscription>) i -> subscription(seed, i), RevopsEncoders.subscription());
    }

    static String tenant(String customerId) {
        return customerId.substring(0, customerId.indexOf('/'));
    }
}
