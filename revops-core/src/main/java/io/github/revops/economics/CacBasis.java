package io.github.revops.economics;

/**
 * Which spend CAC divides by the new customers (docs/metrics.md, "Customer acquisition cost (CAC)").
 * <pre>{@code
 * report.cac(CacBasis.PAID).ratio();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CacBasis {

    /** All sales and marketing spend: salaries, tools, programmes and paid acquisition (the default). */
    BLENDED,

    /** Only spend marked as paid acquisition, over all new customers however they were acquired. */
    PAID
}
