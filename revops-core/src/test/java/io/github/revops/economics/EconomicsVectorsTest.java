package io.github.revops.economics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;
import io.github.revops.testing.EconomicsVectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static io.github.revops.testing.EconomicsVectors.assertAverage;
import static io.github.revops.testing.EconomicsVectors.assertOptionalMoney;
import static io.github.revops.testing.EconomicsVectors.assertNumber;
import static io.github.revops.testing.EconomicsVectors.assertRatio;
import static io.github.revops.testing.EconomicsVectors.date;
import static io.github.revops.testing.EconomicsVectors.exact;
import static io.github.revops.testing.EconomicsVectors.period;
import static io.github.revops.testing.EconomicsVectors.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** Every economics query of the shared vectors (pipeline-and-economics.json), exactly. */
class EconomicsVectorsTest {

    @TestFactory
    Stream<DynamicTest> economicsQueries() {
        return EconomicsVectors.testsOf("economics", EconomicsVectorsTest::check);
    }

    private static EconomicsInput input(JsonNode c) {
        return EconomicsInput.of(EconomicsVectors.spend(c), EconomicsVectors.subscriptions(c))
                .withDeals(EconomicsVectors.deals(c))
                .withCustomerChannels(EconomicsVectors.customerChannels(c));
    }

    /** The economics of a query's calendar month. */
    private static UnitEconomics month(EconomicsInput input, JsonNode q) {
        return UnitEconomics.of(input, Period.month(YearMonth.from(date(q.get("start")))), options(q));
    }

    private static EconomicsOptions options(JsonNode q) {
        return EconomicsOptions.DEFAULTS.withLagMonths(q.get("lag_months").asInt())
                .withNewCustomers(NewCustomerSource.valueOf(q.get("new_customers_from").asText()))
                .withGrossMargin(exact(q.get("gross_margin")))
                .withChurnWindowMonths(q.get("churn_window_months").asInt());
    }

