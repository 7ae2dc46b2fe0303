package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One line of the MRR bridge: an amount of MRR (never negative) and the customers behind it, sorted by id.
 *
 * <pre>{@code
 * Movement expansion = bridge.expansion();
 * expansion.mrr();         // exact, in the bridge's currency
 * expansion.customers();   // [ACME, Globex]
 * expansion.count();       // 2
 * }</pre>
 *
 * @param mrr  the amount of MRR that moved, not negative, not null
 * @param customers  the customers, sorted by id without duplicates, not null
 * @since 0.1.0
 */
public record Movement(ExactMoney mrr, List<String> customers) {

    /**
     * Validates the movement.
     *
     * @param mrr  the amount of MRR that moved, not negative, not null
     * @param customers  the customers, sorted by id without duplicates, not null
     * @throws IllegalArgumentException if the amount is negative or the customers are not sorted and distinct
     */
    public Movement {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(mrr, "mrr");
        if (mrr.signum() < 0) {
            throw new IllegalArgumentException("mrr (" + mrr + ") must not be negative");
        }
        customers = SortedIds.copyOf(customers, "customers");
    }

    /**
     * Obtains no movement in a currency.
     *
     * @param currency  the currency, not null
     * @return an empty movement, never null
     */
    public static Movement none(Currency currency) {
        return new Movement(ExactMoney.zero(currency), List.of());
    }

    /**
     * Returns how many customers moved.
     *
     * @return the number of customers
     */
    public int count() {
        return customers.size();
    }

    /**
     * Returns the movement of two disjoint sets of customers: amounts added, customers merged.
     *
     * @param other  the other movement, not null
     * @return the merged movement, never null
     * @throws IllegalArgumentException if a customer is in both
     * @throws io.github.revops.money.CurrencyMismatchException if the currencies differ
     */
    public Movement combine(Movement other) {
        Objects.requireNonNull(other, "other");
        return new Movement(mrr.plus(other.mrr), SortedIds.mergeDisjoint(customers, other.customers, "customers"));
    }
}
