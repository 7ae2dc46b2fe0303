package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Forecast accuracy and quota attainment on Spark: submissions or quotas, and the deals that are their actuals, as
 * {@code Dataset}s ({@link RevopsEncoders#forecastSubmission()}, {@link RevopsEncoders#quota()},
 * {@link RevopsEncoders#deal()}).
 *
 * <p>A submitter's (or a quota owner's) actuals are the won deals of the name and of every owner that rolls up to it,
 * so the work splits by name: each won deal goes to its owner and to every name above the owner in the roll-up map,
 * the submissions or quotas of a name meet its deals, and the core's {@link ForecastAccuracy#of} or
 * {@link QuotaAttainment#of} computes the name's result from them. Those results are the core's per-name figures;
 * their {@code combine} is the core's total, because the core's accuracy and attainment are exact sums over the
 * forecasts and quotas that count, each of which belongs to one name. The walk up the roll-up map is the one rule
 * written here a second time (the core's is package-private); the map is checked on the driver by the core.
 * <pre>{@code
 * ForecastAccuracy q1 = ForecastMetrics.accuracy(submissions, deals, Map.of(), Period.quarter(2026, 1),
 *         ForecastCategory.COMMIT, LocalDate.of(2026, 2, 15), "USD");
 * QuotaAttainment team = ForecastMetrics.quotaAttainment(quotas, deals, rollUp, Period.quarter(2026, 1), "USD");
 * }</pre>
 * Every amount is in the currency given (no exchange rates on this path). Like the aggregators, these do not check
 * that ids are unique across the input.
 *
 * @since 0.1.0
 */
public final class ForecastMetrics {

    private ForecastMetrics() {
    }

    /**
     * Computes the accuracy of the forecasts that count at an as-of date, as
     * {@link ForecastAccuracy#of(ForecastInput, Period, ForecastCategory, LocalDate, ReportingCurrency)}.
     *
     * @param submissions  the forecast submissions, not null
     * @param deals  the deals whose won bookings are the actuals, not null
     * @param rollUp  each owner's submitter, for owners who do not submit themselves, not null
     * @param period  the period whose forecasts count, not null
     * @param category  the forecast category, not null
     * @param asOf  the day whose latest submissions count, not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's accuracy, never null
     * @throws IllegalArgumentException if the roll-up map has a blank name or a cycle, or the currency is unknown
     */
    public static ForecastAccuracy accuracy(Dataset<ForecastSubmission> submissions, Dataset<Deal> deals,
                                            Map<String, String> rollUp, Period period, ForecastCategory category,
                                            LocalDate asOf, String currency) {
        Dataset<ForecastAccuracy> perSubmitter = accuracyBySubmitter(submissions, deals, rollUp, period, category,
                asOf, currency).map((MapFunction<Tuple2<String, ForecastAccuracy>, ForecastAccuracy>) Tuple2::_2,
                RevopsEncoders.forecastAccuracy());
        return total(perSubmitter, ForecastAccuracy.class, () -> ForecastAccuracy.empty(Money.currency(currency)),
                ForecastCodecs.ACCURACY);
    }

    /**
     * Computes the accuracy of each submitter's forecasts, as
     * {@link ForecastAccuracy#by(ForecastInput, Period, ForecastCategory, LocalDate, java.util.function.Function,
     * ReportingCurrency)} by {@link ForecastSubmission#submitter()}: every submitter found among the submissions,
     * with the empty accuracy when none of theirs counts.
     *
     * @param submissions  the forecast submissions, not null
     * @param deals  the deals whose won bookings are the actuals, not null
     * @param rollUp  each owner's submitter, for owners who do not submit themselves, not null
     * @param period  the period whose forecasts count, not null
     * @param category  the forecast category, not null
     * @param asOf  the day whose latest submissions count, not null
     * @param currency  the ISO code of every amount, not null
     * @return each submitter with the core's accuracy of their forecasts, never null
     * @throws IllegalArgumentException if the roll-up map has a blank name or a cycle, or the currency is unknown
     */
    public static Dataset<Tuple2<String, ForecastAccuracy>> accuracyBySubmitter(
            Dataset<ForecastSubmission> submissions, Dataset<Deal> deals, Map<String, String> rollUp, Period period,
            ForecastCategory category, LocalDate asOf, String currency) {
        Map<String, String> up = checkedRollUp(rollUp);
        LocalDate start = period.start();
        LocalDate end = period.end();
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(asOf, "asOf");
        Money.currency(currency);
        return perName(submissions, (MapFunction<ForecastSubmission, String>) ForecastSubmission::submitter, deals,
                up, (mine, won) -> ForecastAccuracy.of(ForecastInput.of(mine, won).withRollUp(up),
                        Period.of(start, end), category, asOf, ReportingCurrency.of(Money.currency(currency))),
                RevopsEncoders.forecastAccuracy());
    }

    /**
     * Computes the attainment of the quotas of a period, as
     * {@link QuotaAttainment#of(ForecastInput, Period, ReportingCurrency)}.
     *
     * @param quotas  the quotas, not null
     * @param deals  the deals whose won bookings count against them, not null
     * @param rollUp  each owner's quota holder, for owners without a quota of their own, not null
     * @param period  the period whose quotas count, not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's attainment, never null
     * @throws IllegalArgumentException if the roll-up map has a blank name or a cycle, or the currency is unknown
     */
    public static QuotaAttainment quotaAttainment(Dataset<Quota> quotas, Dataset<Deal> deals,
                                                  Map<String, String> rollUp, Period period, String currency) {
        Dataset<QuotaAttainment> perOwner = quotaAttainmentByOwner(quotas, deals, rollUp, period, currency)
                .map((MapFunction<Tuple2<String, QuotaAttainment>, QuotaAttainment>) Tuple2::_2,
                        RevopsEncoders.quotaAttainment());
        return total(perOwner, QuotaAttainment.class, () -> QuotaAttainment.empty(Money.currency(currency)),
                ForecastCodecs.ATTAINMENT);
    }

    /**
     * Computes the attainment of each owner's quotas, as
     * {@link QuotaAttainment#by(ForecastInput, Period, java.util.function.Function, ReportingCurrency)} by
     * {@link Quota#owner()}: every owner found among the quotas.
     *
     * @param quotas  the quotas, not null
     * @param deals  the deals whose won bookings count against them, not null
     * @param rollUp  each owner's quota holder, for owners without a quota of their own, not null
     * @param period  the period whose quotas count, not null
     * @param currency  the ISO code of every amount, not null
     * @return each quota owner with the core's attainment, never null
     * @throws IllegalArgumentException if the roll-up map has a blank name or a cycle, or the currency is unknown
     */
    public static Dataset<Tuple2<String, QuotaAttainment>> quotaAttainmentByOwner(
            Dataset<Quota> quotas, Dataset<Deal> deals, Map<String, String> rollUp, Period period, String currency) {
        Map<String, String> up = checkedRollUp(rollUp);
        LocalDate start = period.start();
        LocalDate end = period.end();
        Money.currency(currency);
        return perName(quotas, (MapFunction<Quota, String>) Quota::owner, deals, up,
                (mine, won) -> QuotaAttainment.of(ForecastInput.of(List.of(), won).withQuotas(mine).withRollUp(up),
                        Period.of(start, end), ReportingCurrency.of(Money.currency(currency))),
                RevopsEncoders.quotaAttainment());
    }

    /** Checks the roll-up map with the core's rules and copies it into a map Spark can ship. */
    private static Map<String, String> checkedRollUp(Map<String, String> rollUp) {
        ForecastInput.of(List.of(), List.of()).withRollUp(rollUp);
        return new HashMap<>(rollUp);
    }

    /**
     * The records of each name with the won deals that count for it, and the core's result of them; names with
     * no record of their own are left out.
     */
    private static <T, R> Dataset<Tuple2<String, R>> perName(Dataset<T> records, MapFunction<T, String> name,
                                                            Dataset<Deal> deals, Map<String, String> rollUp,
                                                            NameResult<T, R> result, Encoder<R> resultEncoder) {
        KeyValueGroupedDataset<String, T> byName = records.groupByKey(name, Encoders.STRING());
        KeyValueGroupedDataset<String, Deal> wonByName = deals
                .filter((FilterFunction<Deal>) Deal::isWon)
                .flatMap((FlatMapFunction<Deal, Tuple2<String, Deal>>) deal -> {
                    List<Tuple2<String, Deal>> names = new ArrayList<>();
                    for (String n : chain(deal.owner(), rollUp)) {
                        names.add(new Tuple2<>(n, deal));
                    }
                    return names.iterator();
                }, Encoders.tuple(Encoders.STRING(), RevopsEncoders.deal()))
                .groupByKey((MapFunction<Tuple2<String, Deal>, String>) Tuple2::_1, Encoders.STRING())
                .mapValues((MapFunction<Tuple2<String, Deal>, Deal>) Tuple2::_2, RevopsEncoders.deal());
        return byName.cogroup(wonByName, (CoGroupFunction<String, T, Deal, Tuple2<String, R>>) (n, mine, won) -> {
            List<T> own = list(mine);
            return own.isEmpty() ? Collections.emptyIterator()
                    : List.of(new Tuple2<>(n, result.of(own, list(won)))).iterator();
        }, Encoders.tuple(Encoders.STRING(), resultEncoder));
    }

    /** The owner followed by every name above it in the roll-up map (acyclic: checked on the driver). */
    private static Set<String> chain(String owner, Map<String, String> rollUp) {
        Set<String> names = new LinkedHashSet<>();
        for (String n = owner; n != null && names.add(n); n = rollUp.get(n)) {
            // walks up
        }
        return names;
    }

    private static <T> List<T> list(Iterator<T> values) {
        List<T> list = new ArrayList<>();
        values.forEachRemaining(list::add);
        return list;
    }

    private static <R extends Mergeable<R>> R total(Dataset<R> parts, Class<R> type, EmptyResult<R> empty,
                                                    ExactCodec<R> codec) {
        return parts.select(RevopsAggregator.of(type, () -> Combining.collector(empty.get()), codec).toColumn())
                .first();
    }

    /** Makes the result of no record on an executor (the core's results are not serializable). */
    @FunctionalInterface
    private interface EmptyResult<R> extends Serializable {
        R get();
    }

    /** The core's result of one name's records and won deals. */
    @FunctionalInterface
    private interface NameResult<T, R> extends Serializable {
        R of(List<T> records, List<Deal> won) throws Exception;
    }
}
