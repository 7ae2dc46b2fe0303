package io.github.revops.json.contract;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.forecast.AccuracyByWeek;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.forecast.Mape;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.forecast.ScoredForecast;
import io.github.revops.money.ExactMoney;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.github.revops.json.contract.BasicValues.CURRENCY;
import static io.github.revops.json.contract.BasicValues.NON_NEGATIVE_RATIONAL;
import static io.github.revops.json.contract.BasicValues.TEXT;
import static io.github.revops.json.contract.BasicValues.exactMoney;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Random forecast values, each in one currency: accuracy sums, scored forecasts, snapshots, quotas and inputs. */
public final class ForecastValues {

    public static final Gen<Mape> MAPE = in -> new Mape(BasicValues.RATIO.generate(in),
            longs().between(0, 100).generate(in));

    public static final Gen<ForecastAccuracy> FORECAST_ACCURACY = in -> accuracy(in, CURRENCY.generate(in));

    public static final Gen<AccuracyByWeek> ACCURACY_BY_WEEK = in -> {
        Currency currency = CURRENCY.generate(in);
        SortedMap<Integer, ForecastAccuracy> weeks = new TreeMap<>();
        for (Integer week : BasicValues.some(in, integers().between(1, 14), 4)) {
            weeks.put(week, accuracy(in, currency));
        }
        return new AccuracyByWeek(weeks);
    };

    public static final Gen<Quota> QUOTA = in -> new Quota(TEXT.generate(in), BasicValues.PERIOD.generate(in),
            BasicValues.money(in, CURRENCY.generate(in)));

    public static final Gen<QuotaAttainment> QUOTA_ATTAINMENT = in -> {
        Currency currency = CURRENCY.generate(in);
        return new QuotaAttainment(exactMoney(in, currency, true), exactMoney(in, currency, true),
                new TreeSet<>(BasicValues.some(in, TEXT, 4)));
    };

    public static final Gen<ScoredForecast> SCORED_FORECAST = in -> scored(in, CURRENCY.generate(in));

    public static final Gen<ForecastSnapshot> FORECAST_SNAPSHOT = in -> {
        Currency currency = CURRENCY.generate(in);
        return new ForecastSnapshot(BasicValues.PERIOD.generate(in), BasicValues.DATE.generate(in),
                enumValues(ForecastCategory.class).generate(in), BasicValues.some(in, r -> scored(r, currency), 3),
                BasicValues.some(in, TEXT, 3), BasicValues.some(in, TEXT, 2), accuracy(in, currency));
    };

    public static final Gen<ForecastInput> FORECAST_INPUT = in -> {
        Currency currency = CURRENCY.generate(in);
        Map<String, String> rollUp = new TreeMap<>();
        for (String owner : BasicValues.some(in, TEXT, 3)) {
            rollUp.put("rep " + owner, "manager " + TEXT.generate(in));   // reps report to managers: no cycle
        }
        return new ForecastInput(DomainValues.unique(in, 3, (r, id) -> DomainValues.submission(r, currency, id)),
                DomainValues.unique(in, 3, (r, id) -> DomainValues.deal(r, currency, id)),
                BasicValues.some(in, QUOTA, 2), rollUp);
    };

    private ForecastValues() {
    }

    static ForecastAccuracy accuracy(RandomnessSource in, Currency currency) {
        long count = longs().between(0, 50).generate(in);
        if (count == 0) {
            return ForecastAccuracy.empty(currency);
        }
        List<String> zeroActual = BasicValues.some(in, TEXT, (int) Math.min(count, 3));
        return new ForecastAccuracy(count, new TreeSet<>(zeroActual), NON_NEGATIVE_RATIONAL.generate(in),
                exactMoney(in, currency, true), exactMoney(in, currency, false), exactMoney(in, currency, true),
                NON_NEGATIVE_RATIONAL.generate(in), NON_NEGATIVE_RATIONAL.generate(in));
    }

    static ScoredForecast scored(RandomnessSource in, Currency currency) {
        ExactMoney forecast = exactMoney(in, currency, true);
        return new ScoredForecast(DomainValues.submission(in, currency, TEXT.generate(in)), forecast,
                exactMoney(in, currency, true));
    }
}
