package io.github.revops.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The benchmarks' deterministic data set: deals and subscription segments as primitive columns, generated from one
 * seed with the distributions of the performance issue. Every representation a benchmark times (the revops tables,
 * the domain records, the DuckDB tables, the hand-written loop's arrays) is built from these columns.
 *
 * <p>Deals: {@code owners = deals / 2000}, owner {@code floor(owners * u^2)}; 8 sources; type 50/30/20 new business,
 * renewal, expansion; status 25/30/45 open, won, lost; amount log-normal with median 15,000.00 and sigma 1.0; cycle
 * log-normal with median 45 days and sigma 0.8, rounded and clamped to [1, 730]; created dates uniform over the three
 * years 2022-2024; {@code deals / 10} customers, uniform. Subscriptions: the same {@code deals / 10} customers, each
 * with 1 to 6 consecutive segments (weights 32/26/18/11/8/5 %, mean 2.52), the first starting uniformly in 2022-2024;
 * segment durations log-normal with median 240 days (sigma 0.5, not given by the issue); a segment is followed at
 * once with a price change (85 %, factor log-normal sigma 0.1 around +2 %) or after a gap of 30 to 364 days (15 %, a
 * fresh price); MRR log-normal with median 1,250.00 (sigma 0.8, not given by the issue); the last segment of half of
 * the customers is left open-ended. Every segment bills monthly, so its MRR is a whole number of cents.
 */
final class SyntheticData {

    /** Epoch day of 2022-01-01, the first created date and the first month of every series. */
    static final int FIRST_DAY = (int) LocalDate.of(2022, 1, 1).toEpochDay();
    /** Epoch day of 2025-01-01, the end of the three years. */
    static final int END_DAY = (int) LocalDate.of(2025, 1, 1).toEpochDay();
    /** Close day of an open deal in the arrays. */
    static final int OPEN = -1;
    /** End day of an open-ended segment in the arrays. */
    static final int NO_END = -1;

    static final byte NEW_BUSINESS = 0;
    static final byte WON = 1;
    static final byte LOST = 2;
    static final byte STATUS_OPEN = 0;

    private static final long SEED = 20_261_127L;
    private static final double[] SEGMENT_WEIGHTS = {0.32, 0.26, 0.18, 0.11, 0.08, 0.05};

    final int dealCount;
    final int ownerCount;
    final int customerCount;
    final int sourceCount = 8;
    final int[] dealCustomer;
    final int[] owner;
    final byte[] source;
    final byte[] type;
    /** 0 open, 1 won, 2 lost (the DuckDB anchor's stage codes). */
    final byte[] status;
    final int[] created;
    final int[] closed;
    final long[] amount;

    final int subscriptionCount;
    /** Segments are generated customer by customer, so this column is sorted. */
    final int[] subCustomer;
    final int[] start;
    final int[] end;
    final long[] mrr;

    private SyntheticData(int deals) {
        SplittableRandom random = new SplittableRandom(SEED);
        dealCount = deals;
        ownerCount = Math.max(1, deals / 2000);
        customerCount = Math.max(1, deals / 10);
        dealCustomer = new int[deals];
        owner = new int[deals];
        source = new byte[deals];
        type = new byte[deals];
        status = new byte[deals];
        created = new int[deals];
        closed = new int[deals];
        amount = new long[deals];
        int days = END_DAY - FIRST_DAY;
        for (int i = 0; i < deals; i++) {
            double u = random.nextDouble();
            owner[i] = (int) Math.floor(ownerCount * u * u);
            source[i] = (byte) random.nextInt(sourceCount);
            double t = random.nextDouble();
            type[i] = (byte) (t < 0.5 ? 0 : t < 0.8 ? 1 : 2);
            double s = random.nextDouble();
            status[i] = (byte) (s < 0.25 ? STATUS_OPEN : s < 0.55 ? WON : LOST);
            amount[i] = Math.round(1_500_000 * Math.exp(gaussian(random)));
            int cycle = (int) Math.max(1, Math.min(730, Math.round(45 * Math.exp(0.8 * gaussian(random)))));
            created[i] = FIRST_DAY + random.nextInt(days);
            closed[i] = status[i] == STATUS_OPEN ? OPEN : created[i] + cycle;
            dealCustomer[i] = random.nextInt(customerCount);
        }
        int capacity = customerCount * 3;
        int[] sc = new int[capacity];
        int[] ss = new int[capacity];
        int[] se = new int[capacity];
        long[] sm = new long[capacity];
        int n = 0;
        for (int c = 0; c < customerCount; c++) {
            int segments = segments(random.nextDouble());
            int from = FIRST_DAY + random.nextInt(days);
            long price = Math.round(125_000 * Math.exp(0.8 * gaussian(random)));
            boolean openEnded = random.nextBoolean();
            for (int k = 0; k < segments; k++) {
                int duration = (int) Math.max(1, Math.round(240 * Math.exp(0.5 * gaussian(random))));
                if (n == sc.length) {
                    int grown = sc.length + sc.length / 2;
                    sc = java.util.Arrays.copyOf(sc, grown);
                    ss = java.util.Arrays.copyOf(ss, grown);
                    se = java.util.Arrays.copyOf(se, grown);
                    sm = java.util.Arrays.copyOf(sm, grown);
                }
                boolean last = k == segments - 1;
                sc[n] = c;
                ss[n] = from;
                se[n] = last && openEnded ? NO_END : from + duration;
                sm[n] = Math.max(1, price);
                n++;
                if (random.nextDouble() < 0.85) {
                    from += duration;
                    price = Math.round(price * Math.exp(0.02 + 0.1 * gaussian(random)));
                } else {
                    from += duration + 30 + random.nextInt(335);
                    price = Math.round(125_000 * Math.exp(0.8 * gaussian(random)));
                }
            }
        }
        subscriptionCount = n;
        subCustomer = java.util.Arrays.copyOf(sc, n);
        start = java.util.Arrays.copyOf(ss, n);
        end = java.util.Arrays.copyOf(se, n);
        mrr = java.util.Arrays.copyOf(sm, n);
    }

    private static SyntheticData cached;

    /**
     * Returns the data set of a number of deals, generated once per JVM.
     *
     * @param deals  the number of deals
     * @return the data set
     */
    static synchronized SyntheticData of(int deals) {
        if (cached == null || cached.dealCount != deals) {
            cached = null;
            cached = new SyntheticData(deals);
        }
        return cached;
    }

    /** Customer ids: fixed width, so text order is number order. */
    static String customerId(int customer) {
        return "C" + pad(customer, 8);
    }

    static String ownerName(int owner) {
        return "rep-" + pad(owner, 5);
    }

    static String sourceName(int source) {
        return "source-" + source;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static int segments(double u) {
        double cumulative = 0;
        for (int k = 0; k < SEGMENT_WEIGHTS.length; k++) {
            cumulative += SEGMENT_WEIGHTS[k];
            if (u < cumulative) {
                return k + 1;
            }
        }
        return SEGMENT_WEIGHTS.length;
    }

    /** A standard normal draw (Box-Muller, one of the pair), deterministic for a seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
