package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.internal.OneCurrency;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The rules of the forecast family, written once; every public entry point ({@link ForecastSnapshot},
 * {@link ForecastAccuracy}, {@link AccuracyByWeek}, {@link QuotaAttainment}) builds one for its call and asks it.
 *
 * <p><b>Which forecasts.</b> A forecast belongs to the period that contains the first day of its forecast period
 * (as a spend belongs to the period of its first day), and a quota likewise.
 * <p><b>Snapshot.</b> At an as-of date, for each submitter, category and forecast period, the submission that
 * counts is the latest one made on or before that date. Two submissions with the same submitter, category, period
 * and day cannot be ordered: they are rejected, naming the larger id.
 * <p><b>Actuals</b> are the won bookings of the submitter ({@link WonBookings}).
 * <p><b>Currency.</b> Every amount is read in the reporting currency: a submission converted at the rate of its
 * submitted date, a deal at its close date, a quota at its period's first day (docs/decisions/0116). Without rates
 * every amount must already be in it.
 */
final class Scoring {

    private static final Comparator<ForecastSubmission> KEY_ORDER = Comparator
            .comparing(ForecastSubmission::submitter)
            .thenComparing(s -> s.period().start())
            .thenComparing(s -> s.period().end())
            .thenComparing(ForecastSubmission::submittedDate)
            .thenComparing(ForecastSubmission::id);

    private final ReportingCurrency reporting;
    private final Map<ForecastCategory, List<ForecastSubmission>> byCategory;
    private final WonBookings bookings;

    private Scoring(ReportingCurrency reporting, Map<ForecastCategory, List<ForecastSubmission>> byCategory,
                    WonBookings bookings) {
        this.reporting = reporting;
        this.byCategory = byCategory;
        this.bookings = bookings;
    }

    /** Reads an input in the currency of its first amount (see {@link #of(ForecastInput, Optional)}). */
    static Scoring of(ForecastInput input) {
        return of(input, Optional.empty());
    }

    /** Reads an input in a reporting currency (see {@link #of(ForecastInput, Optional)}). */
    static Scoring of(ForecastInput input, ReportingCurrency reporting) {
        return of(input, Optional.of(Objects.requireNonNull(reporting, "reporting")));
    }

    /**
     * Reads an input in a reporting currency, or in the currency of its first amount.
     *
     * @throws InvalidRecordException if two submissions share submitter, category, period and day
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws IllegalArgumentException if no currency is given and the input holds no amount
     */
    private static Scoring of(ForecastInput input, Optional<ReportingCurrency> given) {
        Objects.requireNonNull(input, "input");
        ReportingCurrency reporting = OneCurrency.resolve(given, Stream.of(
                input.submissions().stream().map(s -> s.amount().currency()),
                input.deals().stream().map(d -> d.amount().currency()),
                input.quotas().stream().map(q -> q.amount().currency())).flatMap(s -> s));
        Map<ForecastCategory, List<ForecastSubmission>> byCategory = new EnumMap<>(ForecastCategory.class);
        for (ForecastSubmission s : input.submissions()) {
            byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
        }
        byCategory.replaceAll((category, list) -> sortedWithoutSameDay(list));
        return new Scoring(reporting, byCategory, WonBookings.of(reporting, input.deals(), input.rollUp()));
    }

    ReportingCurrency reporting() {
        return reporting;
    }

    /** The forecasts of a category for the period that count at an as-of date, scored. */
    ForecastSnapshot snapshot(Period period, ForecastCategory category, LocalDate asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        List<ForecastSubmission> list = submissions(category);
        List<ScoredForecast> scored = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        List<String> afterAsOf = new ArrayList<>();
        for (int i = 0, j; i < list.size(); i = j) {
            j = endOfKey(list, i);
            if (!isFor(period, list.get(i).period())) {
                continue;
            }
            ForecastSubmission latest = null;
            for (int k = i; k < j; k++) {
                ForecastSubmission s = list.get(k);
                if (s.submittedDate().isAfter(asOf)) {
                    afterAsOf.add(s.id());
                } else {
                    if (latest != null) {
                        superseded.add(latest.id());
                    }
                    latest = s;
                }
            }
            if (latest != null) {
                scored.add(score(latest));
            }
        }
        Collections.sort(superseded);
        Collections.sort(afterAsOf);
        return new ForecastSnapshot(period, asOf, category, scored, superseded, afterAsOf,
                ForecastAccuracy.of(reporting.currency(), scored));
    }

