package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Customers grouped by acquisition period, with their logo retention and net MRR retention for each period since
 * acquisition (docs/metrics.md#recurring-revenue-and-retention, "Cohorts").
 *
 * <p>A customer is acquired on its first paying day and belongs to the cohort of the period (month, quarter, fiscal
 * quarter...) containing it, for good: a customer who leaves and returns stays in its first cohort. Column {@code k}
 * of a cohort is read on the last day of the {@code k}-th period after the acquisition period ({@code k = 0}: the
 * acquisition period itself), as long as that day is in the table's range. Columns may be finer than cohorts
 * (quarterly cohorts read at every month end, column 0 at the end of the acquisition quarter). Logo retention is
 * the cohort's customers paying on that day / the cohort's customers; net MRR retention is their MRR on that day /
 * their initial MRR (each customer's MRR on its first paying day), so expansion can lift it above 1.
 * <pre>{@code
 * CohortTable table = CohortTable.of(subscriptions, Period.year(2026), Granularity.MONTH);
 * table.cohorts().get(0).logoRetention(3);     // January's customers still paying at the end of April
 * table.cohorts().get(0).netMrrRetention(3);   // and their MRR against their initial MRR
 * System.out.println(table.format());
 * }</pre>
 *
 * <p>Tables {@link #combine} exactly when their inputs hold disjoint customers; the {@link #collector} is exact on any
 * split.
 *
 * @param range  the acquisition dates covered, and the last day a column may be read on, not null
 * @param cohorts  the cohorts in time order, not null
 * @since 0.1.0
 */
public record CohortTable(Period range, List<Cohort> cohorts) implements Mergeable<CohortTable> {

    /**
     * Validates and copies the table.
     *
     * @param range  the acquisition dates covered, and the last day a column may be read on, not null
     * @param cohorts  the cohorts in time order, not null
     * @throws IllegalArgumentException if the cohorts are not in strict time order
     */
    public CohortTable {
        Objects.requireNonNull(cohorts, "cohorts");
        Objects.requireNonNull(range, "range");
        cohorts = List.copyOf(cohorts);
        for (int i = 1; i < cohorts.size(); i++) {
            if (!cohorts.get(i - 1).acquired().start().isBefore(cohorts.get(i).acquired().start())) {
                throw new IllegalArgumentException("cohorts must be in strict time order: "
                        + cohorts.get(i - 1).acquired() + " before " + cohorts.get(i).acquired());
            }
        }
    }

    /**
     * One acquisition period's customers and their retention, column by column.
     *
     * @param acquired  the acquisition period, not null
     * @param customers  how many customers were acquired in it, not negative
     * @param initialMrr  the sum of their MRR on their first paying days, not null
     * @param cells  column {@code k} at index {@code k}, not null
     * @since 0.1.0
     */
    public record Cohort(Period acquired, long customers, ExactMoney initialMrr, List<Cell> cells) {

        /**
         * Validates and copies the cohort.
         *
         * @param acquired  the acquisition period, not null
         * @param customers  how many customers were acquired in it, not negative
         * @param initialMrr  the sum of their MRR on their first paying days, not null
         * @param cells  column {@code k} at index {@code k}, not null
         * @throws IllegalArgumentException if a count is negative or above the cohort's size
         */
        public Cohort {
            Objects.requireNonNull(cells, "cells");
            Objects.requireNonNull(acquired, "acquired");
            Objects.requireNonNull(initialMrr, "initialMrr");
            cells = List.copyOf(cells);
            for (Cell c : cells) {
                if (c.customers() < 0 || c.customers() > customers) {
                    throw new IllegalArgumentException("cell " + c + " must count 0 to " + customers + " customers");
                }
            }
        }

        /**
         * Returns the logo retention of column {@code k}: customers still paying / customers acquired.
         *
         * @param k  the periods since acquisition, 0 to {@code cells().size() - 1}
         * @return the ratio of customer counts, never null
         * @throws IndexOutOfBoundsException if there is no such column
         */
        public Ratio logoRetention(int k) {
            return Ratio.of(cells.get(k).customers(), customers);
        }

        /**
         * Returns the net MRR retention of column {@code k}: the cohort's MRR then / its initial MRR.
         *
         * @param k  the periods since acquisition, 0 to {@code cells().size() - 1}
         * @return the ratio in minor units, never null
         * @throws IndexOutOfBoundsException if there is no such column
         */
        public Ratio netMrrRetention(int k) {
            return Ratio.of(cells.get(k).mrr().minorUnits(), initialMrr.minorUnits());
        }

        Cohort combine(Cohort other) {
            if (cells.size() != other.cells.size()) {
                throw new IllegalArgumentException("cohorts of " + acquired + " have " + cells.size() + " and "
                        + other.cells.size() + " columns");
            }
            List<Cell> merged = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                Cell a = cells.get(k);
                Cell b = other.cells.get(k);
                merged.add(new Cell(a.period(), Math.addExact(a.customers(), b.customers()), a.mrr().plus(b.mrr())));
            }
            return new Cohort(acquired, Math.addExact(customers, other.customers), initialMrr.plus(other.initialMrr),
                    merged);
        }
    }

    /**
     * One column of a cohort: the period it is read at the end of, the customers paying then and their MRR.
     *
     * @param period  the period whose last day the column is read on, not null
     * @param customers  the cohort's customers paying on that day, not negative
     * @param mrr  their MRR on that day, not null
     * @since 0.1.0
     */
    public record Cell(Period period, long customers, ExactMoney mrr) {

        /**
         * Validates the cell.
         *
         * @param period  the period whose last day the column is read on, not null
         * @param customers  the cohort's customers paying on that day, not negative
         * @param mrr  their MRR on that day, not null
         * @throws NullPointerException if a component is null
         */
        public Cell {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(mrr, "mrr");
        }
    }

    /**
     * Obtains the table of no subscription: the identity of {@link #combine}.
     *
     * @param range  the range, not null
     * @return the empty table, never null
     */
    public static CohortTable empty(Period range) {
        return new CohortTable(range, List.of());
    }

    /**
     * Computes the cohort table of the customers acquired in a range, subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param granularity  the cohort and column periods, such as {@link Granularity#MONTH}, not null
     * @return the table, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static CohortTable of(Collection<Subscription> subscriptions, Period range, Granularity granularity) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        return of(subscriptions, range, granularity, granularity,
                Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the cohort table with cohorts and columns of different granularities (such as quarterly cohorts read
     * at every month end) in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param cohortBy  the cohort periods, such as {@link Granularity#QUARTER}, not null
     * @param columnBy  the column periods, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the table, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static CohortTable of(Collection<Subscription> subscriptions, Period range, Granularity cohortBy,
                                 Granularity columnBy, ReportingCurrency reporting) {
        Objects.requireNonNull(range, "range");
        return Subscriptions.checked(subscriptions).stream().collect(collector(range, cohortBy, columnBy, reporting));
    }

    /**
     * Computes the cohort table per group of customers (a segment, a region...), keys in natural order; the total of
     * the breakdown is {@link #of(Collection, Period, Granularity)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param granularity  the cohort and column periods, such as {@link Granularity#MONTH}, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the table per group, never null
     * @throws IllegalArgumentException if there is no subscription, a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, CohortTable> by(
            Collection<Subscription> subscriptions, Period range, Granularity granularity,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(key, "key");
        Collector<Subscription, ?, CohortTable> metric = collector(range, granularity, granularity,
                Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
        return Subscriptions.by(subscriptions, key, true, group -> group.stream().collect(metric), empty(range));
    }

    /**
     * Returns a collector of the cohort table of a range, cohorts and columns of the same granularity, subscriptions
     * in one currency (the first one's). It is exact on any split and does not check ids.
     *
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param granularity  the cohort and column periods, such as {@link Granularity#MONTH}, not null
     * @return the collector, never null; it throws {@link io.github.revops.money.CurrencyMismatchException} on a
     *         second currency
     */
    public static Collector<Subscription, ?, CohortTable> collector(Period range, Granularity granularity) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        return Collector.of(() -> new Accumulator(range, granularity, granularity, Optional.empty()),
                Accumulator::add, Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector of the cohort table of a range, cohorts and columns of the same granularity.
     *
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param granularity  the cohort and column periods, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, CohortTable> collector(Period range, Granularity granularity,
                                                                    ReportingCurrency reporting) {
        Objects.requireNonNull(granularity, "granularity");
        return collector(range, granularity, granularity, reporting);
    }

    /**
     * Returns a collector of the cohort table of a range, such as quarterly cohorts with monthly columns. Column 0 is
     * the column period containing the last day of the acquisition period.
     *
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param cohortBy  the cohort periods, such as {@link Granularity#QUARTER}, not null
     * @param columnBy  the column periods, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, CohortTable> collector(Period range, Granularity cohortBy,
                                                                    Granularity columnBy,
                                                                    ReportingCurrency reporting) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(cohortBy, "cohortBy");
        Objects.requireNonNull(columnBy, "columnBy");
        Objects.requireNonNull(reporting, "reporting");
        return Collector.of(() -> new Accumulator(range, cohortBy, columnBy, Optional.of(reporting)),
                Accumulator::add, Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the table of two inputs with disjoint customers: cohorts of the same period added cell by cell.
     *
     * @param other  the other table, same range, not null
     * @return the merged table, never null
     * @throws IllegalArgumentException if the ranges differ
     */
    @Override
    public CohortTable combine(CohortTable other) {
        Objects.requireNonNull(other, "other");
        if (!range.equals(other.range)) {
            throw new IllegalArgumentException("cohort tables of " + range + " and " + other.range
                    + " do not combine");
        }
        TreeMap<LocalDate, Cohort> merged = new TreeMap<>();
        for (Cohort c : cohorts) {
            merged.put(c.acquired().start(), c);
        }
        for (Cohort c : other.cohorts) {
            merged.merge(c.acquired().start(), c, Cohort::combine);
        }
        return new CohortTable(range, new ArrayList<>(merged.values()));
    }

    /**
     * Returns the table as text: one line per cohort with its size, then its logo retention and its net MRR
     * retention per column in percent to one decimal (half-even), {@code -} where undefined.
     *
     * @return the text table, never null
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("logo retention (%) by periods since acquisition\n");
        appendBlock(sb, true);
        sb.append("net MRR retention (%) by periods since acquisition\n");
        appendBlock(sb, false);
        return sb.toString();
    }

    private void appendBlock(StringBuilder sb, boolean logo) {
        for (Cohort c : cohorts) {
            sb.append(String.format("%-12s n=%-6d", c.acquired().start(), c.customers()));
            for (int k = 0; k < c.cells().size(); k++) {
                Ratio r = logo ? c.logoRetention(k) : c.netMrrRetention(k);
                String cell = r.isDefined()
                        ? r.exactValue().orElseThrow().multiply(Rational.of(100))
                                .toBigDecimal(1, RoundingMode.HALF_EVEN).toPlainString()
                        : "-";
                sb.append(String.format(" %7s", cell));
            }
            sb.append('\n');
        }
    }

    /** Groups each customer's paying subscriptions, then places the customer in its cohort. */
    private static final class Accumulator {

        private final Period range;
        private final Granularity cohortBy;
        private final Granularity columnBy;
        /** The reporting currency; without one, the first subscription's currency, without rates. */
        private Optional<ReportingCurrency> reporting;
        private final Map<String, List<Subscription>> customers = new HashMap<>();

        Accumulator(Period range, Granularity cohortBy, Granularity columnBy, Optional<ReportingCurrency> reporting) {
            this.range = range;
            this.cohortBy = cohortBy;
            this.columnBy = columnBy;
            this.reporting = reporting;
        }

        void add(Subscription s) {
            if (reporting.isEmpty()) {
                reporting = Optional.of(ReportingCurrency.of(s.amount().currency()));
            }
            SubscriptionAmounts.check(reporting.get(), s);
            if (s.isPaying() && !s.startDate().isAfter(range.lastDay())) {
                customers.computeIfAbsent(s.customerId(), k -> new ArrayList<>(2)).add(s);
            }
        }

        /**
         * Takes another part's customers. Each part checked every amount against its own currency when it took it
         * (the reporting currency, or its first subscription's), including amounts it did not keep, so the parts
         * combine when their currencies do.
         */
        Accumulator addAll(Accumulator other) {
            if (reporting.isEmpty()) {
                reporting = other.reporting;
            } else if (other.reporting.isPresent()) {
                ReportingCurrency in = reporting.get();
                Currency theirs = other.reporting.get().currency();
                if (in.rates().isEmpty() && !theirs.equals(in.currency())) {
                    throw new CurrencyMismatchException(in.currency(), theirs);
                }
            }
            other.customers.forEach((k, v) -> customers.computeIfAbsent(k, x -> new ArrayList<>(v.size())).addAll(v));
            return this;
        }

        CohortTable build() {
            if (customers.isEmpty()) {
                return empty(range);
            }
            Currency currency = reporting.orElseThrow().currency();
            TreeMap<LocalDate, Cohort> cohorts = new TreeMap<>();
            for (List<Subscription> subs : customers.values()) {
                LocalDate first = subs.get(0).startDate();
                for (Subscription s : subs) {
                    first = s.startDate().isBefore(first) ? s.startDate() : first;
                }
                if (!range.contains(first)) {
                    continue;
                }
                Period acquired = cohortBy.periodContaining(first);
                List<Cell> cells = new ArrayList<>();
                for (Period p = columnBy.periodContaining(acquired.lastDay()); !p.lastDay().isAfter(range.lastDay());
                     p = columnBy.periodContaining(p.end())) {
                    Rational mrr = mrrOn(subs, p.lastDay());
                    cells.add(new Cell(p, mrr.signum() > 0 ? 1 : 0, ExactMoney.ofMinor(currency, mrr)));
                }
                Cohort one = new Cohort(acquired, 1, ExactMoney.ofMinor(currency, mrrOn(subs, first)), cells);
                cohorts.merge(acquired.start(), one, Cohort::combine);
            }
            return new CohortTable(range, new ArrayList<>(cohorts.values()));
        }

        private Rational mrrOn(List<Subscription> subs, LocalDate date) {
            MrrSum sum = new MrrSum();
            for (Subscription s : subs) {
                if (s.countsOn(date)) {
                    sum.add(s, reporting.orElseThrow(), date);
                }
            }
            return sum.value();
        }
    }
}
