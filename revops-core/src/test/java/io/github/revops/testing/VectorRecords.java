package io.github.revops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.StageEntry;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the records and values of the JSON test vectors (snake_case fields) to domain records and exact numbers. */
public final class VectorRecords {

    private VectorRecords() {
    }

    /** A date "yyyy-mm-dd". */
    public static LocalDate date(JsonNode n) {
        return LocalDate.parse(n.asText());
    }

    /** A date, or empty for JSON null. */
    public static Optional<LocalDate> optionalDate(JsonNode n) {
        return n.isNull() ? Optional.empty() : Optional.of(date(n));
    }

    /** A period {start, end}. */
    public static Period period(JsonNode n) {
        return Period.of(date(n.get("start")), date(n.get("end")));
    }

    /** An exact number: an integer, a "p/q" string, or empty for null. */
    public static Optional<Rational> number(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return Optional.of(n.isTextual() ? Rational.parse(n.asText()) : Rational.of(n.bigIntegerValue(),
                BigInteger.ONE));
    }

    /** An exact number: an integer or a "p/q" string. */
    public static Rational exact(JsonNode n) {
        return number(n).orElseThrow(() -> new AssertionError("expected a number, found " + n));
    }

    /** The texts of an array. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** A vector deal as a {@link Deal}. */
    public static Deal deal(JsonNode d) {
        List<StageEntry> history = new ArrayList<>();
        d.get("stage_history").forEach(e -> history.add(new StageEntry(e.get("stage").asText(),
                date(e.get("entered")))));
        Map<String, String> segments = new LinkedHashMap<>();
        d.get("segment").fields().forEachRemaining(e -> segments.put(e.getKey(), e.getValue().asText()));
        return new Deal(d.get("id").asText(), d.get("customer_id").asText(), d.get("owner").asText(),
                d.get("source").asText(), DealType.valueOf(d.get("type").asText()),
                Money.ofMinor(d.get("currency").asText(), d.get("amount").asLong()),
                date(d.get("created_date")), DealStatus.valueOf(d.get("status").asText()),
                optionalDate(d.get("close_date")), history, Optional.empty(), segments);
    }

    /** The deals of a case, in order. */
    public static List<Deal> deals(JsonNode c) {
        List<Deal> deals = new ArrayList<>();
        c.get("deals").forEach(d -> deals.add(deal(d)));
        return deals;
    }

    /** A vector subscription as a {@link Subscription}. */
    public static Subscription subscription(JsonNode s) {
        String interval = s.get("interval").asText();
        BillingInterval billing = interval.equals("EVERY_N_MONTHS")
                ? BillingInterval.everyMonths(s.get("interval_months").asInt())
                : BillingInterval.parse(interval);
        return new Subscription(s.get("id").asText(), s.get("customer_id").asText(),
                Money.ofMinor(s.get("currency").asText(), s.get("amount").asLong()), billing,
                date(s.get("start_date")), optionalDate(s.get("end_date")), s.get("trial").asBoolean(),
                optionalDate(s.get("cancellation_date")));
    }

    /** The subscriptions of a case, in order. */
    public static List<Subscription> subscriptions(JsonNode c) {
        List<Subscription> subs = new ArrayList<>();
        c.get("subscriptions").forEach(s -> subs.add(subscription(s)));
        return subs;
    }
}
