package io.github.revops.economics;

import io.github.revops.internal.OneCurrency;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules of unit economics, written once: every public entry point of the family ({@link CacReport},
 * {@link CacPayback}, {@link MagicNumber}, {@link FormulaLtv}, {@link LtvToCac}, {@link CohortLtv},
 * {@link UnitEconomics}) builds one ledger for its call and asks it for a period.
 *
 * <p>A period of the MRR-based figures is whole calendar months, and its parts are the sums of its months' parts
 * (docs/decisions/0115): new MRR is each month's new customers' MRR on that month's last day; ARPA is the MRR of each
 * month's last day over the paying customers of that day, summed over the months; the churn LTV divides by is the
 * mean of the monthly logo churn rates of every month a month of the period looks back on. MRR and churn come from
 * the recurring-revenue family ({@link RecurringRevenue}), never a second implementation; each month-end snapshot and
 * each month's churn is read once per ledger.
 *
 * <p>Not thread-safe (it fills its month caches as it is asked); it lives for one call.
 */
final class EconomicsLedger {

    private final EconomicsInput input;
    private final EconomicsOptions options;
    private final ReportingCurrency reporting;
    /** The new customers, read on first use (null until then). */
    private Acquisitions acquisitions;
    /** The subscriptions' MRR and churn, read on first use (null until then). */
    private RecurringRevenue recurring;
    private final Map<LocalDate, MrrSnapshot> monthEnds = new HashMap<>();
    private final Map<LocalDate, Ratio> churn = new HashMap<>();
    /** The range of the series being computed, if any: the churn of all its windows is read at once. */
    private Optional<Period> series = Optional.empty();

    private EconomicsLedger(EconomicsInput input, EconomicsOptions options, ReportingCurrency reporting) {
        this.input = input;
        this.options = options;
        this.reporting = reporting;
    }

    /** A ledger in the currency of the input's first amount; every amount must be in it. */
    static EconomicsLedger of(EconomicsInput input, EconomicsOptions options) {
        return of(input, options, Optional.empty());
    }

    /** A ledger in a reporting currency; without rates every amount must be in it. */
    static EconomicsLedger of(EconomicsInput input, EconomicsOptions options, ReportingCurrency reporting) {
        return of(input, options, Optional.of(Objects.requireNonNull(reporting, "reporting")));
    }

