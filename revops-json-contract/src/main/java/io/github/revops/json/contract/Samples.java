package io.github.revops.json.contract;

import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.economics.Cac;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.quicktheories.generators.Generate.enumValues;

/**
 * A sample of random values for every type revops-json has a shape for: the generators of the *Values classes by
 * type, every enum, and generic results with several type arguments (text and enum keys, nested series).
 */
public final class Samples {

    private static final List<Class<?>> VALUE_CLASSES = List.of(BasicValues.class, DomainValues.class,
            EconomicsValues.class, ForecastValues.class, FunnelValues.class, PipelineValues.class,
            RecurringValues.class);

    private Samples() {
    }

    /** The samples, one or more per type that has a shape. */
    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        Map<Class<?>, Gen<?>> byType = generatorsByType();
        for (Class<?> type : RevopsJson.types()) {
            if (type.isEnum()) {
                samples.add(new Sample(JsonType.of(type), enumConstants(type)));
            } else if (byType.containsKey(type)) {
                samples.add(new Sample(JsonType.of(type), byType.get(type)));
            }
        }
        samples.addAll(generic());
        return samples;
    }

    /** The generic results' samples: breakdowns, time series and points with various type arguments. */
    static List<Sample> generic() {
        JsonType string = JsonType.of(String.class);
        Gen<Breakdown<String, Cac>> cacByChannel = in -> cacByChannel(in, BasicValues.CURRENCY.generate(in));
        Gen<Breakdown<ForecastCategory, ForecastAccuracy>> byCategory = in -> {
            Currency currency = BasicValues.CURRENCY.generate(in);
            Map<ForecastCategory, ForecastAccuracy> groups = new TreeMap<>();
            for (ForecastCategory c : BasicValues.some(in, enumValues(ForecastCategory.class), 2)) {
                groups.put(c, ForecastValues.accuracy(in, currency));
            }
            return Breakdown.of(groups, Comparator.naturalOrder(), ForecastAccuracy.empty(currency));
        };
        Gen<TimeSeries<MoneyAverage>> arpa = in -> {
            Currency currency = BasicValues.CURRENCY.generate(in);
            return series(in, p -> BasicValues.moneyAverage(in, currency));
        };
        Gen<TimeSeries<Breakdown<String, Cac>>> nested = in -> {
            Currency currency = BasicValues.CURRENCY.generate(in);
            return series(in, p -> cacByChannel(in, currency));
        };
        Gen<TimeSeries.Point<Ratio>> point = in -> new TimeSeries.Point<>(BasicValues.PERIOD.generate(in),
                BasicValues.RATIO.generate(in));
        Gen<Breakdown<DealType, WinRate>> winRateByType = in -> {
            Currency currency = BasicValues.CURRENCY.generate(in);
            Map<DealType, WinRate> groups = new TreeMap<>();
            for (DealType t : BasicValues.some(in, enumValues(DealType.class), 3)) {
                groups.put(t, PipelineValues.winRate(in, currency));
            }
            return Breakdown.of(groups, Comparator.naturalOrder(), WinRate.EMPTY);
        };
        Gen<TimeSeries<MrrBridge>> bridges = in -> series(in, p -> RecurringValues.MRR_BRIDGE.generate(in));
        JsonType cacs = JsonType.of(Breakdown.class, string, JsonType.of(Cac.class));
        return List.of(
                new Sample(cacs, cacByChannel),
                new Sample(JsonType.of(Breakdown.class, JsonType.of(ForecastCategory.class),
                        JsonType.of(ForecastAccuracy.class)), byCategory),
                new Sample(JsonType.of(TimeSeries.class, JsonType.of(MoneyAverage.class)), arpa),
                new Sample(JsonType.of(TimeSeries.class, cacs), nested),
                new Sample(JsonType.of(TimeSeries.Point.class, JsonType.of(Ratio.class)), point),
                new Sample(JsonType.of(Breakdown.class, JsonType.of(DealType.class), JsonType.of(WinRate.class)),
                        winRateByType),
                new Sample(JsonType.of(TimeSeries.class, JsonType.of(MrrBridge.class)), bridges));
    }

    private static Breakdown<String, Cac> cacByChannel(RandomnessSource in, Currency currency) {
        Map<String, Cac> groups = new TreeMap<>();
        for (String channel : BasicValues.some(in, BasicValues.TEXT, 3)) {
            groups.put(channel, EconomicsValues.cac(in, currency));
        }
        return Breakdown.of(groups, Comparator.naturalOrder(), Cac.empty(currency));
    }

    /** A series over the months of a random range (at most a year), a value per month. */
    private static <R> TimeSeries<R> series(RandomnessSource in, java.util.function.Function<Period, R> value) {
        Period start = Period.month(BasicValues.DATE.generate(in).getYear(), 1);
        Period range = Period.of(start.start(), start.start().plusMonths(
                org.quicktheories.generators.SourceDSL.integers().between(1, 12).generate(in)));
        return TimeSeries.of(range, Granularity.MONTH, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an enum class's constants
    private static Gen<?> enumConstants(Class<?> type) {
        return enumValues((Class) type);
    }

    /** The public static generators of the *Values classes, by the type they generate. */
    static Map<Class<?>, Gen<?>> generatorsByType() {
        Map<Class<?>, Gen<?>> byType = new LinkedHashMap<>();
        for (Class<?> values : VALUE_CLASSES) {
            for (Field field : values.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Gen.class) {
                    Class<?> generated = generatedType(field);
                    try {
                        byType.putIfAbsent(generated, (Gen<?>) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(field.toString(), e);
                    }
                }
            }
        }
        return byType;
    }

    private static Class<?> generatedType(Field field) {
        java.lang.reflect.Type argument = ((java.lang.reflect.ParameterizedType) field.getGenericType())
                .getActualTypeArguments()[0];
        if (argument instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return (Class<?>) argument;
    }
}
