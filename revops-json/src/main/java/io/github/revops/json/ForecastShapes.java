package io.github.revops.json;

import io.github.revops.forecast.AccuracyByWeek;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.forecast.Mape;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.forecast.ScoredForecast;
import io.github.revops.forecast.ZeroActualPolicy;
import io.github.revops.money.ExactMoney;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The shapes of forecast accuracy and quota attainment, their inputs and snapshots. */
final class ForecastShapes {

    private static final Codec<ExactMoney> MONEY = BasicShapes.EXACT_MONEY;

    static final Codec<Mape> MAPE = ObjectCodec.of("Mape",
            (m, out) -> out.put("ratio", BasicShapes.RATIO, m.ratio()).put("excluded", Scalars.LONG, m.excluded()),
            in -> new Mape(in.get("ratio", BasicShapes.RATIO), in.whole("excluded")));

    static final Codec<ForecastAccuracy> FORECAST_ACCURACY = ObjectCodec.of("ForecastAccuracy",
            (a, out) -> out.put("count", Scalars.LONG, a.count())
                    .put("zeroActualForecasts", Containers.sortedStrings(), a.zeroActualForecasts())
                    .put("absolutePercentageErrors", Scalars.RATIONAL, a.absolutePercentageErrors())
                    .put("absoluteErrors", MONEY, a.absoluteErrors())
                    .put("errors", MONEY, a.errors())
                    .put("actuals", MONEY, a.actuals())
                    .put("symmetricErrors", Scalars.RATIONAL, a.symmetricErrors())
                    .put("squaredErrors", Scalars.RATIONAL, a.squaredErrors())
                    .derived("mape", MAPE, a.mape())
                    .derived("wape", BasicShapes.RATIO, a.wape())
                    .derived("bias", BasicShapes.RATIO, a.bias())
                    .derived("smape", BasicShapes.RATIO, a.smape())
                    .derived("mae", BasicShapes.MONEY_AVERAGE, a.mae())
                    .derived("mse", BasicShapes.RATIO, a.mse())
                    .derived("rmse", Containers.optional(BasicShapes.MONEY),
                            a.rootMeanSquaredError(RoundingMode.HALF_EVEN)),
            in -> new ForecastAccuracy(in.whole("count"), in.get("zeroActualForecasts", Containers.sortedStrings()),
                    in.get("absolutePercentageErrors", Scalars.RATIONAL), in.get("absoluteErrors", MONEY),
                    in.get("errors", MONEY), in.get("actuals", MONEY), in.get("symmetricErrors", Scalars.RATIONAL),
                    in.get("squaredErrors", Scalars.RATIONAL)))
            .combining(sample -> ForecastAccuracy.empty(sample.currency()));

    private static final Codec<Map.Entry<Integer, ForecastAccuracy>> WEEK = ObjectCodec.of("AccuracyByWeek week",
            (w, out) -> out.put("week", Scalars.INT, w.getKey()).put("accuracy", FORECAST_ACCURACY, w.getValue()),
            in -> Map.entry(in.wholeInt("week"), in.get("accuracy", FORECAST_ACCURACY)));

    static final Codec<AccuracyByWeek> ACCURACY_BY_WEEK = ObjectCodec.of("AccuracyByWeek",
            (a, out) -> out.put("weeks", Containers.list(WEEK), List.copyOf(a.weeks().entrySet())),
            ForecastShapes::readWeeks)
            .combining(sample -> AccuracyByWeek.EMPTY);

    static final Codec<Quota> QUOTA = ObjectCodec.of("Quota",
            (q, out) -> out.put("owner", Scalars.STRING, q.owner()).put("period", Scalars.PERIOD, q.period())
                    .put("amount", BasicShapes.MONEY, q.amount()),
            in -> new Quota(in.text("owner"), in.get("period", Scalars.PERIOD), in.get("amount", BasicShapes.MONEY)));

    static final Codec<QuotaAttainment> QUOTA_ATTAINMENT = ObjectCodec.of("QuotaAttainment",
            (q, out) -> out.put("quota", MONEY, q.quota()).put("wonBookings", MONEY, q.wonBookings())
                    .put("wonDeals", Containers.sortedStrings(), q.wonDeals())
                    .derived("attainment", BasicShapes.RATIO, q.attainment()),
            in -> new QuotaAttainment(in.get("quota", MONEY), in.get("wonBookings", MONEY),
                    in.get("wonDeals", Containers.sortedStrings())))
            .combining(sample -> QuotaAttainment.empty(sample.currency()));

