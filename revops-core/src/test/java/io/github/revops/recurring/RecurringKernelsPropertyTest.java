package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Each recurring kernel, through the record path and the table path, against a plain per-customer reference written
 * here from docs/metrics.md#recurring-revenue-and-retention on epoch days, over the inputs where the record and table
 * paths once differed: segments that start or end on a period boundary or inside one period, zero amounts and trials,
 * cancellations before the start or on the end, one-day periods, ranges before 1970, dates beyond the {@code int} days
 * of a table, and periods that start on {@link LocalDate#MIN} (whose start state, the day before, is not a date).
 */
class RecurringKernelsPropertyTest {

    /** Where the random histories happen: an ordinary year, before the epoch, beyond a table's days, at the start. */
    private static final LocalDate[] ORIGINS = {LocalDate.of(2023, 1, 1), LocalDate.of(1969, 6, 1),
        LocalDate.of(6_000_000, 3, 1), LocalDate.MIN};
    private static final BillingInterval[] INTERVALS = {BillingInterval.MONTH, BillingInterval.QUARTER,
        BillingInterval.YEAR, BillingInterval.WEEK, BillingInterval.everyMonths(5)};

    @Test
    void recordsAndTablesEqualThePlainReference() {
        qt().withExamples(80).forAll(longs().all(), integers().between(0, ORIGINS.length - 1),
                integers().between(1, 25)).checkAssert((seed, origin, customers) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    LocalDate from = ORIGINS[origin];
                    List<Subscription> subs = histories(random, from, customers);
                    Period range = Period.of(from, from.plusMonths(4));
                    Period odd = Period.of(from.plusDays(random.nextInt(60)),
                            from.plusDays(61 + random.nextInt(60)));
                    Period day = Period.day(from.plusDays(random.nextInt(90)));
                    boolean table = from.toEpochDay() > Integer.MIN_VALUE && from.plusYears(1).toEpochDay()
                            < Integer.MAX_VALUE;
                    Optional<SubscriptionTable> t = table ? Optional.of(SubscriptionTable.of(subs)) : Optional.empty();
                    if (!table && !subs.isEmpty()) {
                        assertThatThrownBy(() -> SubscriptionTable.of(subs)).isInstanceOf(ArithmeticException.class);
                    }
                    for (Granularity g : List.of(Granularity.MONTH, Granularity.QUARTER)) {
                        checkSeries(subs, t, range, g);
                    }
                    for (Period p : List.of(odd, day, range)) {
                        checkPeriod(subs, t, p);
                    }
                    // sorted by customer, the records stream into the kernels without columns: the same answers
                    List<Subscription> sorted = subs.stream().sorted(Comparator.comparing(Subscription::customerId))
                            .toList();
                    assertThat(MrrBridge.series(sorted, range, Granularity.MONTH))
                            .isEqualTo(MrrBridge.series(subs, range, Granularity.MONTH));
                    assertThat(MrrSnapshot.series(sorted, range, Granularity.MONTH))
                            .isEqualTo(MrrSnapshot.series(subs, range, Granularity.MONTH));
                    assertThat(MrrTotal.series(sorted, range, Granularity.MONTH))
                            .isEqualTo(MrrTotal.series(subs, range, Granularity.MONTH));
                    for (ChurnPolicy policy : ChurnPolicy.all()) {
                        assertThat(LogoChurn.series(sorted, range, Granularity.MONTH, policy))
                                .isEqualTo(LogoChurn.series(subs, range, Granularity.MONTH, policy));
                    }
                });
    }

    private static void checkSeries(List<Subscription> subs, Optional<SubscriptionTable> t, Period range,
                                    Granularity g) {
        List<Period> periods = range.split(g);
        TimeSeries<MrrTotal> totals = MrrTotal.series(subs, range, g);
        TimeSeries<MrrBridge> bridges = MrrBridge.series(subs, range, g);
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            assertThat(totals.values().get(i).mrr().minorUnits()).as("total at the end of " + p)
                    .isEqualTo(Plain.total(subs, p.lastDay().toEpochDay()));
            Plain.assertBridge(bridges.values().get(i), subs, p);
        }
        for (ChurnPolicy policy : ChurnPolicy.all()) {
            TimeSeries<LogoChurn> churn = LogoChurn.series(subs, range, g, policy);
            for (int i = 0; i < periods.size(); i++) {
                Plain.assertChurn(churn.values().get(i), subs, periods.get(i), policy);
            }
            t.ifPresent(table -> assertThat(LogoChurn.series(table, range, g, policy)).isEqualTo(churn));
        }
        assertThat(MrrSnapshot.series(subs, range, g).values()).extracting(MrrSnapshot::mrr)
                .isEqualTo(totals.values().stream().map(MrrTotal::mrr).toList());
        t.ifPresent(table -> {
            assertThat(MrrTotal.series(table, range, g)).isEqualTo(totals);
            assertThat(MrrBridge.series(table, range, g)).isEqualTo(bridges);
            assertThat(MrrSnapshot.series(table, range, g)).isEqualTo(MrrSnapshot.series(subs, range, g));
        });
    }

    private static void checkPeriod(List<Subscription> subs, Optional<SubscriptionTable> t, Period p) {
        MrrBridge bridge = MrrBridge.of(subs, p);
        Plain.assertBridge(bridge, subs, p);
        MrrSnapshot snapshot = MrrSnapshot.of(subs, p.lastDay());
        Map<String, Rational> byCustomer = Plain.byCustomer(subs, p.lastDay().toEpochDay());
        assertThat(snapshot.byCustomer().keySet()).isEqualTo(byCustomer.keySet());
        byCustomer.forEach((c, mrr) -> assertThat(snapshot.customerMrr(c).minorUnits()).as(c).isEqualTo(mrr));
        assertThat(MrrTotal.of(subs, p.lastDay()).mrr()).isEqualTo(snapshot.mrr());
        assertThat(subs.stream().collect(MrrBridge.collector(p))).isEqualTo(bridge);
        for (ChurnPolicy policy : ChurnPolicy.all()) {
            LogoChurn churn = LogoChurn.of(subs, p, policy);
            Plain.assertChurn(churn, subs, p, policy);
            assertThat(subs.stream().collect(LogoChurn.collector(p, policy))).isEqualTo(churn);
            t.ifPresent(table -> assertThat(LogoChurn.of(table, p, policy)).isEqualTo(churn));
        }
        t.ifPresent(table -> {
            assertThat(MrrBridge.of(table, p)).isEqualTo(bridge);
            assertThat(MrrSnapshot.of(table, p.lastDay())).isEqualTo(snapshot);
            assertThat(MrrTotal.of(table, p.lastDay())).isEqualTo(MrrTotal.of(subs, p.lastDay()));
        });
    }

    /**
     * Short histories that start near the origin, so that many segments start or end on a period's first or last
     * day: zero amounts, trials, gaps, overlaps, cancellations anywhere up to the end (before the start too).
     */
    private static List<Subscription> histories(SplittableRandom random, LocalDate origin, int customers) {
        List<Subscription> subs = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String customer = "K-" + random.nextInt(customers * 2);
            LocalDate start = origin.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(100));
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                long amount = random.nextInt(6) == 0 ? 0 : 100 * (1 + random.nextInt(500));
                Optional<LocalDate> end = random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(start.plusDays(1 + random.nextInt(random.nextBoolean() ? 3 : 80)));
                long back = Math.min(random.nextInt(10), end.map(e -> e.toEpochDay() - LocalDate.MIN.toEpochDay())
                        .orElse(0L));
                Optional<LocalDate> cancelled = end.isPresent() && random.nextInt(3) == 0
                        ? Optional.of(random.nextInt(4) == 0 ? start : end.get().minusDays(back)) : Optional.empty();
                subs.add(new Subscription("S-" + subs.size(), customer, Money.ofMinor("USD", amount),
                        INTERVALS[random.nextInt(INTERVALS.length)], start, end, random.nextInt(8) == 0, cancelled));
                if (end.isEmpty()) {
                    break;
                }
                start = end.get().plusDays(random.nextInt(3) == 0 ? random.nextInt(40) : 0);
            }
        }
        return subs;
    }

    /** The reference: docs/metrics.md#recurring-revenue-and-retention on epoch days, customer by customer, nothing
     * shared with the kernels. */
    private static final class Plain {

        static Map<String, List<Subscription>> customers(List<Subscription> subs) {
            Map<String, List<Subscription>> byCustomer = new TreeMap<>();
            subs.forEach(s -> byCustomer.computeIfAbsent(s.customerId(), k -> new ArrayList<>()).add(s));
            return byCustomer;
        }

        /** A customer's MRR on an epoch day (possibly the day before {@link LocalDate#MIN}). */
        static Rational mrr(List<Subscription> subs, long day) {
            Rational sum = Rational.ZERO;
            for (Subscription s : subs) {
                long start = s.startDate().toEpochDay();
                boolean ended = s.endDate().isPresent() && s.endDate().get().toEpochDay() <= day;
                if (s.isPaying() && start <= day && !ended) {
                    sum = sum.add(s.monthlyValue().minorUnits());
                }
            }
            return sum;
        }

        static Rational total(List<Subscription> subs, long day) {
            return mrr(subs, day);
        }

        static Map<String, Rational> byCustomer(List<Subscription> subs, long day) {
            Map<String, Rational> result = new TreeMap<>();
            customers(subs).forEach((c, list) -> result.put(c, mrr(list, day)));
            return result;
        }

        static void assertBridge(MrrBridge bridge, List<Subscription> subs, Period p) {
            long before = p.start().toEpochDay() - 1;
            long last = p.lastDay().toEpochDay();
            Map<MovementType, Rational> amounts = new TreeMap<>();
            Map<MovementType, List<String>> who = new TreeMap<>();
            long atStart = 0;
            customers(subs).forEach((c, list) -> {
                Rational b = mrr(list, before);
                Rational a = mrr(list, last);
                boolean paidBefore = list.stream().anyMatch(s -> s.isPaying() && s.startDate().isBefore(p.start()));
                MovementType type = null;
                if (b.signum() == 0 && a.signum() > 0) {
                    type = paidBefore ? MovementType.REACTIVATION : MovementType.NEW;
                } else if (b.signum() > 0 && a.signum() == 0) {
                    type = MovementType.CHURN;
                } else if (b.signum() > 0 && a.compareTo(b) != 0) {
                    type = a.compareTo(b) > 0 ? MovementType.EXPANSION : MovementType.CONTRACTION;
                }
                if (type != null) {
                    amounts.merge(type, a.subtract(b).abs(), Rational::add);
                    who.computeIfAbsent(type, k -> new ArrayList<>()).add(c);
                }
            });
            for (List<Subscription> list : customers(subs).values()) {
                atStart += mrr(list, before).signum() > 0 ? 1 : 0;
            }
            assertThat(bridge.startMrr().minorUnits()).as("start MRR of " + p).isEqualTo(total(subs, before));
            assertThat(bridge.endMrr().minorUnits()).as("end MRR of " + p).isEqualTo(total(subs, last));
            assertThat(bridge.customersAtStart()).as("customers at the start of " + p).isEqualTo(atStart);
            for (MovementType t : MovementType.values()) {
                assertThat(bridge.movement(t).mrr().minorUnits()).as(t + " in " + p)
                        .isEqualTo(amounts.getOrDefault(t, Rational.ZERO));
                assertThat(bridge.movement(t).customers()).as(t + " customers in " + p)
                        .isEqualTo(who.getOrDefault(t, List.of()));
            }
        }

        static void assertChurn(LogoChurn churn, List<Subscription> subs, Period p, ChurnPolicy policy) {
            long first = p.start().toEpochDay();
            long last = p.lastDay().toEpochDay();
            long atStart = 0;
            long stayed = 0;
            List<String> churned = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (Map.Entry<String, List<Subscription>> e : customers(subs).entrySet()) {
                boolean start = false;
                boolean end = false;
                boolean during = false;
                for (Subscription s : e.getValue()) {
                    if (!s.isPaying()) {
                        continue;
                    }
                    long from = s.startDate().toEpochDay();
                    long stop = s.endDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
                    if (policy.recognition() == ChurnRecognition.AT_CANCELLATION && s.cancellationDate().isPresent()) {
                        stop = Math.min(stop, s.cancellationDate().get().toEpochDay());
                    }
                    start |= from <= first - 1 && first - 1 < stop;
                    end |= from <= last && last < stop;
                    during |= Math.max(from, first) < Math.min(stop, last + 1);
                }
                if (start) {
                    atStart++;
                    if (!end) {
                        churned.add(e.getKey());
                    }
                } else if (during) {
                    if (end) {
                        stayed++;
                    } else {
                        left.add(e.getKey());
                    }
                }
            }
            assertThat(churn.customersAtStart()).as("at the start of " + p + " " + policy).isEqualTo(atStart);
            assertThat(churn.churned()).as("churned in " + p + " " + policy).isEqualTo(churned);
            assertThat(churn.joinersStayed()).as("joiners who stayed in " + p + " " + policy).isEqualTo(stayed);
            assertThat(churn.joinersLeft()).as("joiners who left in " + p + " " + policy).isEqualTo(left);
        }
    }
}
