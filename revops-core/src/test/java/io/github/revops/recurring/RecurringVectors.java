package io.github.revops.recurring;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.testing.VectorFile;
import io.github.revops.testing.VectorRecords;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads test resource vectors/recurring-revenue.json (a copy of the shared vectors, see its README). */
final class RecurringVectors {

    private static final VectorFile FILE = VectorFile.load("/vectors/recurring-revenue.json");

    private RecurringVectors() {
    }

    static List<JsonNode> cases() {
        return FILE.cases();
    }

    static JsonNode named(String name) {
        return FILE.named(name);
    }

    static List<Subscription> subscriptions(JsonNode c) {
        return VectorRecords.subscriptions(c);
    }

    static Subscription subscription(JsonNode s) {
        return VectorRecords.subscription(s);
    }

    static Optional<LocalDate> date(JsonNode node) {
        return VectorRecords.optionalDate(node);
    }

    static Period period(JsonNode p) {
        return VectorRecords.period(p);
    }

    /** An exact number: a JSON integer or a "p/q" string. */
    static Rational exact(JsonNode n) {
        return VectorRecords.exact(n);
    }

    static List<String> ids(JsonNode array) {
        return VectorRecords.strings(array);
    }

    /** Asserts a ratio's numerator and denominator as computed, and its value or undefinedness. */
    static void assertRatio(Ratio actual, JsonNode expected, String what) {
        assertThat(actual.numerator()).as(what + " numerator").isEqualTo(exact(expected.get("numerator")));
        assertThat(actual.denominator()).as(what + " denominator").isEqualTo(exact(expected.get("denominator")));
        if (expected.get("value").isNull()) {
            assertThat(actual.isDefined()).as(what + " undefined").isFalse();
            assertThat(actual.value()).as(what + " value").isEmpty();
        } else {
            assertThat(actual.exactValue()).as(what + " value").contains(exact(expected.get("value")));
        }
    }

    /** A money average against a vector's ratio of minor units: its total, its count and its exact mean. */
    static void assertMoneyAverage(MoneyAverage actual, JsonNode expected, String what) {
        assertThat(actual.total().minorUnits()).as(what + " total").isEqualTo(exact(expected.get("numerator")));
        assertThat(Rational.of(actual.count())).as(what + " count").isEqualTo(exact(expected.get("denominator")));
        if (expected.get("value").isNull()) {
            assertThat(actual.isDefined()).as(what + " undefined").isFalse();
            assertThat(actual.mean()).as(what + " mean").isEmpty();
        } else {
            assertThat(actual.mean().orElseThrow().minorUnits()).as(what + " mean")
                    .isEqualTo(exact(expected.get("value")));
        }
    }
}