    private static void check(JsonNode c) {
        List<JsonNode> queries = EconomicsVectors.queries(c, "economics");
        JsonNode expected = c.get("expected");
        Currency currency = EconomicsVectors.currency(c);
        if (expected.has("error")) {
            for (JsonNode q : queries) {
                EconomicsVectors.assertError(expected.get("error"), currency,
                        () -> month(input(c), q));
            }
            return;
        }
        EconomicsInput input = input(c);
        for (int i = 0; i < queries.size(); i++) {
            JsonNode q = queries.get(i);
            JsonNode e = expected.get("economics").get(i);
            String at = "query " + i + ": ";
            UnitEconomics m = month(input, q);
            assertThat(m.period()).as(at + "period").isEqualTo(period(e.get("period")));
            CacReport cac = m.cac();
            assertThat(cac.spendPeriod()).as(at + "spend_period").isEqualTo(period(e.get("spend_period")));
            JsonNode spend = e.get("spend");
            assertMoney(at + "spend.total", cac.spend().total(), spend.get("total"));
            assertMoney(at + "spend.paid", cac.spend().paid(), spend.get("paid"));
            for (SpendCategory category : SpendCategory.values()) {
                assertMoney(at + category, cac.spend().of(category), spend.get("by_category").get(category.name()));
            }
            assertThat(cac.spend().byChannel().keySet()).as(at + "spend channels")
                    .containsExactlyElementsOf(fieldNames(spend.get("by_channel")));
            cac.spend().byChannel().forEach((channel, amount) ->
                    assertMoney(at + "spend " + channel, amount, spend.get("by_channel").get(channel)));
            assertThat(List.copyOf(cac.newCustomerIds())).as(at + "new_customers")
                    .isEqualTo(strings(e.get("new_customers")));
            assertThat(List.copyOf(cac.unattributed())).as(at + "unattributed")
                    .isEqualTo(strings(e.get("unattributed_new_customers")));
            assertCac(at + "cac", cac.cac(CacBasis.BLENDED), e.get("cac"));
            assertCac(at + "paid_cac", cac.cac(CacBasis.PAID), e.get("paid_cac"));
            JsonNode byChannel = e.get("cac_by_channel");
            assertThat(cac.byChannel().groups().keySet()).as(at + "cac channels")
                    .containsExactlyElementsOf(fieldNames(byChannel));
            cac.byChannel().groups().forEach((channel, channelCac) -> {
                JsonNode ch = byChannel.get(channel);
                assertMoney(at + channel + " spend", channelCac.spend(), ch.get("spend"));
                assertThat(List.copyOf(cac.newCustomersByChannel().get(channel))).as(at + channel + " customers")
                        .isEqualTo(strings(ch.get("new_customers")));
                assertCac(at + channel + " cac", channelCac, ch.get("cac"));
            });
            assertMoney(at + "new_mrr", m.newMrr(), e.get("new_mrr"));
            assertAverage(at + "new_mrr_per_new_customer", m.newMrrPerNewCustomer(),
                    e.get("new_mrr_per_new_customer"));
            JsonNode payback = e.get("cac_payback_months");
            assertOptionalMoney(at + "payback cac", m.payback().cac().value(), payback.get("cac"));
            assertOptionalMoney(at + "payback mrr", m.payback().newMrrPerNewCustomer().mean(),
                    payback.get("new_mrr_per_new_customer"));
            assertThat(m.payback().grossMargin()).isEqualTo(exact(payback.get("gross_margin")));
            assertNumber(at + "payback", m.payback().months(), payback.get("value"));
            assertMoney(at + "net_new_arr", m.magicNumber().netNewArr(), e.get("net_new_arr"));
            assertThat(m.previousPeriod()).as(at + "previous_period").isEqualTo(period(e.get("previous_period")));
            assertMoney(at + "previous spend", m.magicNumber().previousPeriodSpend(), e.get("previous_period_spend"));
            assertRatio(at + "magic_number", m.magicNumber().ratio(), e.get("magic_number"));
            assertAverage(at + "arpa", m.arpa(), e.get("arpa"));
            assertChurn(at, m.monthlyLogoChurn(), e.get("monthly_logo_churn"));
            assertRatio(at + "trailing_churn", m.trailingChurn(), e.get("trailing_churn"));
            JsonNode ltv = e.get("ltv");
            assertOptionalMoney(at + "ltv arpa", m.ltv().arpa().mean(), ltv.get("arpa"));
            assertThat(m.ltv().grossMargin()).isEqualTo(exact(ltv.get("gross_margin")));
            assertNumber(at + "ltv churn", m.ltv().churn().exactValue(), ltv.get("churn"));
            assertOptionalMoney(at + "ltv", m.ltv().value(), ltv.get("value"));
            JsonNode ltvToCac = e.get("ltv_to_cac");
            assertOptionalMoney(at + "ltv_to_cac ltv", m.ltvToCac().ltv().value(), ltvToCac.get("ltv"));
            assertOptionalMoney(at + "ltv_to_cac cac", m.ltvToCac().cac().value(), ltvToCac.get("cac"));
            assertNumber(at + "ltv_to_cac", m.ltvToCac().value(), ltvToCac.get("value"));
        }
    }

    private static void assertChurn(String at, TimeSeries<Ratio> churn, JsonNode expected) {
        assertThat(churn.points()).as(at + "churn months").hasSize(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            JsonNode month = expected.get(k);
            assertThat(churn.points().get(k).period()).as(at + "churn period " + k)
                    .isEqualTo(period(month.get("period")));
            assertRatio(at + "churn " + month.get("period"), churn.points().get(k).value(), month);
        }
    }

    private static void assertCac(String what, Cac cac, JsonNode expected) {
        EconomicsVectors.assertPerUnit(what, cac.spend(), cac.newCustomers(), cac.value(), expected);
    }

    private static void assertMoney(String what, ExactMoney actual, JsonNode expected) {
        assertThat(actual.minorUnits()).as(what).isEqualTo(exact(expected));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
