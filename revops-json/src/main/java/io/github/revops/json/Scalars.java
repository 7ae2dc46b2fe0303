package io.github.revops.json;

import io.github.revops.domain.BillingInterval;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The codecs of single values: text, whole numbers, booleans, exact numbers as text, dates, periods, currencies and
 * enum constants by name.
 */
final class Scalars {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern EXACT_NUMBER = Pattern.compile("-?[0-9]+(/[0-9]+|\\.[0-9]+)?");

    /**
     * The longest exact number read, in characters: far beyond any sum revops makes, and short enough that no
     * document can make the parser spend long on one number.
     */
    static final int MOST_DIGITS = 10_000;

    static final Codec<String> STRING = new Codec<>() {
        @Override
        public String expected() {
            return "a string";
        }

        @Override
        public void write(String value, JsonSink out) {
            out.string(value);
        }

        @Override
        public String read(Node node) {
            return node.string(expected());
        }
    };

    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public String expected() {
            return "a whole number";
        }

        @Override
        public void write(Long value, JsonSink out) {
            out.number(value);
        }

        @Override
        public Long read(Node node) {
            return node.whole(expected());
        }
    };

    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public String expected() {
            return "a whole number";
        }

        @Override
        public void write(Integer value, JsonSink out) {
            out.number(value);
        }

        @Override
        public Integer read(Node node) {
            return node.wholeInt(expected());
        }
    };

    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public String expected() {
            return "true or false";
        }

        @Override
        public void write(Boolean value, JsonSink out) {
            out.bool(value);
        }

        @Override
        public Boolean read(Node node) {
            return node.bool();
        }
    };

    /** A decimal number, written as a JSON number in plain notation: the approximate value of a ratio. */
    static final Codec<BigDecimal> DECIMAL_NUMBER = new Codec<>() {
        @Override
        public String expected() {
            return "a number";
        }

        @Override
        public void write(BigDecimal value, JsonSink out) {
            out.number(value);
        }

        @Override
        public BigDecimal read(Node node) {
            if (node.tree() instanceof JsonTree.Num num) {
                return num.value();
            }
            throw node.wrongKind(expected());
        }
    };

    /** An exact decimal as text in plain notation, {@code "2360.91"}: an amount of money. */
    static final Codec<BigDecimal> DECIMAL_TEXT = text("a decimal as text such as \"2360.91\"",
            BigDecimal::toPlainString, text -> new BigDecimal(checked(text, PLAIN_DECIMAL)));

    static final Codec<Rational> RATIONAL = text("an exact number as text such as \"3/5\", \"12\" or \"0.75\"",
            Rational::toString, text -> Rational.parse(checked(text, EXACT_NUMBER)));

    static final Codec<LocalDate> DATE = text("an ISO date such as \"2026-01-31\"", LocalDate::toString,
            LocalDate::parse);

    static final Codec<Period> PERIOD = text("a period such as \"2026-01-01/2026-04-01\" (start/end, end exclusive)",
            Period::toString, Period::parse);

    static final Codec<Currency> CURRENCY = text("an ISO-4217 currency code such as \"USD\"",
            Currency::getCurrencyCode, Money::currency);

    static final Codec<BillingInterval> BILLING_INTERVAL = text(
            "a billing interval: MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS", BillingInterval::toString,
            BillingInterval::parse);

    private Scalars() {
    }

    /**
     * A value written as text: the parser's exception (a bad date, an unknown code) becomes the error of the
     * property, with the text the document has.
     */
    static <T> Codec<T> text(String expected, Function<T, String> format, Function<String, T> parse) {
        return new Codec<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public void write(T value, JsonSink out) {
                out.string(format.apply(value));
            }

            @Override
            public T read(Node node) {
                String text = node.string(expected);
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
                    String reason = e instanceof DateTimeParseException || e instanceof NumberFormatException
                            ? "" : " (" + e.getMessage() + ")";
                    throw node.fail("expected " + expected + ", found " + Shown.quoted(text) + reason, e);
                }
            }
        };
    }

    /** The text, if it has the form and at most {@link #MOST_DIGITS} characters. */
    private static String checked(String text, Pattern form) {
        if (text.length() > MOST_DIGITS || !form.matcher(text).matches()) {
            throw new NumberFormatException("not in the form");
        }
        return text;
    }

    /** An enum constant by its name. */
    static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return text("one of " + names, Enum::name, name -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("not a " + type.getSimpleName());
        });
    }
}
