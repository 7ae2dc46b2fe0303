package io.github.revops.spark;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.pipeline.DealTally;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.DayHistogram;
import org.apache.spark.sql.Row;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the rows of parts that {@link PipelineFrame}'s aggregation returns into the core's results, on the driver.
 *
 * <p>A row is one cell {@code ([key], [currency], cycle)} with its counts and minor-unit sums: the deals won or lost
 * in the period at those cycle days ({@code cycle} is the days of a deal won in the period, {@code -1 - days} of one
 * lost in the period, null for a deal not closed in it; the currency is a key only without a fixed currency), and,
 * over every deal of the cell, those created in the period (all, won, lost), the opportunities open at the period's
 * end, and the rows that break a rule.
 */
final class PipelineParts {

    private final boolean keyed;
    /** The one currency of every row, or empty when the rows carry theirs. */
    private final Optional<String> fixedCurrency;
    private final Map<String, Group> groups = new HashMap<>();
    private long brokenRows;

    PipelineParts(boolean keyed, Optional<String> fixedCurrency) {
        this.keyed = keyed;
        this.fixedCurrency = fixedCurrency;
    }

    /** Adds one row of parts. */
    void add(Row row) {
        int at = 0;
        String key = keyed ? row.getString(at++) : "";
        String code = fixedCurrency.isPresent() ? fixedCurrency.get() : row.getString(at++);
        boolean closed = !row.isNullAt(at);
        int cycle = closed ? row.getInt(at) : 0;
        boolean wonOutcome = closed && cycle >= 0;
        int days = wonOutcome ? cycle : -1 - cycle;
        at++;
        long deals = row.getLong(at++);
        Object closedSum = row.get(at++);
        brokenRows = Math.addExact(brokenRows, row.getLong(at + 7));
        if (row.getLong(at + 7) > 0) {
            return; // the rules are reported before any result is made
        }
        Group group = groups.computeIfAbsent(key, k -> new Group());
        Currency currency = Money.currency(code);
        group.created = group.created.combine(tally(row.getLong(at), row.get(at + 1), currency));
        group.createdWon = group.createdWon.combine(tally(row.getLong(at + 2), row.get(at + 3), currency));
        group.createdLost = group.createdLost.combine(tally(row.getLong(at + 4), row.get(at + 5), currency));
        group.opportunities = Math.addExact(group.opportunities, row.getLong(at + 6));
        if (wonOutcome) {
            group.won = group.won.combine(tally(deals, closedSum, currency));
            group.wonDays.add(days, deals);
            group.wonCycleDays = Math.addExact(group.wonCycleDays, Math.multiplyExact((long) days, deals));
        } else if (closed) {
            group.lost = group.lost.combine(tally(deals, closedSum, currency));
            group.lostDays.add(days, deals);
        }
    }

    private static DealTally tally(long count, Object minorUnits, Currency currency) {
        if (count == 0) {
            return DealTally.EMPTY;
        }
        if (minorUnits == null) {
            throw new ArithmeticException("the sum of " + count + " amounts in " + currency.getCurrencyCode()
                    + " overflows a long of minor units");
        }
        return DealTally.of(count, ExactMoney.ofMinor(currency, Rational.of((Long) minorUnits)));
    }

    /** The number of rows that break a rule of a deal. */
    long brokenRows() {
        return brokenRows;
    }

    /** The core's results of each key (one key, the empty text, when not keyed). */
    Map<String, PipelineMetrics> results() {
        Map<String, PipelineMetrics> results = new HashMap<>();
        groups.forEach((key, g) -> results.put(key, new PipelineMetrics(
                new WinRate(g.won, g.lost, g.createdWon, g.createdLost, g.created),
                new SalesCycle(g.wonDays.build(), g.lostDays.build()),
                new PipelineVelocity(g.opportunities, g.won, g.lost, g.wonCycleDays))));
        return results;
    }

    /** The parts of one key so far. */
    private static final class Group {
        private DealTally won = DealTally.EMPTY;
        private DealTally lost = DealTally.EMPTY;
        private DealTally created = DealTally.EMPTY;
        private DealTally createdWon = DealTally.EMPTY;
        private DealTally createdLost = DealTally.EMPTY;
        private long opportunities;
        private long wonCycleDays;
        private final DayHistogram.Builder wonDays = DayHistogram.builder();
        private final DayHistogram.Builder lostDays = DayHistogram.builder();
    }
}
