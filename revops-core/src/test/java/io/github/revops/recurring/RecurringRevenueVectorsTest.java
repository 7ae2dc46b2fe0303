package io.github.revops.recurring;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.github.revops.recurring.RecurringVectors.assertMoneyAverage;
import static io.github.revops.recurring.RecurringVectors.assertRatio;
import static io.github.revops.recurring.RecurringVectors.exact;
import static io.github.revops.recurring.RecurringVectors.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every case of the recurring-revenue vectors (docs/metrics.md#recurring-revenue-and-retention), every query, every
 * expected figure. */
class RecurringRevenueVectorsTest {

    static Stream<JsonNode> validCases() {
        return RecurringVectors.cases().stream().filter(c -> !c.get("expected").has("error"));
    }

    static Stream<JsonNode> errorCases() {
        return RecurringVectors.cases().stream().filter(c -> c.get("expected").has("error"));
    }

    @Test
    void theFileHoldsAllThirtyFourCases() {
        assertThat(RecurringVectors.cases()).hasSize(34);
        assertThat(errorCases()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void mrrAtEachDate(JsonNode c) {
        RecurringRevenue revenue = RecurringRevenue.of(RecurringVectors.subscriptions(c));
        JsonNode expected = c.get("expected").get("mrr_at");
        JsonNode dates = c.get("queries").get("mrr_at");
        assertThat(expected.size()).isEqualTo(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = LocalDate.parse(dates.get(i).asText());
            JsonNode e = expected.get(i);
            MrrSnapshot s = revenue.mrrAt(date);
            String at = c.get("name").asText() + " on " + date;
            assertThat(s.mrr().minorUnits()).as(at + " mrr").isEqualTo(exact(e.get("mrr")));
            assertThat(s.arr().minorUnits()).as(at + " arr").isEqualTo(exact(e.get("arr")));
            assertThat(s.payingCustomers()).as(at + " paying").isEqualTo(e.get("paying_customers").asLong());
            assertMoneyAverage(s.arpa(), e.get("arpa"), at + " arpa");
            Set<String> customers = new TreeSet<>();
            e.get("by_customer").fieldNames().forEachRemaining(customers::add);
            assertThat(s.byCustomer().keySet()).as(at + " customers").containsExactlyElementsOf(customers);
            for (String customer : customers) {
                assertThat(s.customerMrr(customer).minorUnits()).as(at + " " + customer)
                        .isEqualTo(exact(e.get("by_customer").get(customer)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void movementsOfEachPeriod(JsonNode c) {
        List<Subscription> subs = RecurringVectors.subscriptions(c);
        RecurringRevenue revenue = RecurringRevenue.of(subs);
        JsonNode expected = c.get("expected").get("movements");
        JsonNode periods = c.get("queries").get("movements");
        assertThat(expected.size()).isEqualTo(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Period period = RecurringVectors.period(periods.get(i));
            JsonNode e = expected.get(i);
            MrrBridge b = revenue.movements(period);
            String at = c.get("name").asText() + " " + period;
            assertThat(b.startMrr().minorUnits()).as(at + " start").isEqualTo(exact(e.get("start_mrr")));
            assertThat(b.endMrr().minorUnits()).as(at + " end").isEqualTo(exact(e.get("end_mrr")));
            assertThat(b.netChange().minorUnits()).as(at + " net").isEqualTo(exact(e.get("net_change")));
            assertThat(b.fxImpact().isZero()).as(at + " fx").isTrue();
            assertMovement(b.newBusiness(), e.get("new"), at + " new");
            assertMovement(b.expansion(), e.get("expansion"), at + " expansion");
            assertMovement(b.reactivation(), e.get("reactivation"), at + " reactivation");
            assertMovement(b.contraction(), e.get("contraction"), at + " contraction");
            assertMovement(b.churn(), e.get("churn"), at + " churn");
            MergeLaws.assertCollector(subs, MrrBridge.collector(period, revenue.reporting()), b);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void metricsOfEachPeriod(JsonNode c) {
        List<Subscription> subs = RecurringVectors.subscriptions(c);
        RecurringRevenue revenue = RecurringRevenue.of(subs);
        JsonNode expected = c.get("expected").get("metrics");
        JsonNode queries = c.get("queries").get("metrics");
        assertThat(expected.size()).isEqualTo(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            Period period = RecurringVectors.period(queries.get(i));
            int grace = queries.get(i).get("renewal_grace_days").asInt();
            JsonNode e = expected.get(i);
            String at = c.get("name").asText() + " " + period;
            MrrBridge b = revenue.movements(period);
            assertThat(b.startMrr().minorUnits()).as(at + " start").isEqualTo(exact(e.get("start_mrr")));
            assertThat(b.endMrr().minorUnits()).as(at + " end").isEqualTo(exact(e.get("end_mrr")));
            assertThat(b.customersAtStart()).as(at + " customers at start")
                    .isEqualTo(e.get("customers_at_start").asLong());
            assertThat(e.get("logo_churn")).hasSize(8);
            for (JsonNode lc : e.get("logo_churn")) {
                JsonNode p = lc.get("policy");
                ChurnPolicy policy = new ChurnPolicy(ChurnDenominator.valueOf(p.get("denominator").asText()),
                        SamePeriodJoiners.valueOf(p.get("joiners").asText()),
                        ChurnRecognition.valueOf(p.get("recognition").asText()));
                LogoChurn churn = revenue.logoChurn(period, policy);
                assertRatio(churn.rate(), lc, at + " " + policy);
                assertThat(churn.churnedCustomers()).as(at + " " + policy + " churned")
                        .containsExactlyElementsOf(ids(lc.get("churned_customers")));
                MergeLaws.assertCollector(subs, LogoChurn.collector(period, policy), churn);
            }
            assertThat(ChurnPolicy.all()).hasSize(8);
            assertRatio(b.grossMrrChurn(), e.get("gross_mrr_churn"), at + " gross MRR churn");
            assertRatio(b.netMrrChurn(), e.get("net_mrr_churn"), at + " net MRR churn");
            assertRatio(b.nrr(), e.get("nrr"), at + " NRR");
            assertRatio(b.grr(), e.get("grr"), at + " GRR");
            assertRatio(b.quickRatio(), e.get("quick_ratio"), at + " quick ratio");
            assertRatio(b.expansionRate(), e.get("expansion_rate"), at + " expansion rate");
            assertRatio(b.upsellRate(), e.get("upsell_rate"), at + " upsell rate");
            assertThat(b.expansionMrr().minorUnits()).as(at + " expansion MRR")
                    .isEqualTo(exact(e.get("expansion_mrr")));
            Renewals r = revenue.renewals(period, grace);
            assertRatio(r.rateByCount(), e.get("renewal_count"), at + " renewal count");
            assertRatio(r.rateByValue(), e.get("renewal_value"), at + " renewal value");
            assertThat(r.upForRenewal()).as(at + " up for renewal")
                    .containsExactlyElementsOf(ids(e.get("renewal_contracts").get("up_for_renewal")));
            assertThat(r.renewed()).as(at + " renewed")
                    .containsExactlyElementsOf(ids(e.get("renewal_contracts").get("renewed")));
            MergeLaws.assertCollector(subs, Renewals.collector(period, grace, revenue.reporting()), r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void badInputIsRejectedWhereItEnters(JsonNode c) {
        JsonNode error = c.get("expected").get("error");
        if (error.get("type").asText().equals("InvalidInput")) {
            Throwable thrown = catchThrowable(() -> RecurringVectors.subscriptions(c));
            assertThat(thrown).isInstanceOf(InvalidRecordException.class);
            InvalidRecordException e = (InvalidRecordException) thrown;
            assertThat(e.record()).isEqualTo("subscription");
            assertThat(e.id()).isEqualTo(error.get("id").asText());
            assertThat(e.field()).isEqualTo(camel(error.get("field").asText()));
            String expectedValue = error.get("value").isNumber()
                    ? Money.ofMinor(currencyOf(c, e.id()), error.get("value").asLong()).toString()
                    : error.get("value").asText();
            assertThat(e.value()).isEqualTo(expectedValue);
        } else {
            List<Subscription> subs = RecurringVectors.subscriptions(c);
            Set<String> currencies = new TreeSet<>(ids(error.get("currencies")));
            assertMismatch(() -> RecurringRevenue.of(subs), currencies);
            ReportingCurrency first = ReportingCurrency.of(subs.get(0).amount().currency());
            Period month = Period.month(2024, 1);
            assertMismatch(() -> subs.stream().collect(MrrSnapshot.collector(month.start(), first)), currencies);
            assertMismatch(() -> subs.stream().collect(MrrBridge.collector(month, first)), currencies);
            assertMismatch(() -> subs.stream().collect(Renewals.collector(month, 0, first)), currencies);
            assertThatThrownBy(() -> ExactMoney.zero(Currency.getInstance("EUR"))
                    .plus(ExactMoney.zero(Currency.getInstance("USD")))).isInstanceOf(CurrencyMismatchException.class);
        }
    }

    private static void assertMismatch(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                       Set<String> currencies) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(CurrencyMismatchException.class);
        CurrencyMismatchException e = (CurrencyMismatchException) thrown;
        assertThat(Set.of(e.firstCurrency().getCurrencyCode(), e.secondCurrency().getCurrencyCode()))
                .isEqualTo(currencies);
    }

    private static String currencyOf(JsonNode c, String id) {
        for (JsonNode s : c.get("subscriptions")) {
            if (s.get("id").asText().equals(id)) {
                return s.get("currency").asText();
            }
        }
        throw new AssertionError(id);
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static void assertMovement(Movement actual, JsonNode expected, String what) {
        assertThat(actual.mrr().minorUnits()).as(what + " mrr").isEqualTo(exact(expected.get("mrr")));
        assertThat(actual.customers()).as(what + " customers")
                .containsExactlyElementsOf(ids(expected.get("customers")));
    }
}
