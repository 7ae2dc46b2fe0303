/**
 * revops: Revenue Operations metrics, computed exactly.
 *
 * <p>Records ({@link io.github.revops.domain.Deal}, {@link io.github.revops.domain.Subscription}, ...) are validated
 * once, at construction; metrics are immutable results of exact parts that merge with {@code combine()} and say
 * explicitly when they are undefined.
 * <pre>{@code
 * Money price = Money.parse("USD 25.95");
 * Period q3 = Period.quarter(2017, 3);
 * Ratio winRate = Ratio.of(12, 20);   // 12 won of 20 closed: 3/5
 * }</pre>
 */
module io.github.revops {

    exports io.github.revops.math;
    exports io.github.revops.money;
    exports io.github.revops.time;
    exports io.github.revops.domain;
    exports io.github.revops.result;
    exports io.github.revops.pipeline;
    exports io.github.revops.table;
    exports io.github.revops.forecast;
    exports io.github.revops.economics;
    exports io.github.revops.recurring;
    exports io.github.revops.funnel;
    // io.github.revops.internal is deliberately not exported.
}
