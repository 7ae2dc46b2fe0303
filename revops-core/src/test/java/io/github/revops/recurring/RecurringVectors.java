package io.github.revops.recurring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads test resource vectors/recurring-revenue.json (a copy of the shared vectors, see its README). */
final class RecurringVectors {

    private static final JsonNode ROOT = read();

    private RecurringVectors() {
    }

    private static JsonNode read() {
        try (InputStream in = RecurringVectors.class.getResourceAsStream("/vectors/recurring-revenue.json")) {
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

    static JsonNode named(String name) {
        return cases().stream().filter(c -> c.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    static List<Subscription> subscriptions(JsonNode c) {
        List<Subscription> subs = new ArrayList<>();
        c.get("subscriptions").forEach(s -> subs.add(subscription(s)));
        return subs;
    }

    static Subscription subscription(JsonNode s) {
        String interval = s.get("interval").asText();
        BillingInterval bi = interval.equals("EVERY_N_MONTHS")
                ? BillingInterval.everyMonths(s.get("interval_months").asInt()) : BillingInterval.parse(interval);
        return new Subscription(s.get("id").asText(), s.get("customer_id").asText(),
                Money.ofMinor(s.get("currency").asText(), s.get("amount").asLong()), bi,
                LocalDate.parse(s.get("start_date").asText()), date(s.get("end_date")), s.get("trial").asBoolean(),
                date(s.get("cancellation_date")));
    }

    static Optional<LocalDate> date(JsonNode node) {
        return node.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(node.asText()));
    }

    static Period period(JsonNode p) {
        return Period.of(LocalDate.parse(p.get("start").asText()), LocalDate.parse(p.get("end").asText()));
    }

    /** An exact number: a JSON integer or a "p/q" string. */
    static Rational exact(JsonNode n) {
        return n.isTextual() ? Rational.parse(n.asText()) : Rational.of(n.asLong());
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
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
}
