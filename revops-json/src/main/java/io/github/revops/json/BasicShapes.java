package io.github.revops.json;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.DayAverage;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.FiscalCalendar;
import io.github.revops.time.Period;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Month;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The shapes of the building blocks: exact numbers, money, periods and the result algebra (ratio, day average and
 * histogram, money average). docs/json.md describes each.
 */
final class BasicShapes {

    /** The significant digits of the approximate {@code decimal} of a ratio. */
    private static final MathContext DECIMAL_DIGITS = MathContext.DECIMAL64;

    static final Codec<Money> MONEY = ObjectCodec.of("Money",
            (m, out) -> out.put("currency", Scalars.CURRENCY, m.currency())
                    .put("amount", Scalars.DECIMAL_TEXT, m.amount()),
            in -> Money.of(in.get("currency", Scalars.CURRENCY), in.get("amount", Scalars.DECIMAL_TEXT)));

    static final Codec<ExactMoney> EXACT_MONEY = ObjectCodec.of("ExactMoney", BasicShapes::writeExact,
            BasicShapes::readExact);

    static final Codec<Ratio> RATIO = ObjectCodec.of("Ratio",
            (r, out) -> out.put("numerator", Scalars.RATIONAL, r.numerator())
                    .put("denominator", Scalars.RATIONAL, r.denominator())
                    .derived("defined", Scalars.BOOLEAN, r.isDefined())
                    .derived("exact", Containers.optional(Scalars.RATIONAL), r.exactValue())
                    .derived("decimal", Containers.optional(Scalars.DECIMAL_NUMBER), r.exactValue().map(
                            BasicShapes::decimal)),
            in -> Ratio.of(in.get("numerator", Scalars.RATIONAL), in.get("denominator", Scalars.RATIONAL)))
            .combining(sample -> Ratio.EMPTY);

    static final Codec<DayAverage> DAY_AVERAGE = ObjectCodec.of("DayAverage",
            (a, out) -> out.put("count", Scalars.LONG, a.count()).put("sumDays", Scalars.LONG, a.sumDays())
                    .derived("mean", Containers.optional(Scalars.RATIONAL), a.mean()),
            in -> DayAverage.of(in.whole("count"), in.whole("sumDays")))
            .combining(sample -> DayAverage.EMPTY);

    private static final Codec<Map.Entry<Integer, Long>> FREQUENCY = ObjectCodec.of("day frequency",
            (f, out) -> out.put("day", Scalars.INT, f.getKey()).put("count", Scalars.LONG, f.getValue()),
            in -> Map.entry(in.wholeInt("day"), in.whole("count")));

    static final Codec<DayHistogram> DAY_HISTOGRAM = ObjectCodec.of("DayHistogram",
            (h, out) -> out.derived("count", Scalars.LONG, h.count())
                    .derived("sumDays", Scalars.LONG, h.sumDays())
                    .derived("mean", Containers.optional(Scalars.RATIONAL), h.mean())
                    .derived("median", Containers.optional(Scalars.RATIONAL), h.median())
                    .derived("min", Containers.optional(Scalars.INT), boxed(h.min()))
                    .derived("max", Containers.optional(Scalars.INT), boxed(h.max()))
                    .put("frequencies", Containers.list(FREQUENCY), h.frequencies().entrySet().stream().toList()),
            BasicShapes::readHistogram)
            .combining(sample -> DayHistogram.EMPTY);

    static final Codec<MoneyAverage> MONEY_AVERAGE = ObjectCodec.of("MoneyAverage",
            (a, out) -> out.put("total", EXACT_MONEY, a.total()).put("count", Scalars.LONG, a.count())
                    .derived("mean", Containers.optional(EXACT_MONEY), a.mean()),
            in -> MoneyAverage.of(in.get("total", EXACT_MONEY), in.whole("count")))
            .combining(sample -> MoneyAverage.empty(sample.currency()));

    static final Codec<FiscalCalendar> FISCAL_CALENDAR = ObjectCodec.of("FiscalCalendar",
            (c, out) -> out.put("firstMonth", Scalars.enumeration(Month.class), c.firstMonth())
                    .put("labelling", Scalars.enumeration(FiscalCalendar.Labelling.class), c.labelling()),
            in -> FiscalCalendar.of(in.get("firstMonth", Scalars.enumeration(Month.class)),
                    in.get("labelling", Scalars.enumeration(FiscalCalendar.Labelling.class))));

