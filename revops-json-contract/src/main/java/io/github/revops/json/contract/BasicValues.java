package io.github.revops.json.contract;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.DayAverage;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.FiscalCalendar;
import io.github.revops.time.Period;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.Generate.pick;

/**
 * Random values of the building blocks: currencies of every scale, exact numbers, money, dates, periods, ratios and
 * histograms, each valid for its type. Text draws from plain words and from text that JSON must escape.
 */
public final class BasicValues {

    /** Currencies with 2 (USD, EUR), 0 (JPY) and 3 (BHD) decimal places. */
    public static final Gen<Currency> CURRENCY = pick(List.of("USD", "EUR", "JPY", "BHD")).map(Money::currency);

    /** Text a JSON writer must escape or encode, beside plain words. */
    private static final List<String> ODD_TEXT = List.of("ACME", "Ana", "o'Brien", "say \"hi\"", "back\\slash",
            "line\nbreak", "tab\there", "Zürich", "東京", "🚀 rocket", "a/b", "$.x", "  padded  ", "\u0001ctl");

    public static final Gen<String> TEXT = in -> pick(ODD_TEXT).generate(in)
            + (booleans().all().generate(in) ? "" : "-" + integers().between(0, 999).generate(in));

    public static final Gen<Rational> RATIONAL = in -> {
        long numerator = longs().between(-1_000_000_000_000L, 1_000_000_000_000L).generate(in);
        long denominator = booleans().all().generate(in) ? 1 : longs().between(1, 1_000_000).generate(in);
        return Rational.of(numerator, denominator);
    };

    public static final Gen<Rational> NON_NEGATIVE_RATIONAL = RATIONAL.map(Rational::abs);

    /** A gross margin: 0 to 1. */
    public static final Gen<Rational> FRACTION = in -> {
        long denominator = longs().between(1, 1000).generate(in);
        return Rational.of(longs().between(0, denominator).generate(in), denominator);
    };

    public static final Gen<LocalDate> DATE = integers().between((int) LocalDate.of(1900, 1, 1).toEpochDay(),
            (int) LocalDate.of(2199, 12, 31).toEpochDay()).map(day -> LocalDate.ofEpochDay(day));

    public static final Gen<Period> PERIOD = in -> {
        LocalDate start = DATE.generate(in);
        return switch (integers().between(0, 3).generate(in)) {
            case 0 -> Period.month(start.getYear(), start.getMonthValue());
            case 1 -> Period.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case 2 -> Period.year(start.getYear());
            default -> Period.of(start, start.plusDays(integers().between(1, 800).generate(in)));
        };
    };

    public static final Gen<FiscalCalendar> FISCAL_CALENDAR = in -> FiscalCalendar.of(
            pick(List.of(Month.values())).generate(in), pick(List.of(FiscalCalendar.Labelling.values())).generate(in));

    public static final Gen<Money> MONEY = in -> Money.ofMinor(CURRENCY.generate(in),
            longs().between(-10_000_000_000_000L, 10_000_000_000_000L).generate(in));

    public static final Gen<ExactMoney> EXACT_MONEY = in -> exactMoney(in, CURRENCY.generate(in), false);

    public static final Gen<Ratio> RATIO = in -> {
        Rational numerator = NON_NEGATIVE_RATIONAL.generate(in);
        return switch (integers().between(0, 3).generate(in)) {
            case 0 -> Ratio.EMPTY;
            case 1 -> Ratio.of(longs().between(0, 1000).generate(in), longs().between(0, 1000).generate(in));
            case 2 -> Ratio.of(RATIONAL.generate(in), RATIONAL.generate(in));
            default -> Ratio.of(numerator, numerator.add(NON_NEGATIVE_RATIONAL.generate(in)));
        };
    };

    public static final Gen<DayAverage> DAY_AVERAGE = in -> DayAverage.of(longs().between(0, 100_000).generate(in),
            longs().between(0, 10_000_000).generate(in));

    public static final Gen<DayHistogram> DAY_HISTOGRAM = in -> {
        DayHistogram.Builder builder = DayHistogram.builder();
        int values = integers().between(0, 12).generate(in);
        for (int i = 0; i < values; i++) {
            int day = booleans().all().generate(in) ? integers().between(0, 400).generate(in)
                    : integers().between(0, Integer.MAX_VALUE).generate(in);
            builder.add(day, longs().between(1, 1_000_000).generate(in));
        }
        return builder.build();
    };

    public static final Gen<MoneyAverage> MONEY_AVERAGE = in -> moneyAverage(in, CURRENCY.generate(in));

    private BasicValues() {
    }

    /** An exact amount in a currency: whole minor units or a fraction of one, never negative when asked. */
    public static ExactMoney exactMoney(org.quicktheories.core.RandomnessSource in, Currency currency,
                                        boolean nonNegative) {
        Rational minor = booleans().all().generate(in)
                ? Rational.of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L).generate(in))
                : RATIONAL.generate(in);
        return ExactMoney.ofMinor(currency, nonNegative ? minor.abs() : minor);
    }

    public static Money money(org.quicktheories.core.RandomnessSource in, Currency currency) {
        return Money.ofMinor(currency, longs().between(0, 100_000_000_000L).generate(in));
    }

    public static MoneyAverage moneyAverage(org.quicktheories.core.RandomnessSource in, Currency currency) {
        long count = longs().between(0, 10_000).generate(in);
        return MoneyAverage.of(count == 0 ? ExactMoney.zero(currency) : exactMoney(in, currency, true), count);
    }

    /** Between 0 and {@code most} values of a generator. */
    public static <T> List<T> some(org.quicktheories.core.RandomnessSource in, Gen<T> values, int most) {
        int size = integers().between(0, most).generate(in);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(values.generate(in));
        }
        return list;
    }

    /** Up to {@code most} text attributes. */
    public static Map<String, String> attributes(org.quicktheories.core.RandomnessSource in, int most) {
        Map<String, String> map = new TreeMap<>();
        for (String key : some(in, TEXT, most)) {
            map.put(key, TEXT.generate(in));
        }
        return map;
    }
}
