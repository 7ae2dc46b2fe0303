package io.github.revops.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.testing.VectorFile;
import io.github.revops.testing.VectorRecords;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the test vectors of src/test/resources/vectors/pipeline-and-economics.json and compares results exactly. */
final class Vectors {

    private static final VectorFile FILE = VectorFile.load("/vectors/pipeline-and-economics.json");

    private Vectors() {
    }

    static List<JsonNode> cases() {
        return FILE.cases();
    }

    static JsonNode byName(String name) {
        return FILE.named(name);
    }

    /** Maps a vector deal to a {@link Deal}; snake_case fields become the Java components. */
    static Deal deal(JsonNode d) {
        return VectorRecords.deal(d);
    }

    static List<Deal> deals(JsonNode testCase) {
        return VectorRecords.deals(testCase);
    }

    /** The vectors' snake_case field names as the Java record components. */
    static String javaField(String field) {
        return Map.of("close_date", "closeDate", "created_date", "createdDate", "stage_history", "stageHistory",
                "customer_id", "customerId").getOrDefault(field, field);
    }

    static LocalDate date(JsonNode n) {
        return n == null ? null : VectorRecords.optionalDate(n).orElse(null);
    }

    static Period period(JsonNode n) {
        return VectorRecords.period(n);
    }

    /** An exact number: a JSON integer, or a "p/q" string. */
    static Rational exact(JsonNode n) {
        return VectorRecords.exact(n);
    }

    static List<String> ids(JsonNode array) {
        return VectorRecords.strings(array);
    }

    /** Compares a ratio's parts as computed and its value (null = undefined). */
    static void assertRatio(String what, Ratio actual, JsonNode expected) {
        assertThat(actual.numerator()).as(what + " numerator").isEqualTo(exact(expected.get("numerator")));
        assertThat(actual.denominator()).as(what + " denominator").isEqualTo(exact(expected.get("denominator")));
        assertExactOrNull(what + " value", actual.exactValue(), expected.get("value"));
    }

    static void assertExactOrNull(String what, Optional<Rational> actual, JsonNode expected) {
        if (expected.isNull()) {
            assertThat(actual).as(what + " (undefined)").isEmpty();
        } else {
            assertThat(actual).as(what).contains(exact(expected));
        }
    }

    /** Compares {count, sum_days, mean, min, p10, p25, median, p75, p90, max}. */
    static void assertDayStats(String what, DayHistogram actual, JsonNode expected) {
        assertThat(actual.count()).as(what + " count").isEqualTo(expected.get("count").asLong());
        assertThat(actual.sumDays()).as(what + " sum_days").isEqualTo(expected.get("sum_days").asLong());
        assertRatio(what + " mean", actual.average().toRatio(), expected.get("mean"));
        assertExactOrNull(what + " min", boxed(actual.min().isPresent(), actual.min().orElse(0)), expected.get("min"));
        assertExactOrNull(what + " max", boxed(actual.max().isPresent(), actual.max().orElse(0)), expected.get("max"));
        assertExactOrNull(what + " p10", actual.percentile(10), expected.get("p10"));
        assertExactOrNull(what + " p25", actual.percentile(25), expected.get("p25"));
        assertExactOrNull(what + " median", actual.median(), expected.get("median"));
        assertExactOrNull(what + " p75", actual.percentile(75), expected.get("p75"));
        assertExactOrNull(what + " p90", actual.percentile(90), expected.get("p90"));
    }

    private static Optional<Rational> boxed(boolean present, int value) {
        return present ? Optional.of(Rational.of(value)) : Optional.empty();
    }
}
