package io.github.revops.economics;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// INTERIM, to be replaced by the recurring-revenue API (io.github.revops.recurring: MRR snapshots, ARPA and logo
// churn) once it is on main. It implements only what unit economics reads, by the conventions of the
// recurring-revenue vectors: MRR on a date, per customer; ARPA; logo churn under START, EXCLUDE, AT_END_OF_SERVICE.
/** MRR, ARPA and logo churn read from subscriptions, as unit economics needs them. */
final class SubscriptionMrr {

    private final List<Subscription> subscriptions;
    private final java.util.Currency currency;
    private final Optional<ExchangeRates> rates;

    SubscriptionMrr(Collection<Subscription> subscriptions, java.util.Currency currency,
                    Optional<ExchangeRates> rates) {
        this.subscriptions = List.copyOf(subscriptions);
        this.currency = currency;
        this.rates = rates;
    }

    /** Each paying customer's MRR on a date (customers with MRR 0 left out). */
    Map<String, Rational> byCustomer(LocalDate date) {
        Map<String, Rational> out = new HashMap<>();
        for (Subscription s : subscriptions) {
            if (s.countsOn(date)) {
                out.merge(s.customerId(), convert(s.monthlyValue(), date), Rational::add);
            }
        }
        out.values().removeIf(v -> v.signum() <= 0);
        return out;
    }

    ExactMoney mrrOn(LocalDate date) {
        return sum(byCustomer(date).values());
    }

    ExactMoney mrrOn(LocalDate date, Set<String> customers) {
        Map<String, Rational> all = byCustomer(date);
        return sum(customers.stream().map(c -> all.getOrDefault(c, Rational.ZERO)).toList());
    }

    Ratio arpaOn(LocalDate date) {
        Map<String, Rational> all = byCustomer(date);
        return Ratio.of(sum(all.values()).minorUnits(), Rational.of(all.size()));
    }

    /** Customers paying on the day before the period who are not paying on its last day, over the former. */
    Ratio logoChurn(Period period) {
        Set<String> atStart = byCustomer(period.start().minusDays(1)).keySet();
        Set<String> atEnd = byCustomer(period.lastDay()).keySet();
        long churned = atStart.stream().filter(c -> !atEnd.contains(c)).count();
        return Ratio.of(churned, atStart.size());
    }

    private Rational convert(ExactMoney amount, LocalDate date) {
        if (amount.currency().equals(currency) || rates.isEmpty()) {
            return amount.minorUnits();
        }
        return rates.get().convert(amount, currency, date).minorUnits();
    }

    private ExactMoney sum(Collection<Rational> values) {
        Rational total = Rational.ZERO;
        for (Rational v : values) {
            total = total.add(v);
        }
        return ExactMoney.ofMinor(currency, total);
    }
}