    private static EconomicsLedger of(EconomicsInput input, EconomicsOptions options,
                                      Optional<ReportingCurrency> given) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        ReportingCurrency reporting = OneCurrency.resolve(given, Stream.of(
                input.spend().stream().map(s -> s.amount().currency()),
                input.subscriptions().stream().map(s -> s.amount().currency()),
                input.deals().stream().map(d -> d.amount().currency())).flatMap(s -> s));
        return new EconomicsLedger(input, options, reporting);
    }

    /**
     * The CAC of a period: the spend of the period moved back by the lag over the customers new in the period,
     * blended, paid and per channel. Per channel, every channel with spend in the spend period or with a new customer
     * attributed to it is listed: a channel with new customers and no spend has a CAC of 0.
     */
    CacReport cac(Period period) {
        Objects.requireNonNull(period, "period");
        Period spendPeriod = period.plusMonths(-options.lagMonths());
        SpendSummary spend = SpendSummary.sum(input.spend(), spendPeriod, reporting);
        List<Acquisition> newCustomers = acquisitions().in(period);
        long count = newCustomers.size();
        Map<String, Long> customersByChannel = new TreeMap<>();
        spend.byChannel().keySet().forEach(channel -> customersByChannel.put(channel, 0L));
        newCustomers.forEach(a -> a.channel().ifPresent(c -> customersByChannel.merge(c, 1L, Long::sum)));
        Map<String, Cac> byChannel = new TreeMap<>();
        ExactMoney zero = reporting.zero();
        customersByChannel.forEach((channel, customers) -> byChannel.put(channel,
                Cac.of(spend.byChannel().getOrDefault(channel, zero), customers)));
        return new CacReport(period, spendPeriod, spend, newCustomers, Cac.of(spend.total(), count),
                Cac.of(spend.paid(), count), Breakdown.of(byChannel, Comparator.naturalOrder(),
                Cac.empty(reporting.currency())));
    }

    /**
     * The new MRR per new customer of a period: each month's new customers' MRR on that month's last day, over the
     * period's new customers.
     */
    MoneyAverage newMrrPerNewCustomer(Period period) {
        ExactMoney newMrr = reporting.zero();
        long customers = 0;
        for (Period month : wholeMonths(period).months()) {
            MrrSnapshot end = monthEnd(month.start());
            for (Acquisition a : acquisitions().in(month)) {
                newMrr = newMrr.plus(end.customerMrr(a.customerId()));
                customers++;
            }
        }
        return MoneyAverage.of(newMrr, customers);
    }

    /** The CAC payback of a period: its blended CAC over its new MRR per new customer times the margin. */
    CacPayback payback(Period period) {
        return payback(cac(period));
    }

    private CacPayback payback(CacReport cac) {
        return CacPayback.of(cac.blended(), newMrrPerNewCustomer(cac.period()), options.grossMargin());
    }

    /** The period before a period, as many whole months long: the spend the magic number divides by. */
    static Period previous(Period period) {
        long months = ChronoUnit.MONTHS.between(wholeMonths(period).start(), period.end());
        return Period.of(period.start().minusMonths(months), period.start());
    }

    /** The magic number of a period: 12 x its change in MRR over the spend of the period before it. */
    MagicNumber magicNumber(Period period) {
        Period before = previous(period);
        ExactMoney start = monthEnd(period.start().minusMonths(1)).mrr();
        ExactMoney end = monthEnd(period.end().minusMonths(1)).mrr();
        return MagicNumber.fromMrr(start, end, SpendSummary.sum(input.spend(), before, reporting).total());
    }

    /** ARPA over a period: the MRR of each month's last day over that day's paying customers, summed. */
    MoneyAverage arpa(Period period) {
        ExactMoney mrr = reporting.zero();
        long customers = 0;
        for (Period month : wholeMonths(period).months()) {
            MrrSnapshot end = monthEnd(month.start());
            mrr = mrr.plus(end.mrr());
            customers += end.payingCustomers();
        }
        return MoneyAverage.of(mrr, customers);
    }

    /**
     * The monthly logo churn rates formula LTV averages for a period: those of the window's months before each of
     * its months, so from the window's length before its first month to the month before its last, oldest first.
     */
    TimeSeries<Ratio> churnWindow(Period period) {
        Period window = windowOf(wholeMonths(period));
        if (window.months().stream().anyMatch(m -> !churn.containsKey(m.start()))) {
            Period fetch = series.filter(EconomicsLedger::isWholeMonths).map(this::windowOf).orElse(window);
            for (TimeSeries.Point<LogoChurn> point
                    : LogoChurn.series(recurring().subscriptions(), fetch, Granularity.MONTH).points()) {
                churn.put(point.period().start(), point.value().rate());
            }
        }
        return TimeSeries.of(window, Granularity.MONTH, m -> churn.get(m.start()));
    }

    private Period windowOf(Period wholeMonths) {
        return Period.of(wholeMonths.start().minusMonths(options.churnWindowMonths()),
                wholeMonths.end().minusMonths(1));
    }

    /**
     * A figure for each period of a range; the monthly churn of the whole range's windows is read in one pass when
     * first needed.
     */
    <R> TimeSeries<R> series(Period range, Granularity granularity, Function<Period, R> figure) {
        series = Optional.of(Objects.requireNonNull(range, "range"));
        return TimeSeries.of(range, granularity, figure);
    }

    /** Formula LTV of a period: its ARPA times the margin over the mean of its churn window's rates. */
    FormulaLtv ltv(Period period) {
        TrailingChurn trailing = new TrailingChurn(churnWindow(period).values());
        return FormulaLtv.of(arpa(period), options.grossMargin(), trailing.mean());
    }

    /** LTV:CAC of a period: its formula LTV over its blended CAC. */
    LtvToCac ltvToCac(Period period) {
        return new LtvToCac(ltv(period), cac(period).blended());
    }

    /** Every figure of a period. */
    UnitEconomics economics(Period period) {
        CacReport cac = cac(period);
        return new UnitEconomics(period, options, cac, payback(cac), previous(period), magicNumber(period),
                churnWindow(period), ltv(period));
    }

    /**
     * The historical LTV of the customers new in a period: per customer, the MRR on the last day of each month
     * since its acquisition month (month 0), added up over the period's months' cohorts.
     */
    CohortLtv cohort(Period period, int months) {
        CohortLtv total = CohortLtv.empty(reporting.currency(), months);
        for (Period month : wholeMonths(period).months()) {
            List<Acquisition> cohort = acquisitions().in(month);
            List<ExactMoney> revenue = new ArrayList<>(months);
            for (int k = 0; k < months; k++) {
                MrrSnapshot end = monthEnd(month.start().plusMonths(k));
                ExactMoney sum = reporting.zero();
                for (Acquisition a : cohort) {
                    sum = sum.plus(end.customerMrr(a.customerId()));
                }
                revenue.add(sum);
            }
            total = total.combine(new CohortLtv(reporting.currency(), cohort.size(), revenue));
        }
        return total;
    }

    /** Checks that a period is whole calendar months: it starts and ends on a month's first day. */
    static Period wholeMonths(Period period) {
        Objects.requireNonNull(period, "period");
        if (!isWholeMonths(period)) {
            throw new IllegalArgumentException("period (" + period + ") must be whole calendar months: start and"
                    + " end on the first day of a month");
        }
        return period;
    }

    private static boolean isWholeMonths(Period period) {
        return period.start().getDayOfMonth() == 1 && period.end().getDayOfMonth() == 1;
    }

    /** MRR on the last day of the month that starts on a day. */
    private MrrSnapshot monthEnd(LocalDate monthStart) {
        return monthEnds.computeIfAbsent(monthStart, start -> recurring().mrrAt(start.plusMonths(1).minusDays(1)));
    }

    private Acquisitions acquisitions() {
        if (acquisitions == null) {
            acquisitions = input.newCustomers(options.newCustomers());
        }
        return acquisitions;
    }

    private RecurringRevenue recurring() {
        if (recurring == null) {
            recurring = RecurringRevenue.of(input.subscriptions(), reporting);
        }
        return recurring;
    }
}
