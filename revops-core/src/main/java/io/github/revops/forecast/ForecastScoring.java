package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.Checks;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores forecast submissions against the bookings actually won (METRICS.md 5): the snapshot rule, the actuals,
 * and accuracy overall, by submitter, by category and by week of the period.
 *
 * <p><b>Snapshot.</b> At an as-of date, for each submitter, category and period, the submission that counts is the
 * latest one made on or before that date. Two submissions with the same submitter, category, period and day cannot
 * be ordered, so they are rejected when the scoring is built.
 *
 * <p><b>Actuals.</b> The actual of a forecast is the sum of the WON deals (of every type) whose close date is in
 * the forecast's period and whose owner is the submitter, or an owner who rolls up to the submitter: with a
 * roll-up map {@code rep -> manager} (and {@code manager -> director}, to any depth) a manager's forecast is set
 * against the bookings of the manager and everyone below. Deals are taken as they stand; the as-of date limits the
 * forecasts, not the deals.
 *
 * <p><b>Currency.</b> Every submission and every deal must be in the scoring's currency; a deal in another
 * currency is never added (convert the deals first).
 * <pre>{@code
 * ForecastScoring scoring = ForecastScoring.builder(Money.currency("USD"))
 *         .submissions(submissions)
 *         .deals(deals)
 *         .rollUp("Ana", "Maria")                       // Ana's deals also count for her manager Maria
 *         .build();
 * ForecastSnapshot s = scoring.snapshot(LocalDate.of(2026, 3, 31), ForecastCategory.COMMIT);
 * s.accuracy().mape();                                  // MAPE, zero actuals excluded and counted
 * scoring.byWeek(ForecastCategory.COMMIT);              // how accuracy improves as the quarter closes
 * }</pre>
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ForecastScoring {

    private static final Comparator<ForecastSubmission> KEY_ORDER = Comparator
            .comparing(ForecastSubmission::submitter)
            .thenComparing(s -> s.period().start())
            .thenComparing(s -> s.period().end())
            .thenComparing(ForecastSubmission::submittedDate)
            .thenComparing(ForecastSubmission::id);

    private final Currency currency;
    private final Map<ForecastCategory, List<ForecastSubmission>> byCategory;
    private final WonBookings bookings;

    private ForecastScoring(Currency currency, Map<ForecastCategory, List<ForecastSubmission>> byCategory,
                            WonBookings bookings) {
        this.currency = currency;
        this.byCategory = byCategory;
        this.bookings = bookings;
    }

    /**
     * Obtains a builder for a scoring in a currency.
     *
     * @param currency  the currency of every submission and deal, not null
     * @return a new builder, never null
     */
    public static Builder builder(Currency currency) {
        return new Builder(currency);
    }

    /**
     * Returns the currency of the forecasts and actuals.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the won bookings of a submitter in a period: the actual a forecast of theirs is set against.
     *
     * @param submitter  the submitter (a deal owner or a name owners roll up to), not null
     * @param period  the period, not null
     * @return the sum of the won deals, zero when none, never null
     */
    public Money wonBookings(String submitter, Period period) {
        return bookings.total(Objects.requireNonNull(submitter, "submitter"), Objects.requireNonNull(period, "period"));
    }

    /**
     * Returns the forecasts of a category that count at an as-of date, scored, with their accuracy.
     *
     * @param asOf  the as-of date: submissions made after it are ignored, not null
     * @param category  the forecast category, not null
     * @return the snapshot, never null
     */
    public ForecastSnapshot snapshot(LocalDate asOf, ForecastCategory category) {
        Objects.requireNonNull(asOf, "asOf");
        List<ForecastSubmission> list = submissions(category);
        List<ScoredForecast> scored = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        List<String> afterAsOf = new ArrayList<>();
        int i = 0;
        while (i < list.size()) {
            int j = endOfKey(list, i);
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
            i = j;
        }
        Collections.sort(superseded);
        Collections.sort(afterAsOf);
        return new ForecastSnapshot(asOf, category, scored, superseded, afterAsOf,
                ForecastAccuracy.of(currency, scored));
    }

    /**
     * Returns the accuracy of a snapshot per submitter, submitters in natural order; the total is the whole
     * snapshot's accuracy.
     *
     * @param asOf  the as-of date, not null
     * @param category  the forecast category, not null
     * @return the accuracy per submitter, never null
     */
    public Breakdown<String, ForecastAccuracy> bySubmitter(LocalDate asOf, ForecastCategory category) {
        return snapshot(asOf, category).forecasts().stream().collect(Breakdown.by(
                s -> s.submission().submitter(), ForecastAccuracy.collector(currency),
                ForecastAccuracy.empty(currency)));
    }

    /**
     * Returns the accuracy at an as-of date per forecast category (each category its own snapshot); every category
     * is listed, with the empty accuracy when no forecast of it counts.
     *
     * @param asOf  the as-of date, not null
     * @return the accuracy per category, never null
     */
    public Breakdown<ForecastCategory, ForecastAccuracy> byCategory(LocalDate asOf) {
        Map<ForecastCategory, ForecastAccuracy> groups = new EnumMap<>(ForecastCategory.class);
        for (ForecastCategory category : byCategory.keySet()) {
            groups.put(category, snapshot(asOf, category).accuracy());
        }
        return Breakdown.of(groups, Comparator.naturalOrder(), ForecastAccuracy.empty(currency))
                .withAllOf(ForecastCategory.class);
    }

    /**
     * Returns the accuracy of a category by the week of the forecast period in which the snapshot was taken
     * (see {@link AccuracyByWeek}).
     *
     * @param category  the forecast category, not null
     * @return the accuracy per week number, never null
     */
    public AccuracyByWeek byWeek(ForecastCategory category) {
        List<ForecastSubmission> list = submissions(category);
        Map<Integer, List<ScoredForecast>> weeks = new TreeMap<>();
        int i = 0;
        while (i < list.size()) {
            int j = endOfKey(list, i);
            Period period = list.get(i).period();
            long weekCount = (period.lengthInDays() + 6) / 7;
            int next = i;
            ForecastSubmission latest = null;
            for (int week = 1; week <= weekCount; week++) {
                LocalDate weekEnd = period.start().plusDays(7L * week - 1);
                LocalDate asOf = weekEnd.isAfter(period.lastDay()) ? period.lastDay() : weekEnd;
                while (next < j && !list.get(next).submittedDate().isAfter(asOf)) {
                    latest = list.get(next++);
                }
                if (latest != null) {
                    weeks.computeIfAbsent(week, w -> new ArrayList<>()).add(score(latest));
                }
            }
            i = j;
        }
        Map<Integer, ForecastAccuracy> result = new TreeMap<>();
        weeks.forEach((week, scored) -> result.put(week, ForecastAccuracy.of(currency, scored)));
        return new AccuracyByWeek(new TreeMap<>(result));
    }

    private List<ForecastSubmission> submissions(ForecastCategory category) {
        return byCategory.getOrDefault(Objects.requireNonNull(category, "category"), List.of());
    }

    private ScoredForecast score(ForecastSubmission s) {
        return new ScoredForecast(s, bookings.total(s.submitter(), s.period()));
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

    /**
     * Collects the submissions, deals and roll-up of a {@link ForecastScoring}; {@link #build()} validates them.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Currency currency;
        private final List<ForecastSubmission> submissions = new ArrayList<>();
        private final List<Deal> deals = new ArrayList<>();
        private final Map<String, String> rollUp = new HashMap<>();

        private Builder(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Adds forecast submissions.
         *
         * @param submissions  the submissions, not null
         * @return this builder
         */
        public Builder submissions(Collection<ForecastSubmission> submissions) {
            submissions.forEach(s -> this.submissions.add(Objects.requireNonNull(s, "submission")));
            return this;
        }

        /**
         * Adds deals; only WON deals make actuals, but every deal must be in the scoring's currency.
         *
         * @param deals  the deals, not null
         * @return this builder
         */
        public Builder deals(Collection<Deal> deals) {
            deals.forEach(d -> this.deals.add(Objects.requireNonNull(d, "deal")));
            return this;
        }

        /**
         * Rolls an owner's deals up to a submitter (typically a rep to their manager).
         *
         * @param owner  the deal owner, not blank
         * @param submitter  the name the owner's deals also count for, not blank, not the owner
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or the two are equal
         */
        public Builder rollUp(String owner, String submitter) {
            Checks.notBlank("owner", owner);
            Checks.notBlank("submitter", submitter);
            if (owner.equals(submitter)) {
                throw new IllegalArgumentException("rollUp owner ('" + owner + "') must differ from its submitter");
            }
            rollUp.put(owner, submitter);
            return this;
        }

        /**
         * Rolls owners up to submitters, as {@link #rollUp(String, String)} for each entry.
         *
         * @param ownerToSubmitter  the map from owner to submitter, not null
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or an owner maps to itself
         */
        public Builder rollUp(Map<String, String> ownerToSubmitter) {
            ownerToSubmitter.forEach(this::rollUp);
            return this;
        }

        /**
         * Validates the input and builds the scoring.
         *
         * @return the scoring, never null
         * @throws InvalidRecordException if two submissions or two deals share an id, or two submissions share
         *         submitter, category, period and day (the larger id is named)
         * @throws CurrencyMismatchException if a submission or deal is not in the scoring's currency
         * @throws IllegalArgumentException if the roll-up map has a cycle
         */
        public ForecastScoring build() {
            UniqueIds.check(submissions, ForecastSubmission::id, "forecast");
            UniqueIds.check(deals, Deal::id, "deal");
            for (String owner : rollUp.keySet()) {
                WonBookings.chain(owner, rollUp);
            }
            Map<ForecastCategory, List<ForecastSubmission>> byCategory = new EnumMap<>(ForecastCategory.class);
            for (ForecastSubmission s : submissions) {
                Currency c = s.amount().currency();
                if (!c.equals(currency)) {
                    throw new CurrencyMismatchException(currency, c);
                }
                byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
            }
            byCategory.replaceAll((category, list) -> sortedWithoutSameDay(list));
            return new ForecastScoring(currency, byCategory, WonBookings.of(currency, deals, Map.copyOf(rollUp)));
        }

        private static List<ForecastSubmission> sortedWithoutSameDay(List<ForecastSubmission> list) {
            List<ForecastSubmission> sorted = new ArrayList<>(list);
            sorted.sort(KEY_ORDER);
            for (int i = 1; i < sorted.size(); i++) {
                ForecastSubmission a = sorted.get(i - 1);
                ForecastSubmission b = sorted.get(i);
                if (sameKey(a, b) && a.submittedDate().equals(b.submittedDate())) {
                    throw new InvalidRecordException("forecast", b.id(), "submittedDate", b.submittedDate(),
                            "repeats the submitter, category and period of forecast '" + a.id()
                                    + "' on the same day");
                }
            }
            return List.copyOf(sorted);
        }
    }
}