    private BasicShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(Rational.class, Scalars.RATIONAL);
        shapes.put(Money.class, MONEY);
        shapes.put(ExactMoney.class, EXACT_MONEY);
        shapes.put(Period.class, Scalars.PERIOD);
        shapes.put(FiscalCalendar.class, FISCAL_CALENDAR);
        shapes.put(FiscalCalendar.Labelling.class, Scalars.enumeration(FiscalCalendar.Labelling.class));
        shapes.put(Ratio.class, RATIO);
        shapes.put(DayAverage.class, DAY_AVERAGE);
        shapes.put(DayHistogram.class, DAY_HISTOGRAM);
        shapes.put(MoneyAverage.class, MONEY_AVERAGE);
    }

    /** A ratio's value to 16 significant digits, half-even, without trailing zeros: for charts and sorting. */
    static BigDecimal decimal(Rational value) {
        BigDecimal decimal = new BigDecimal(value.numerator())
                .divide(new BigDecimal(value.denominator()), DECIMAL_DIGITS).stripTrailingZeros();
        return decimal.signum() == 0 ? BigDecimal.ZERO : decimal;
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    private static DayHistogram readHistogram(ObjectIn in) {
        DayHistogram.Builder builder = DayHistogram.builder();
        Integer previous = null;
        for (Map.Entry<Integer, Long> f : in.get("frequencies", Containers.list(FREQUENCY))) {
            if (previous != null && f.getKey() <= previous) {
                throw in.node().fail("frequencies must list each day once, in ascending order (day " + f.getKey()
                        + " after day " + previous + ")");
            }
            if (f.getValue() <= 0) {
                throw in.node().fail("frequencies must count each day at least once (day " + f.getKey()
                        + " counted " + f.getValue() + ")");
            }
            builder.add(f.getKey(), f.getValue());
            previous = f.getKey();
        }
        return builder.build();
    }

    private static void writeExact(ExactMoney m, ObjectOut out) {
        int scale = m.currency().getDefaultFractionDigits();
        out.put("currency", Scalars.CURRENCY, m.currency())
                .put("amount", Scalars.DECIMAL_TEXT, rounded(m, scale));
        if (!m.minorUnits().isWhole()) {
            out.put("exact", Scalars.RATIONAL, m.amount());
        }
    }

    /** The amount at the currency's scale, rounded half-even (exact when the amount is whole minor units). */
    private static BigDecimal rounded(ExactMoney m, int scale) {
        return m.minorUnits().toBigDecimal(0, RoundingMode.HALF_EVEN).movePointLeft(scale).setScale(scale,
                RoundingMode.UNNECESSARY);
    }

    private static ExactMoney readExact(ObjectIn in) {
        Currency currency = in.get("currency", Scalars.CURRENCY);
        BigDecimal amount = in.get("amount", Scalars.DECIMAL_TEXT);
        Optional<Rational> exact = in.get("exact", Containers.optional(Scalars.RATIONAL));
        int scale = currency.getDefaultFractionDigits();
        Rational perMajor = Rational.of(BigInteger.TEN.pow(scale), BigInteger.ONE);
        if (exact.isEmpty()) {
            if (amount.stripTrailingZeros().scale() > scale) {
                throw in.node().fail("amount (" + amount.toPlainString() + ") has more decimal places than "
                        + currency.getCurrencyCode() + " allows (" + scale + "); give the exact amount in 'exact'");
            }
            return ExactMoney.ofMinor(currency, Rational.of(amount).multiply(perMajor));
        }
        ExactMoney money = ExactMoney.ofMinor(currency, exact.get().multiply(perMajor));
        BigDecimal expected = rounded(money, scale);
        if (expected.compareTo(amount) != 0) {
            throw in.node().fail("amount (" + amount.toPlainString() + ") is not the exact amount ("
                    + exact.get() + ") rounded half-even to " + scale + " decimal places (" + expected.toPlainString()
                    + ")");
        }
        return money;
    }
}
