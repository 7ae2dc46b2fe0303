package io.github.revops.domain;

/**
 * Whether a sales-and-marketing cost is a sales or a marketing cost.
 *
 * @since 0.1.0
 */
public enum SpendCategory {
    /** Sales cost: salaries, commissions, tools of the sales team. */
    SALES,
    /** Marketing cost: campaigns, ads, events, content. */
    MARKETING
}
