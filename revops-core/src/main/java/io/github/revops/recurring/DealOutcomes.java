package io.github.revops.recurring;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The deals of one type closed in a period, won and lost, with their values: the deal-based view of renewals
 * (RENEWAL deals, METRICS.md 8) and upsells (EXPANSION deals, METRICS.md 9).
 *
 * <p>A deal counts when it has the type and its close date is in the period; open deals are left out. The win rate
 * is won / (won + lost), by count or by value, undefined when nothing closed. Values are converted to the reporting
 * currency at the rate of each deal's close date.
 * <pre>{@code
 * DealOutcomes upsells = deals.stream().collect(DealOutcomes.collector(Period.quarter(2026, 1),
 *         DealType.EXPANSION, ReportingCurrency.of(Money.currency("USD"))));
 * upsells.won();          // how many EXPANSION deals were won
 * upsells.wonValue();     // and their value
 * upsells.winRate();      // won / (won + lost)
 * }</pre>
 *
 * @param period  the period of the close dates, not null
 * @param type  the deal type counted, not null
 * @param currency  the currency of the values, not null
 * @param won  how many deals were won, not negative
 * @param lost  how many deals were lost, not negative
 * @param wonValue  the value of the won deals, not null
 * @param lostValue  the value of the lost deals, not null
 * @since 0.1.0
 */
public record DealOutcomes(Period period, DealType type, Currency currency, long won, long lost,
                           ExactMoney wonValue, ExactMoney lostValue) implements Mergeable<DealOutcomes> {

    /**
     * Validates the result.
     *
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @param currency  the currency of the values, not null
     * @param won  how many deals were won, not negative
     * @param lost  how many deals were lost, not negative
     * @param wonValue  the value of the won deals, not null
     * @param lostValue  the value of the lost deals, not null
     * @throws IllegalArgumentException if a count is negative or a value is in another currency
     */
    public DealOutcomes {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        if (won < 0 || lost < 0 || !wonValue.currency().equals(currency) || !lostValue.currency().equals(currency)) {
            throw new IllegalArgumentException("won (" + won + ") and lost (" + lost + ") must not be negative and"
                    + " the values (" + wonValue + ", " + lostValue + ") in " + currency);
        }
    }

    /**
     * Obtains the outcome of no deal: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param type  the deal type, not null
     * @param currency  the currency, not null
     * @return the empty result, never null
     */
    public static DealOutcomes empty(Period period, DealType type, Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new DealOutcomes(period, type, currency, 0, 0, zero, zero);
    }

    /**
     * Returns a collector of the deals of a type closed in a period.
     *
     * @param period  the period, not null
     * @param type  the deal type, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, DealOutcomes> collector(Period period, DealType type,
                                                             ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reporting, "reporting");
        return Collector.of(() -> new Accumulator(period, type, reporting), Accumulator::add, Accumulator::addAll,
                Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the win rate by count: won / (won + lost), undefined when nothing closed.
     *
     * @return the ratio of deal counts, never null
     */
    public Ratio winRate() {
        return Ratio.of(won, Math.addExact(won, lost));
    }

    /**
     * Returns the win rate by value: won value / (won value + lost value), undefined when nothing of value closed.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio valueWinRate() {
        return Ratio.of(wonValue.minorUnits(), wonValue.plus(lostValue).minorUnits());
    }

    /**
     * Returns the outcome of both inputs: counts and values added.
     *
     * @param other  the other result, same period, type and currency, not null
     * @return the merged result, never null
     * @throws IllegalArgumentException if the period, type or currency differ
     */
    @Override
    public DealOutcomes combine(DealOutcomes other) {
        if (!period.equals(other.period) || type != other.type || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("outcomes of " + type + " " + period + " and " + other.type + " "
                    + other.period + " do not combine");
        }
        return new DealOutcomes(period, type, currency, Math.addExact(won, other.won),
                Math.addExact(lost, other.lost), wonValue.plus(other.wonValue), lostValue.plus(other.lostValue));
    }

    /** Counts deals without allocating per deal in the reporting currency. */
    private static final class Accumulator {

        private final Period period;
        private final DealType type;
        private final ReportingCurrency reporting;
        private long won;
        private long lost;
        private long wonMinor;
        private long lostMinor;
        private Rational wonConverted = Rational.ZERO;
        private Rational lostConverted = Rational.ZERO;

        Accumulator(Period period, DealType type, ReportingCurrency reporting) {
            this.period = period;
            this.type = type;
            this.reporting = reporting;
        }

        void add(Deal deal) {
            if (deal.type() != type || deal.isOpen() || !period.contains(deal.closeDate().orElseThrow())) {
                return;
            }
            boolean same = deal.amount().currency().equals(reporting.currency());
            long minor = same ? deal.amount().minorUnits() : 0;
            Rational converted = same ? Rational.ZERO
                    : reporting.convert(deal.amount(), deal.closeDate().get()).minorUnits();
            if (deal.isWon()) {
                won = Math.addExact(won, 1);
                wonMinor = Math.addExact(wonMinor, minor);
                wonConverted = same ? wonConverted : wonConverted.add(converted);
            } else {
                lost = Math.addExact(lost, 1);
                lostMinor = Math.addExact(lostMinor, minor);
                lostConverted = same ? lostConverted : lostConverted.add(converted);
            }
        }

        Accumulator addAll(Accumulator o) {
            won = Math.addExact(won, o.won);
            lost = Math.addExact(lost, o.lost);
            wonMinor = Math.addExact(wonMinor, o.wonMinor);
            lostMinor = Math.addExact(lostMinor, o.lostMinor);
            wonConverted = wonConverted.add(o.wonConverted);
            lostConverted = lostConverted.add(o.lostConverted);
            return this;
        }

        DealOutcomes build() {
            Currency c = reporting.currency();
            return new DealOutcomes(period, type, c, won, lost,
                    ExactMoney.ofMinor(c, Rational.of(wonMinor).add(wonConverted)),
                    ExactMoney.ofMinor(c, Rational.of(lostMinor).add(lostConverted)));
        }
    }
}
