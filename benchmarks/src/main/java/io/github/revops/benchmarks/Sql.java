package io.github.revops.benchmarks;

/**
 * The DuckDB side: the anchor's fastest ("rewritten") SQL for each metric, with the window and month constants of
 * the data set. Pipeline velocity counts as opportunities the deals open at the period's end (created before it, not
 * closed before it), as revops defines it, where the anchor counted the deals open today; the cost is the same.
 */
final class Sql {

    private static final int FROM = DuckDb.Months.WINDOW_START;
    private static final int TO = DuckDb.Months.WINDOW_END;
    private static final String IN_WINDOW = "closed_day >= " + FROM + " AND closed_day < " + TO;

    /** (a) win rate by count and by value, closed in the window. */
    static final String WIN_RATE = "SELECT count(*) FILTER (WHERE stage = 1)::DOUBLE / count(*) AS win_rate_count,"
            + " sum(amount_cents) FILTER (WHERE stage = 1)::DOUBLE / sum(amount_cents) AS win_rate_value"
            + " FROM deals WHERE stage IN (1, 2) AND " + IN_WINDOW;

    /** (b) mean and median sales cycle, won in the window. */
    static final String SALES_CYCLE = "SELECT avg(closed_day - created_day) AS mean_cycle_days,"
            + " median(closed_day - created_day) AS median_cycle_days"
            + " FROM deals WHERE stage = 1 AND " + IN_WINDOW;

    /** (c) pipeline velocity per owner. */
    static final String VELOCITY = "SELECT owner_id, open_opps, avg_won_cents, win_rate, avg_cycle_days,"
            + " open_opps * avg_won_cents * win_rate / avg_cycle_days AS velocity_cents_per_day FROM ("
            + " SELECT owner_id,"
            + " count(*) FILTER (WHERE created_day < " + TO + " AND (stage = 0 OR closed_day >= " + TO + "))"
            + " AS open_opps,"
            + " avg(amount_cents) FILTER (WHERE stage = 1 AND " + IN_WINDOW + ") AS avg_won_cents,"
            + " count(*) FILTER (WHERE stage = 1 AND " + IN_WINDOW + ")::DOUBLE"
            + " / nullif(count(*) FILTER (WHERE stage IN (1, 2) AND " + IN_WINDOW + "), 0) AS win_rate,"
            + " avg(closed_day - created_day) FILTER (WHERE stage = 1 AND " + IN_WINDOW + ") AS avg_cycle_days"
            + " FROM deals GROUP BY owner_id) ORDER BY owner_id";

    /** (d2) ARR at each month end: event deltas and a running sum. */
    static final String ARR = "WITH ev AS ("
            + " SELECT start_day AS day, mrr_cents AS delta FROM subs"
            + " UNION ALL SELECT end_day, -mrr_cents FROM subs WHERE end_day <> -1"
            + "), b AS ("
            + " SELECT greatest(-1, (year(dt) - 2022) * 12 + month(dt) - 1) AS idx, sum(delta) AS delta"
            + " FROM (SELECT DATE '1970-01-01' + day AS dt, delta FROM ev) GROUP BY 1"
            + "), r AS ("
            + " SELECT m.idx, m.d, sum(coalesce(b.delta, 0)) OVER (ORDER BY m.idx) AS mrr"
            + " FROM month_ends m LEFT JOIN b ON b.idx = m.idx"
            + ") SELECT idx, d AS month_end_day, mrr * 12 AS arr_cents FROM r WHERE idx >= 0 ORDER BY idx";

    /** (e2) the MRR bridge per month: per-customer change events and a window running sum. */
    static final String BRIDGE = "WITH ev AS ("
            + " SELECT customer_id, start_day AS day, mrr_cents AS delta FROM subs"
            + " UNION ALL SELECT customer_id, end_day, -mrr_cents FROM subs WHERE end_day <> -1"
            + "), cm AS ("
            + " SELECT customer_id, greatest(-1, (year(dt) - 2022) * 12 + month(dt) - 1) AS idx,"
            + " sum(delta)::BIGINT AS delta"
            + " FROM (SELECT customer_id, DATE '1970-01-01' + day AS dt, delta FROM ev) GROUP BY ALL"
            + "), r AS ("
            + " SELECT idx, delta, sum(delta) OVER w AS cur, row_number() OVER w = 1 AS first_month FROM cm"
            + " WINDOW w AS (PARTITION BY customer_id ORDER BY idx)"
            + ") SELECT idx,"
            + " sum(CASE WHEN cur = delta AND cur > 0 AND first_month THEN cur ELSE 0 END) AS new_mrr,"
            + " sum(CASE WHEN cur - delta > 0 AND delta > 0 THEN delta ELSE 0 END) AS expansion_mrr,"
            + " sum(CASE WHEN cur = delta AND cur > 0 AND NOT first_month THEN cur ELSE 0 END) AS reactivation_mrr,"
            + " sum(CASE WHEN cur - delta > 0 AND cur > 0 AND delta < 0 THEN -delta ELSE 0 END) AS contraction_mrr,"
            + " sum(CASE WHEN cur - delta > 0 AND cur = 0 THEN -delta ELSE 0 END) AS churned_mrr"
            + " FROM r WHERE idx BETWEEN 0 AND 35 GROUP BY idx ORDER BY idx";

    /** (f2) monthly logo churn: a per-customer activity bit mask, grouped by mask. */
    static final String LOGO_CHURN = "WITH seg AS ("
            + " SELECT customer_id,"
            + " least(37, greatest(0, (year(sd) - 2022) * 12 + month(sd))) AS a,"
            + " CASE WHEN end_day = -1 THEN 37"
            + " ELSE least(37, greatest(0, (year(ed) - 2022) * 12 + month(ed))) END AS b"
            + " FROM (SELECT customer_id, end_day, DATE '1970-01-01' + start_day AS sd,"
            + " DATE '1970-01-01' + end_day AS ed FROM subs)"
            + "), cust AS ("
            + " SELECT bit_or(CASE WHEN a < b THEN (1::BIGINT << b) - (1::BIGINT << a) ELSE 0 END) AS mask"
            + " FROM seg GROUP BY customer_id"
            + "), masks AS (SELECT mask, count(*) AS customers FROM cust GROUP BY mask"
            + "), m AS ("
            + " SELECT me.idx,"
            + " sum(customers) FILTER (WHERE ((mask >> me.idx) & 1) = 1) AS logos,"
            + " coalesce(sum(customers) FILTER (WHERE ((mask >> me.idx) & 3) = 1), 0) AS churned"
            + " FROM masks, month_ends me WHERE me.idx BETWEEN 0 AND 35 GROUP BY me.idx"
            + ") SELECT idx, logos AS logos_at_prev_month_end, churned AS churned_logos,"
            + " churned::DOUBLE / logos AS logo_churn_rate FROM m WHERE logos > 0 ORDER BY idx";

    private Sql() {
    }
}
