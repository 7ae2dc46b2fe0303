package io.github.revops.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the test vectors of src/test/resources/vectors/pipeline-and-economics.json and compares results exactly. */
final class Vectors {

    private static final JsonNode ROOT = load("/vectors/pipeline-and-economics.json");

    private Vectors() {
    }

    private static JsonNode load(String resource) {
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        ROOT.get("cases").forEach(cases::add);
        return cases;
    }

    static JsonNode byName(String name) {
        return cases().stream().filter(c -> c.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    /** Maps a vector deal to a {@link Deal}; snake_case fields become the Java components. */
    static Deal deal(JsonNode d) {
        Deal.Builder b = Deal.builder(d.get("id").asText())
                .customer(d.get("customer_id").asText())
                .owner(d.get("owner").asText())
                .source(d.get("source").asText())
                .type(DealType.valueOf(d.get("type").asText()))
                .amount(Money.ofMinor(d.get("currency").asText(), d.get("amount").asLong()))
                .created(LocalDate.parse(d.get("created_date").asText()))
                .status(DealStatus.valueOf(d.get("status").asText()), date(d.get("close_date")));
        for (JsonNode e : d.get("stage_history")) {
            b.stage(e.get("stage").asText(), LocalDate.parse(e.get("entered").asText()));
        }
        d.get("segment").fields().forEachRemaining(f -> b.segment(f.getKey(), f.getValue().asText()));
        return b.build();
    }

    static List<Deal> deals(JsonNode testCase) {
        List<Deal> deals = new ArrayList<>();
        testCase.get("deals").forEach(d -> deals.add(deal(d)));
        return deals;
    }

    /** The vectors' snake_case field names as the Java record components. */
    static String javaField(String field) {
        return Map.of("close_date", "closeDate", "created_date", "createdDate", "stage_history", "stageHistory",
                "customer_id", "customerId").getOrDefault(field, field);
    }

    static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    static Period period(JsonNode n) {
        return Period.of(LocalDate.parse(n.get("start").asText()), LocalDate.parse(n.get("end").asText()));
    }

    /** An exact number: a JSON integer, or a "p/q" string. */
    static Rational exact(JsonNode n) {
        if (n.isIntegralNumber()) {
            return Rational.of(n.bigIntegerValue(), BigInteger.ONE);
        }
        return Rational.parse(n.asText());
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
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
