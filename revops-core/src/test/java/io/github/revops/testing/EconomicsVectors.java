package io.github.revops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads the cases of {@code vectors/pipeline-and-economics.json} (a copy of the shared vectors, see the README
 * beside it) into domain records, and compares results with the expected JSON values.
 */
public final class EconomicsVectors {

    private static final VectorFile FILE = VectorFile.load("/vectors/pipeline-and-economics.json");

    private EconomicsVectors() {
    }

    /** Every case of the file, in file order. */
    public static List<JsonNode> cases() {
        return FILE.cases();
    }

    /** One dynamic test per case that has queries of a kind (economics, forecasts, quotas...), named after it. */
    public static Stream<DynamicTest> testsOf(String queryKind, Consumer<JsonNode> check) {
        return cases().stream()
                .filter(c -> c.get("queries").get(queryKind).size() > 0)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check.accept(c)));
    }

    /** The queries of a kind of a case, in order. */
    public static List<JsonNode> queries(JsonNode c, String queryKind) {
        List<JsonNode> out = new ArrayList<>();
        c.get("queries").get(queryKind).forEach(out::add);
        return out;
    }

    /** The case with a name. */
    public static JsonNode named(String name) {
        return FILE.named(name);
    }

    /** The currencies used by the case's deals, spend and subscriptions, sorted. */
    public static TreeSet<String> currencies(JsonNode c) {
        TreeSet<String> codes = new TreeSet<>();
        for (String key : List.of("deals", "spend", "subscriptions")) {
            c.get(key).forEach(r -> codes.add(r.get("currency").asText()));
        }
        return codes;
    }

    /** The case's currency: the first of its currencies, EUR when it has no money record. */
    public static Currency currency(JsonNode c) {
        TreeSet<String> codes = currencies(c);
        return Money.currency(codes.isEmpty() ? "EUR" : codes.first());
    }

    public static LocalDate date(JsonNode n) {
        return VectorRecords.date(n);
    }

    public static Period period(JsonNode n) {
        return VectorRecords.period(n);
    }

    /** An exact number: an integer, a "p/q" string, or empty for null. */
    public static Optional<Rational> number(JsonNode n) {
        return VectorRecords.number(n);
    }

    public static Rational exact(JsonNode n) {
        return VectorRecords.exact(n);
    }

    public static Money money(Currency currency, JsonNode n) {
        return Money.ofMinor(currency, n.asLong());
    }

    public static List<String> strings(JsonNode array) {
        return VectorRecords.strings(array);
    }

    public static List<Deal> deals(JsonNode c) {
        return VectorRecords.deals(c);
    }

    public static List<Spend> spend(JsonNode c) {
        List<Spend> spend = new ArrayList<>();
        for (JsonNode s : c.get("spend")) {
            spend.add(Spend.of(s.get("id").asText(), date(s.get("date")),
                    Money.ofMinor(s.get("currency").asText(), s.get("amount").asLong()),
                    SpendCategory.valueOf(s.get("category").asText()), s.get("channel").asText(),
                    s.get("paid").asBoolean()));
        }
        return spend;
    }

    public static List<Subscription> subscriptions(JsonNode c) {
        return VectorRecords.subscriptions(c);
    }

    public static List<ForecastSubmission> forecasts(JsonNode c, Currency currency) {
        List<ForecastSubmission> out = new ArrayList<>();
        for (JsonNode f : c.get("forecasts")) {
            out.add(new ForecastSubmission(f.get("id").asText(), f.get("submitter").asText(),
                    period(f.get("period")), date(f.get("submitted_date")),
                    ForecastCategory.valueOf(f.get("category").asText()), money(currency, f.get("amount"))));
        }
        return out;
    }

    public static Map<String, String> customerChannels(JsonNode c) {
        Map<String, String> channels = new LinkedHashMap<>();
        c.get("customer_channels").fields().forEachRemaining(e -> channels.put(e.getKey(), e.getValue().asText()));
        return channels;
    }

    /** Asserts a ratio's parts and value: {numerator, denominator, value}, value null when undefined. */
    public static void assertRatio(String what, Ratio actual, JsonNode expected) {
        assertThat(actual.numerator()).as(what + " numerator").isEqualTo(exact(expected.get("numerator")));
        assertThat(actual.denominator()).as(what + " denominator").isEqualTo(exact(expected.get("denominator")));
        assertThat(actual.exactValue()).as(what + " value").isEqualTo(number(expected.get("value")));
    }

    /**
     * Asserts money spread over a count (a CAC, an average) against a ratio of minor units: {numerator, denominator,
     * value}, value null when the count is 0.
     */
    public static void assertPerUnit(String what, ExactMoney total, long count, Optional<ExactMoney> value,
                                     JsonNode expected) {
        assertThat(total.minorUnits()).as(what + " numerator").isEqualTo(exact(expected.get("numerator")));
        assertThat(Rational.of(count)).as(what + " denominator").isEqualTo(exact(expected.get("denominator")));
        assertThat(value.map(ExactMoney::minorUnits)).as(what + " value").isEqualTo(number(expected.get("value")));
    }

    /** Asserts an average of money against a ratio of minor units, as {@link #assertPerUnit}. */
    public static void assertAverage(String what, MoneyAverage actual, JsonNode expected) {
        assertPerUnit(what, actual.total(), actual.count(), actual.mean(), expected);
    }

    /** Asserts an exact amount of money against a number of minor units or null. */
    public static void assertOptionalMoney(String what, Optional<ExactMoney> actual, JsonNode expected) {
        assertThat(actual.map(ExactMoney::minorUnits)).as(what).isEqualTo(number(expected));
    }

    /** Asserts an exact figure against a number or null. */
    public static void assertNumber(String what, Optional<Rational> actual, JsonNode expected) {
        assertThat(actual).as(what).isEqualTo(number(expected));
    }

    /** Asserts that the case's expected error is thrown: InvalidInput or CurrencyMismatch. */
    public static void assertError(JsonNode error, Currency currency, ThrowingCallable query) {
        String type = error.get("type").asText();
        if (type.equals("CurrencyMismatch")) {
            assertThatThrownBy(query).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                TreeSet<String> codes = new TreeSet<>(List.of(e.firstCurrency().getCurrencyCode(),
                        e.secondCurrency().getCurrencyCode()));
                assertThat(List.copyOf(codes)).isEqualTo(strings(error.get("currencies")));
            });
            return;
        }
        assertThat(type).isEqualTo("InvalidInput");
        assertThatThrownBy(query).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.record()).isEqualTo(error.get("record").asText());
            assertThat(e.id()).isEqualTo(error.get("id").asText());
            assertThat(e.field()).isEqualTo(camel(error.get("field").asText()));
            JsonNode value = error.get("value");
            if (value.isNull()) {
                assertThat(e.value()).isEqualTo("null");
            } else if (value.isNumber() && error.get("field").asText().equals("amount")) {
                assertThat(e.value()).isEqualTo(Money.ofMinor(currency, value.asLong()).toString());
            } else {
                assertThat(e.value()).isEqualTo(value.asText());
            }
        });
    }

    /** The Java component name of a snake_case field: submitted_date -> submittedDate. */
    public static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