    /**
     * The accuracy of a category's forecasts for the period by the week of their own forecast period in which the
     * snapshot is taken: week k scores what counted on day 7k - 1 of the forecast period (its last day at most).
     */
    AccuracyByWeek byWeek(Period period, ForecastCategory category) {
        Objects.requireNonNull(period, "period");
        List<ForecastSubmission> list = submissions(category);
        Map<Integer, List<ScoredForecast>> weeks = new TreeMap<>();
        for (int i = 0, j; i < list.size(); i = j) {
            j = endOfKey(list, i);
            Period forecastPeriod = list.get(i).period();
            if (!isFor(period, forecastPeriod)) {
                continue;
            }
            long weekCount = (forecastPeriod.lengthInDays() + 6) / 7;
            int next = i;
            ForecastSubmission latest = null;
            for (int week = 1; week <= weekCount; week++) {
                LocalDate weekEnd = forecastPeriod.start().plusDays(7L * week - 1);
                LocalDate asOf = weekEnd.isAfter(forecastPeriod.lastDay()) ? forecastPeriod.lastDay() : weekEnd;
                while (next < j && !list.get(next).submittedDate().isAfter(asOf)) {
                    latest = list.get(next++);
                }
                if (latest != null) {
                    weeks.computeIfAbsent(week, w -> new ArrayList<>()).add(score(latest));
                }
            }
        }
        TreeMap<Integer, ForecastAccuracy> result = new TreeMap<>();
        weeks.forEach((week, scored) -> result.put(week, ForecastAccuracy.of(reporting.currency(), scored)));
        return new AccuracyByWeek(result);
    }

    /** The quotas of the input for a period: those whose own period starts in it. */
    static List<Quota> quotasFor(ForecastInput input, Period period) {
        Objects.requireNonNull(period, "period");
        return input.quotas().stream().filter(q -> isFor(period, q.period())).toList();
    }

    /** The one rule of which forecasts and quotas a period holds: those whose own period starts in it. */
    private static boolean isFor(Period period, Period own) {
        return period.contains(own.start());
    }

    /** The attainment of quotas, each against the won bookings of its owner in its own period. */
    QuotaAttainment attainment(Collection<Quota> quotas) {
        ExactMoney quota = reporting.zero();
        ExactMoney won = reporting.zero();
        TreeSet<String> deals = new TreeSet<>();
        for (Quota q : quotas) {
            quota = quota.plus(reporting.convert(q.amount(), q.period().start()));
            won = won.plus(bookings.total(q.owner(), q.period()));
            deals.addAll(bookings.dealIds(q.owner(), q.period()));
        }
        return new QuotaAttainment(quota, won, deals);
    }

    private List<ForecastSubmission> submissions(ForecastCategory category) {
        return byCategory.getOrDefault(Objects.requireNonNull(category, "category"), List.of());
    }

    private ScoredForecast score(ForecastSubmission s) {
        return new ScoredForecast(s, reporting.convert(s.amount(), s.submittedDate()),
                bookings.total(s.submitter(), s.period()));
    }

    /** The end (exclusive) of the run of submissions with the same submitter and period as the one at start. */
    private static int endOfKey(List<ForecastSubmission> list, int start) {
        ForecastSubmission first = list.get(start);
        int end = start + 1;
        while (end < list.size() && sameKey(first, list.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean sameKey(ForecastSubmission a, ForecastSubmission b) {
        return a.submitter().equals(b.submitter()) && a.period().equals(b.period());
    }

    private static List<ForecastSubmission> sortedWithoutSameDay(List<ForecastSubmission> list) {
        List<ForecastSubmission> sorted = new ArrayList<>(list);
        sorted.sort(KEY_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            ForecastSubmission a = sorted.get(i - 1);
            ForecastSubmission b = sorted.get(i);
            if (sameKey(a, b) && a.submittedDate().equals(b.submittedDate())) {
                throw new InvalidRecordException("forecast", b.id(), "submittedDate", b.submittedDate(),
                        "repeats the submitter, category and period of forecast '" + a.id() + "' on the same day");
            }
        }
        return List.copyOf(sorted);
    }
}