    static final Codec<ScoredForecast> SCORED_FORECAST = ObjectCodec.of("ScoredForecast",
            (s, out) -> out.put("submission", DomainShapes.FORECAST_SUBMISSION, s.submission())
                    .put("forecast", MONEY, s.forecast()).put("actual", MONEY, s.actual())
                    .derived("error", MONEY, s.error())
                    .derived("absoluteError", MONEY, s.absoluteError())
                    .derived("accuracy", BasicShapes.RATIO, s.accuracy())
                    .derived("absolutePercentageError", BasicShapes.RATIO, s.absolutePercentageError())
                    .derived("symmetricError", Scalars.RATIONAL, s.symmetricError()),
            in -> new ScoredForecast(in.get("submission", DomainShapes.FORECAST_SUBMISSION),
                    in.get("forecast", MONEY), in.get("actual", MONEY)));

    static final Codec<ForecastSnapshot> FORECAST_SNAPSHOT = ObjectCodec.of("ForecastSnapshot",
            (s, out) -> out.put("period", Scalars.PERIOD, s.period()).put("asOf", Scalars.DATE, s.asOf())
                    .put("category", DomainShapes.FORECAST_CATEGORY, s.category())
                    .put("forecasts", Containers.list(SCORED_FORECAST), s.forecasts())
                    .put("superseded", Containers.list(Scalars.STRING), s.superseded())
                    .put("afterAsOf", Containers.list(Scalars.STRING), s.afterAsOf())
                    .put("accuracy", FORECAST_ACCURACY, s.accuracy()),
            in -> new ForecastSnapshot(in.get("period", Scalars.PERIOD), in.get("asOf", Scalars.DATE),
                    in.get("category", DomainShapes.FORECAST_CATEGORY),
                    in.get("forecasts", Containers.list(SCORED_FORECAST)),
                    in.get("superseded", Containers.list(Scalars.STRING)),
                    in.get("afterAsOf", Containers.list(Scalars.STRING)), in.get("accuracy", FORECAST_ACCURACY)));

    static final Codec<ForecastInput> FORECAST_INPUT = ObjectCodec.of("ForecastInput",
            (i, out) -> out.put("submissions", Containers.list(DomainShapes.FORECAST_SUBMISSION), i.submissions())
                    .put("deals", Containers.list(DomainShapes.DEAL), i.deals())
                    .put("quotas", Containers.list(QUOTA), i.quotas())
                    .put("rollUp", Containers.textMap(Scalars.STRING), i.rollUp()),
            in -> new ForecastInput(in.get("submissions", Containers.list(DomainShapes.FORECAST_SUBMISSION)),
                    in.get("deals", Containers.list(DomainShapes.DEAL)), in.get("quotas", Containers.list(QUOTA)),
                    in.get("rollUp", Containers.textMap(Scalars.STRING))));

    private ForecastShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(ZeroActualPolicy.class, Scalars.enumeration(ZeroActualPolicy.class));
        shapes.put(Mape.class, MAPE);
        shapes.put(ForecastAccuracy.class, FORECAST_ACCURACY);
        shapes.put(AccuracyByWeek.class, ACCURACY_BY_WEEK);
        shapes.put(Quota.class, QUOTA);
        shapes.put(QuotaAttainment.class, QUOTA_ATTAINMENT);
        shapes.put(ScoredForecast.class, SCORED_FORECAST);
        shapes.put(ForecastSnapshot.class, FORECAST_SNAPSHOT);
        shapes.put(ForecastInput.class, FORECAST_INPUT);
    }

    private static AccuracyByWeek readWeeks(ObjectIn in) {
        SortedMap<Integer, ForecastAccuracy> weeks = new TreeMap<>();
        for (Map.Entry<Integer, ForecastAccuracy> week : in.get("weeks", Containers.list(WEEK))) {
            if (weeks.put(week.getKey(), week.getValue()) != null) {
                throw in.node().fail("weeks lists week " + week.getKey() + " twice");
            }
        }
        return new AccuracyByWeek(weeks);
    }
}
