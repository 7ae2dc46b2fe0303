package io.github.revops.economics;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.Checks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records unit economics read: sales and marketing spend, subscriptions (MRR, ARPA, churn and, by default, the
 * new customers), deals (the new customers under {@link NewCustomerSource#DEALS}), the acquisition channel of
 * customers acquired through subscriptions, and new customers given explicitly
 * ({@link NewCustomerSource#EXPLICIT}).
 *
 * <p>Every metric of the family takes this input, a period and its {@link EconomicsOptions}
 * ({@link UnitEconomics}, {@link CacReport}, {@link CacPayback}, {@link FormulaLtv}, {@link LtvToCac},
 * {@link MagicNumber}, {@link CohortLtv}); docs/decisions/0113 explains why one input holds two kinds of records.
 * <pre>{@code
 * EconomicsInput input = EconomicsInput.of(spend, subscriptions)
 *         .withCustomerChannels(Map.of("ACME", "Paid search"));
 * CacReport q1 = CacReport.of(input, Period.quarter(2026, 1));
 * }</pre>
 *
 * @param spend  the sales and marketing spend, ids unique, not null
 * @param subscriptions  the subscriptions, ids unique, not null
 * @param deals  the deals, ids unique, not null
 * @param customerChannels  customer id to acquisition channel, for new customers from subscriptions, not null
 * @param acquisitions  the new customers given explicitly, for {@link NewCustomerSource#EXPLICIT}, not null
 * @since 0.1.0
 */
public record EconomicsInput(List<Spend> spend, List<Subscription> subscriptions, List<Deal> deals,
                             Map<String, String> customerChannels, Acquisitions acquisitions) {

    /**
     * Validates and copies the records.
     *
     * @param spend  the sales and marketing spend, ids unique, not null
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param deals  the deals, ids unique, not null
     * @param customerChannels  customer id to acquisition channel, for new customers from subscriptions, not null
     * @param acquisitions  the new customers given explicitly, for {@link NewCustomerSource#EXPLICIT}, not null
     * @throws InvalidRecordException if two records of one type share an id
     * @throws IllegalArgumentException if a customer id or a channel is blank
     * @throws NullPointerException if a list, a record, an id or a channel is null
     */
    public EconomicsInput {
        spend = List.copyOf(Objects.requireNonNull(spend, "spend"));
        subscriptions = List.copyOf(Objects.requireNonNull(subscriptions, "subscriptions"));
        deals = List.copyOf(Objects.requireNonNull(deals, "deals"));
        Objects.requireNonNull(customerChannels, "customerChannels");
        UniqueIds.check(spend, Spend::id, "spend");
        UniqueIds.check(subscriptions, Subscription::id, "subscription");
        UniqueIds.check(deals, Deal::id, "deal");
        Map<String, String> channels = new HashMap<>();
        customerChannels.forEach((customer, channel) -> channels.put(Checks.notBlank("customerId", customer),
                Checks.notBlank("channel", channel)));
        customerChannels = Map.copyOf(channels);
        Objects.requireNonNull(acquisitions, "acquisitions");
    }

    /**
     * Obtains the input of spend and subscriptions, without deals or channels.
     *
     * @param spend  the spend, ids unique, not null
     * @param subscriptions  the subscriptions, ids unique, not null
     * @return the input, never null
     * @throws InvalidRecordException if two records of one type share an id
     */
    public static EconomicsInput of(Collection<Spend> spend, Collection<Subscription> subscriptions) {
        return new EconomicsInput(List.copyOf(spend), List.copyOf(subscriptions), List.of(), Map.of(),
                Acquisitions.of(List.of()));
    }

    /**
     * Returns a copy with deals: they give the new customers under {@link NewCustomerSource#DEALS}, with the source
     * of the deal that made each customer new as its channel.
     *
     * @param deals  the deals, ids unique, not null
     * @return the input with these deals, never null
     * @throws InvalidRecordException if two deals share an id
     */
    public EconomicsInput withDeals(Collection<Deal> deals) {
        return new EconomicsInput(spend, subscriptions, List.copyOf(deals), customerChannels, acquisitions);
    }

    /**
     * Returns a copy with the acquisition channel of customers whose new customers come from subscriptions
     * ({@link NewCustomerSource#SUBSCRIPTIONS}); a customer not in the map is unattributed. Under
     * {@link NewCustomerSource#DEALS} the channel is the source of the deal that made the customer new and this map
     * plays no part.
     *
     * @param channels  customer id to channel, not null
     * @return the input with these channels, never null
     * @throws IllegalArgumentException if a customer id or a channel is blank
     */
    public EconomicsInput withCustomerChannels(Map<String, String> channels) {
        return new EconomicsInput(spend, subscriptions, deals, channels, acquisitions);
    }

    /**
     * Returns a copy with new customers given explicitly: under {@link NewCustomerSource#EXPLICIT} they are the new
     * customers, each with its date and channel, whatever the subscriptions and deals say.
     *
     * @param newCustomers  the acquisitions, not null
     * @return the input with these acquisitions, never null
     */
    public EconomicsInput withAcquisitions(Acquisitions newCustomers) {
        return new EconomicsInput(spend, subscriptions, deals, customerChannels, newCustomers);
    }

    /**
     * Returns the new customers the way a source finds them, with their channels.
     *
     * @param source  where new customers come from, not null
     * @return the acquisitions, never null
     */
    public Acquisitions newCustomers(NewCustomerSource source) {
        return switch (Objects.requireNonNull(source, "source")) {
            case SUBSCRIPTIONS -> Acquisitions.fromSubscriptions(subscriptions).withChannels(customerChannels);
            case DEALS -> Acquisitions.fromDeals(deals);
            case EXPLICIT -> acquisitions;
        };
    }
}
