package io.github.revops.spark;

import io.github.revops.math.Rational;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dated exchange rates that Spark can ship to its executors: the core's {@link InMemoryExchangeRates}, rebuilt on
 * each executor from the exact rates given here, so every conversion on Spark is the core's conversion.
 * <pre>{@code
 * Broadcast<SharedExchangeRates> rates = SharedExchangeRates.builder()
 *         .add("EUR", "USD", LocalDate.of(2017, 1, 1), new BigDecimal("1.05"))
 *         .build().broadcast(spark);
 * WinRate inUsd = deals.select(DealAggregators.winRate(Period.year(2017), rates, "USD").toColumn()).first();
 * }</pre>
 * A rate applies from its date until the next rate of the same pair; the inverse pair is used when only it is
 * given, as {@link InMemoryExchangeRates} does. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SharedExchangeRates implements ExchangeRates, Serializable {

    private static final long serialVersionUID = 1L;

    /** The rates as given, in exact parts. */
    private final List<DatedRate> rates;
    /** The core's rates, built from {@link #rates} on first use in each JVM. */
    private transient InMemoryExchangeRates core;

    private SharedExchangeRates(List<DatedRate> rates) {
        this.rates = List.copyOf(rates);
        this.core = build(this.rates);
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the rate of a pair on a date, as the core's {@link InMemoryExchangeRates#find} does.
     *
     * @param from  the currency converted from, not null
     * @param to  the currency converted to, not null
     * @param on  the date, not null
     * @return the rate, empty if none applies
     */
    @Override
    public Optional<Rational> find(Currency from, Currency to, LocalDate on) {
        InMemoryExchangeRates c = core;
        if (c == null) {
            c = build(rates);
            core = c;
        }
        return c.find(from, to, on);
    }

    /**
     * Broadcasts these rates to the executors of a session, once per executor instead of once per task.
     *
     * @param spark  the session, not null
     * @return the broadcast rates, never null
     */
    public Broadcast<SharedExchangeRates> broadcast(SparkSession spark) {
        Objects.requireNonNull(spark, "spark");
        return spark.sparkContext().broadcast(this, scala.reflect.ClassTag$.MODULE$.apply(SharedExchangeRates.class));
    }

    private static InMemoryExchangeRates build(List<DatedRate> rates) {
        InMemoryExchangeRates.Builder builder = InMemoryExchangeRates.builder();
        for (DatedRate r : rates) {
            builder.add(Money.currency(r.from()), Money.currency(r.to()), LocalDate.ofEpochDay(r.validFrom()),
                    Rational.of(r.numerator(), r.denominator()));
        }
        return builder.build();
    }

    /** One rate in exact, serializable parts. */
    private record DatedRate(String from, String to, long validFrom, BigInteger numerator, BigInteger denominator)
            implements Serializable {
    }

    /**
     * Collects dated rates; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final List<DatedRate> rates = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the rate of a pair from a date on.
         *
         * @param from  the ISO code converted from, not null
         * @param to  the ISO code converted to, not null
         * @param validFrom  the first day of the rate, not null
         * @param rate  units of {@code to} per unit of {@code from}, positive, not null
         * @return this builder
         */
        public Builder add(String from, String to, LocalDate validFrom, BigDecimal rate) {
            return add(Money.currency(from), Money.currency(to), validFrom, Rational.of(rate));
        }

        /**
         * Adds the exact rate of a pair from a date on.
         *
         * @param from  the currency converted from, not null
         * @param to  the currency converted to, not null
         * @param validFrom  the first day of the rate, not null
         * @param rate  units of {@code to} per unit of {@code from}, positive, not null
         * @return this builder
         */
        public Builder add(Currency from, Currency to, LocalDate validFrom, Rational rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(rate, "rate");
            rates.add(new DatedRate(from.getCurrencyCode(), to.getCurrencyCode(), validFrom.toEpochDay(),
                    rate.numerator(), rate.denominator()));
            return this;
        }

        /**
         * Builds the rates, checked by the core's builder.
         *
         * @return the rates, never null
         * @throws IllegalArgumentException if a rate is not positive or a pair has two rates on one date
         */
        public SharedExchangeRates build() {
            return new SharedExchangeRates(rates);
        }
    }
}
