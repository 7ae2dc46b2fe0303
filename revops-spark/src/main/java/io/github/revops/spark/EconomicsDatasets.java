package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.EconomicsInput;
import org.apache.spark.sql.Dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The records of unit economics on Spark, as the core's {@link EconomicsInput} holds them in one JVM: sales and
 * marketing spend, subscriptions, deals (for new customers from deals), and each customer's acquisition channel
 * (for new customers from subscriptions).
 * <pre>{@code
 * EconomicsDatasets input = EconomicsDatasets.of(spend, subscriptions).withCustomerChannels(channels);
 * CacPayback march = EconomicsMetrics.cacPayback(input, Period.month(2026, 3), EconomicsOptions.DEFAULTS, "USD");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EconomicsDatasets {

    private final Dataset<Spend> spend;
    private final Dataset<Subscription> subscriptions;
    private final Dataset<Deal> deals;
    private final Map<String, String> customerChannels;

    private EconomicsDatasets(Dataset<Spend> spend, Dataset<Subscription> subscriptions, Dataset<Deal> deals,
                              Map<String, String> customerChannels) {
        this.spend = spend;
        this.subscriptions = subscriptions;
        this.deals = deals;
        this.customerChannels = customerChannels;
    }

    /**
     * Obtains the input of spend and subscriptions, with no deals and no customer channels.
     *
     * @param spend  the spend ({@link RevopsEncoders#spend()}), not null
     * @param subscriptions  the subscriptions, not null
     * @return the input, never null
     */
    public static EconomicsDatasets of(Dataset<Spend> spend, Dataset<Subscription> subscriptions) {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(subscriptions, "subscriptions");
        return new EconomicsDatasets(spend, subscriptions,
                subscriptions.sparkSession().emptyDataset(RevopsEncoders.deal()), Map.of());
    }

    /**
     * Returns this input with deals, the source of new customers under
     * {@link io.github.revops.economics.NewCustomerSource#DEALS}.
     *
     * @param deals  the deals, not null
     * @return a new input, never null
     */
    public EconomicsDatasets withDeals(Dataset<Deal> deals) {
        return new EconomicsDatasets(spend, subscriptions, Objects.requireNonNull(deals, "deals"), customerChannels);
    }

    /**
     * Returns this input with each customer's acquisition channel, read under
     * {@link io.github.revops.economics.NewCustomerSource#SUBSCRIPTIONS} (a map the driver holds and Spark ships to
     * the tasks).
     *
     * @param channels  customer id to channel, not null
     * @return a new input, never null
     */
    public EconomicsDatasets withCustomerChannels(Map<String, String> channels) {
        return new EconomicsDatasets(spend, subscriptions, deals,
                Map.copyOf(Objects.requireNonNull(channels, "channels")));
    }

    Dataset<Spend> spend() {
        return spend;
    }

    Dataset<Subscription> subscriptions() {
        return subscriptions;
    }

    Dataset<Deal> deals() {
        return deals;
    }

    /** The channels as a map Spark can serialize. */
    HashMap<String, String> customerChannels() {
        return new HashMap<>(customerChannels);
    }
}
