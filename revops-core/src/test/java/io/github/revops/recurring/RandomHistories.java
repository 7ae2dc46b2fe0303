package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Random subscription histories for property tests: six customers over 2023-2025 with upgrades and downgrades (a plan
 * replaced on its end date), churn then return (a gap), add-ons (overlapping plans, one of several ending), trials,
 * free plans, every billing interval and cancellation dates; optionally in EUR, GBP and USD.
 */
final class RandomHistories {

    static final LocalDate BASE = LocalDate.of(2023, 6, 1);
    private static final BillingInterval[] INTERVALS = {BillingInterval.MONTH, BillingInterval.QUARTER,
        BillingInterval.YEAR, BillingInterval.WEEK, BillingInterval.DAY, BillingInterval.everyMonths(7),
        BillingInterval.everyMonths(6)};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};

    /** EUR/USD and GBP/USD from 2023-01-01, a new rate on the first of every month. */
    static final ExchangeRates RATES = rates();

    private RandomHistories() {
    }

    /** Specs of up to 30 subscriptions, eight random numbers each. */
    static Gen<List<int[]>> specs() {
        return lists().of(Generate.intArrays(Generate.constant(8), integers().between(0, 999_999)))
                .ofSizeBetween(0, 30);
    }

    /** A fixed sample of specs, from a seed. */
    static List<int[]> sample(long seed, int size) {
        java.util.Random random = new java.util.Random(seed);
        List<int[]> specs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            specs.add(random.ints(8, 0, 1_000_000).toArray());
        }
        return specs;
    }

    static List<Subscription> build(List<int[]> specs, boolean mixedCurrencies) {
        return build(specs, mixedCurrencies, 6);
    }

    static List<Subscription> build(List<int[]> specs, boolean mixedCurrencies, int customers) {
        List<Subscription> subs = new ArrayList<>();
        Map<String, Subscription> last = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            int[] v = specs.get(i);
            String customer = "c" + v[0] % customers;
            long amount = v[2] % 5 == 0 ? 0 : v[2] % 50_000;
            BillingInterval interval = INTERVALS[v[3] % INTERVALS.length];
            Subscription previous = last.get(customer);
            LocalDate start = BASE.plusDays(v[4] % 900);
            int mode = v[1] % 4;
            if (previous != null && previous.endDate().isPresent() && mode == 1) {
                start = previous.endDate().get();                                   // upgrade or downgrade
            } else if (previous != null && previous.endDate().isPresent() && mode == 2) {
                start = previous.endDate().get().plusDays(1 + v[4] % 90);            // churn, then return
            } else if (previous != null && mode == 3) {
                start = previous.startDate().plusDays(v[4] % 40);                     // an add-on
            }
            Optional<LocalDate> end = v[5] % 3 == 0 ? Optional.empty()
                    : Optional.of(start.plusDays(1 + v[5] % 400));
            Optional<LocalDate> cancelled = end.isPresent() && v[7] % 3 == 0
                    ? Optional.of(start.plusDays(v[7] % (end.get().toEpochDay() - start.toEpochDay() + 1)))
                    : Optional.empty();
            String currency = !mixedCurrencies ? "USD" : customer.equals("c5") ? CURRENCIES[v[7] % 3]
                    : customer.equals("c4") ? "EUR" : customer.equals("c3") ? "GBP" : "USD";
            Subscription s = new Subscription("s" + i, customer, Money.ofMinor(currency, amount), interval, start,
                    end, v[6] % 10 == 0, cancelled);
            subs.add(s);
            last.put(customer, s);
        }
        return subs;
    }

    private static ExchangeRates rates() {
        InMemoryExchangeRates.Builder b = InMemoryExchangeRates.builder();
        LocalDate month = LocalDate.of(2023, 1, 1);
        for (int k = 0; k < 60; k++, month = month.plusMonths(1)) {
            b.add("EUR", "USD", month, BigDecimal.valueOf(90 + (k * 37) % 41, 2).add(BigDecimal.valueOf(20, 2)));
            b.add("GBP", "USD", month, BigDecimal.valueOf(110 + (k * 53) % 47, 2).add(BigDecimal.valueOf(5, 3)));
        }
        return b.build();
    }
}
