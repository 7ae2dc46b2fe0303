package io.github.revops.money;

import io.github.revops.math.Rational;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates held in memory, each valid from its date until the next rate of the same pair.
 *
 * <p>The rate on a date is the latest one given on or before it, so a rate table with gaps (weekends) still answers.
 * When only {@code EUR/USD} is given, {@code USD/EUR} is its exact inverse. Before a pair's first rate there is no
 * rate, and {@link #rate} throws {@link MissingExchangeRateException}.
 * <pre>{@code
 * ExchangeRates rates = InMemoryExchangeRates.builder()
 *         .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.08"))
 *         .add("EUR", "USD", LocalDate.of(2026, 2, 1), new BigDecimal("1.10"))
 *         .build();
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryExchangeRates implements ExchangeRates {

    private final Map<String, NavigableMap<LocalDate, Rational>> rates;

    private InMemoryExchangeRates(Map<String, NavigableMap<LocalDate, Rational>> rates) {
        this.rates = rates;
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Rational> find(Currency from, Currency to, LocalDate on) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        if (from.equals(to)) {
            return Optional.of(Rational.ONE);
        }
        Optional<Rational> direct = latest(key(from, to), on);
        if (direct.isPresent()) {
            return direct;
        }
        return latest(key(to, from), on).map(Rational.ONE::divide);
    }

    private Optional<Rational> latest(String key, LocalDate on) {
        NavigableMap<LocalDate, Rational> series = rates.get(key);
        if (series == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, Rational> entry = series.floorEntry(on);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    private static String key(Currency from, Currency to) {
        return from.getCurrencyCode() + '/' + to.getCurrencyCode();
    }

    /**
     * Collects dated rates; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Map<String, NavigableMap<LocalDate, Rational>> rates = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds the rate of a pair from a date on.
         *
         * @param from  the source currency code, not null
         * @param to  the target currency code, not null
         * @param validFrom  the first date the rate applies to, not null
         * @param rate  units of {@code to} per unit of {@code from}, positive
         * @return this builder, never null
         * @throws IllegalArgumentException if the rate is not positive or the pair and date are given twice
         */
        public Builder add(String from, String to, LocalDate validFrom, BigDecimal rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(rate, "rate");
            return add(Money.currency(from), Money.currency(to), validFrom, Rational.of(rate));
        }

        /**
         * Adds the rate of a pair from a date on.
         *
         * @param from  the source currency, not null
         * @param to  the target currency, not null
         * @param validFrom  the first date the rate applies to, not null
         * @param rate  units of {@code to} per unit of {@code from}, positive
         * @return this builder, never null
         * @throws IllegalArgumentException if the rate is not positive or the pair and date are given twice
         */
        public Builder add(Currency from, Currency to, LocalDate validFrom, Rational rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(rate, "rate");
            String key = key(Money.checkCurrency(from), Money.checkCurrency(to));
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rate " + key + " on " + validFrom + " (" + rate + ") must be > 0");
            }
            Rational previous = rates.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(validFrom, rate);
            if (previous != null) {
                throw new IllegalArgumentException("rate " + key + " on " + validFrom + " given twice ("
                        + previous + " and " + rate + ")");
            }
            return this;
        }

        /**
         * Builds the immutable rates.
         *
         * @return the rates, never null
         */
        public InMemoryExchangeRates build() {
            Map<String, NavigableMap<LocalDate, Rational>> copy = new HashMap<>();
            rates.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
            return new InMemoryExchangeRates(java.util.Collections.unmodifiableMap(copy));
        }
    }
}
