package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The contract's per-channel CAC (pipeline-and-economics.json, conventions "cac"): which channels are listed, and
 * where a new customer's channel comes from under each source of new customers.
 */
class CacByChannelRulesTest {

    private static final Currency USD = Money.currency("USD");
    private static final ReportingCurrency USD_REPORTING = ReportingCurrency.of(USD);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    @Test
    void cacByChannelHoldsEveryChannelOfTheSpendOrAmongTheAttributions() {
        // February's spend (lag 1): ads 600.00 and team 200.00. March's new customers: A and B through ads, C organic
        // (no spend at all: the organic channel is free), D unattributed.
        List<Spend> spend = List.of(
                Spend.of("p1", FEB_10, Money.parse("USD 600.00"), SpendCategory.MARKETING, "ads", true),
                Spend.of("p2", FEB_10, Money.parse("USD 200.00"), SpendCategory.SALES, "team", false),
                Spend.of("p3", MARCH_5, Money.parse("USD 999.00"), SpendCategory.MARKETING, "events", true));
        List<Subscription> subscriptions = List.of(monthly("s1", "A"), monthly("s2", "B"), monthly("s3", "C"),
                monthly("s4", "D"));
        EconomicsInput input = EconomicsInput.of(spend, subscriptions)
                .withCustomerChannels(Map.of("A", "ads", "B", "ads", "C", "organic"));

        CacReport cac = CacReport.of(input, Period.month(MARCH), EconomicsOptions.DEFAULTS.withLagMonths(1));

        // events spent in March, outside the spend period, and attracted nobody: not listed
        assertThat(cac.byChannel().groups().keySet()).containsExactly("ads", "organic", "team");
        assertThat(cac.channel("ads")).contains(Cac.of(usd(60_000), 2));
        assertThat(cac.channel("ads").orElseThrow().value()).contains(usd(30_000));
        assertThat(cac.channel("organic").orElseThrow().value()).contains(usd(0));
        assertThat(cac.channel("team").orElseThrow().isDefined()).isFalse();   // spend, no new customer
        assertThat(cac.newCustomersByChannel().get("organic")).containsExactly("C");
        assertThat(cac.unattributed()).containsExactly("D");
        assertThat(cac.blended()).isEqualTo(Cac.of(usd(80_000), 4));
    }

    @Test
    void withDealsTheChannelIsTheSourceOfTheDealThatMadeTheCustomerNew() {
        // X became new through its events deal on 5 March; the caller's map says "partner" for X and Y. Y's first
        // won new-business deal (web, February) made it new before March; its March deal makes nobody new.
        List<Deal> deals = List.of(
                wonDeal("D1", "X", DealType.NEW_BUSINESS, "events", MARCH_5),
                wonDeal("D2", "X", DealType.EXPANSION, "ads", MARCH_5),
                wonDeal("D3", "Y", DealType.NEW_BUSINESS, "web", FEB_10),
                wonDeal("D4", "Y", DealType.NEW_BUSINESS, "ads", MARCH_5));
        List<Subscription> subscriptions = List.of(monthly("s1", "X"));
        EconomicsInput input = EconomicsInput.of(List.of(), subscriptions).withDeals(deals)
                .withCustomerChannels(Map.of("X", "partner", "Y", "partner"));
        EconomicsOptions fromDealsOptions = EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.DEALS);

        CacReport fromDeals = CacReport.of(input, Period.month(MARCH), fromDealsOptions);
        CacReport fromSubscriptions = CacReport.of(input, Period.month(MARCH));

        assertThat(fromDeals.newCustomersByChannel()).containsOnlyKeys("events")
                .containsEntry("events", new TreeSet<>(List.of("X")));
        assertThat(CacReport.of(input, Period.month(2026, 2), fromDealsOptions).newCustomersByChannel())
                .containsOnlyKeys("web");
        // the map serves subscriptions
        assertThat(fromSubscriptions.newCustomersByChannel()).containsOnlyKeys("partner")
                .containsEntry("partner", new TreeSet<>(List.of("X")));
    }

    /** Random spend, subscriptions, deals and channel maps against the rules read straight from the contract. */
    @Test
    void perChannelCacKeysAreTheSpendChannelsAndTheAttributedChannelsWhateverTheInput() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 40), integers().between(0, 2))
                .checkAssert((seed, size, lag) -> {
                    World world = World.random(new Random(seed), size);
                    EconomicsInput input = EconomicsInput.of(world.spend, world.subscriptions).withDeals(world.deals)
                            .withCustomerChannels(world.channels);
                    for (NewCustomerSource source : List.of(NewCustomerSource.SUBSCRIPTIONS, NewCustomerSource.DEALS)) {
                        CacReport actual = CacReport.of(input, Period.month(MARCH),
                                EconomicsOptions.DEFAULTS.withNewCustomers(source).withLagMonths(lag), USD_REPORTING);
                        assertThat(actual.byChannel().groups()).as(source + " lag " + lag)
                                .isEqualTo(world.expectedCacByChannel(source, lag));
                    }
                });
    }

    private static ExactMoney usd(long minor) {
        return ExactMoney.ofMinor(USD, Rational.of(minor));
    }

    private static Subscription monthly(String id, String customer) {
        return Subscription.of(id, customer, Money.parse("USD 50.00"), BillingInterval.MONTH, MARCH_5);
    }

    private static Deal wonDeal(String id, String customer, DealType type, String source, LocalDate closed) {
        return Deal.builder(id).customer(customer).owner("ana").source(source).type(type)
                .amount(Money.parse("USD 10.00")).created(closed.minusDays(3)).won(closed).build();
    }

    /** Records around March 2026 drawn from small pools, so channels and customers repeat. */
    private record World(List<Spend> spend, List<Subscription> subscriptions, List<Deal> deals,
                         Map<String, String> channels) {

        private static final String[] CHANNELS = {"ads", "events", "organic", "partner", "web"};
        private static final LocalDate ORIGIN = LocalDate.of(2025, 12, 1);

        static World random(Random r, int size) {
            List<Spend> spend = new ArrayList<>();
            List<Subscription> subscriptions = new ArrayList<>();
            List<Deal> deals = new ArrayList<>();
            Map<String, String> channels = new HashMap<>();
            for (int i = 0; i < size; i++) {
                LocalDate day = ORIGIN.plusDays(r.nextInt(150));
                String customer = "C" + r.nextInt(12);
                switch (r.nextInt(4)) {
                    case 0 -> spend.add(Spend.of("p" + i, day, Money.ofMinor(USD, r.nextInt(3) == 0 ? 0
                            : r.nextInt(100_000)), SpendCategory.values()[r.nextInt(2)], pick(r), r.nextBoolean()));
                    case 1 -> subscriptions.add(new Subscription("s" + i, customer,
                            Money.ofMinor(USD, r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(10_000)), BillingInterval.MONTH,
                            day, Optional.empty(), r.nextInt(4) == 0, Optional.empty()));
                    case 2 -> {
                        Deal.Builder b = Deal.builder("d" + i).customer(customer).owner("ana").source(pick(r))
                                .type(DealType.values()[r.nextInt(3)]).amount(Money.ofMinor(USD, r.nextInt(1_000)))
                                .created(day.minusDays(r.nextInt(30)));
                        deals.add(switch (r.nextInt(3)) {
                            case 0 -> b.won(day).build();
                            case 1 -> b.lost(day).build();
                            default -> b.open().build();
                        });
                    }
                    default -> channels.put(customer, pick(r));
                }
            }
            return new World(spend, subscriptions, deals, channels);
        }

        private static String pick(Random r) {
            return CHANNELS[r.nextInt(CHANNELS.length)];
        }

        /**
         * The contract's cac_by_channel, computed here without the library: for every channel found in the spend of
         * the spend period or among the new customers' channels, that spend over those customers.
         */
        Map<String, Cac> expectedCacByChannel(NewCustomerSource source, int lag) {
            Period month = Period.month(MARCH);
            Period spendPeriod = Period.month(MARCH.minusMonths(lag));
            Map<String, Long> spent = new TreeMap<>();
            for (Spend s : spend) {
                if (spendPeriod.contains(s.date())) {
                    spent.merge(s.channel(), s.amount().minorUnits(), Long::sum);
                }
            }
            Map<String, Long> customers = new TreeMap<>();
            newCustomerChannels(source, month).forEach(channel -> customers.merge(channel, 1L, Long::sum));
            Map<String, Cac> expected = new TreeMap<>();
            spent.keySet().forEach(channel -> expected.put(channel, null));
            customers.keySet().forEach(channel -> expected.put(channel, null));
            expected.replaceAll((channel, none) -> Cac.of(ExactMoney.ofMinor(USD,
                    Rational.of(spent.getOrDefault(channel, 0L))), customers.getOrDefault(channel, 0L)));
            return expected;
        }

        /** The channel of each attributed customer new in the month (unattributed ones left out). */
        private List<String> newCustomerChannels(NewCustomerSource source, Period month) {
            List<String> out = new ArrayList<>();
            if (source == NewCustomerSource.SUBSCRIPTIONS) {
                Map<String, LocalDate> first = new HashMap<>();
                subscriptions.stream().filter(s -> !s.trial() && s.amount().minorUnits() > 0)
                        .forEach(s -> first.merge(s.customerId(), s.startDate(), (a, b) -> a.isBefore(b) ? a : b));
                first.forEach((customer, start) -> {
                    if (month.contains(start) && channels.containsKey(customer)) {
                        out.add(channels.get(customer));
                    }
                });
                return out;
            }
            Map<String, Deal> first = new HashMap<>();
            Comparator<Deal> earliest = Comparator.comparing((Deal d) -> d.closeDate().orElseThrow())
                    .thenComparing(Deal::id);
            deals.stream().filter(d -> d.isWon() && d.type() == DealType.NEW_BUSINESS)
                    .forEach(d -> first.merge(d.customerId(), d, (a, b) -> earliest.compare(a, b) <= 0 ? a : b));
            first.values().stream().filter(d -> month.contains(d.closeDate().orElseThrow()))
                    .forEach(d -> out.add(d.source()));
            return out;
        }
    }
}
