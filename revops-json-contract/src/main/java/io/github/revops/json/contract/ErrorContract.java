package io.github.revops.json.contract;

import io.github.revops.domain.Deal;
import io.github.revops.json.JsonReadException;
import io.github.revops.json.JsonType;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.domain.Subscription;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

/**
 * Documents that are not a value of their type fail with a message that starts with the JSON path of the property
 * and says what is wrong (the examples of docs/json.md, "Errors"); hostile documents fail as fast.
 */
public interface ErrorContract {

    /** The JSON library under test, with the revops module registered. */
    JsonEngine engine();

    private JsonReadException error(String json, Class<?> type) {
        return error(json, JsonType.of(type));
    }

    /** The error reading a document written with ' for ", as the examples here are. */
    private JsonReadException error(String json, JsonType type) {
        return errorOf(json.replace('\'', '"'), type);
    }

    private JsonReadException errorOf(String json, JsonType type) {
        Throwable thrown = catchThrowable(() -> engine().read(json, type));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonReadException e) {
                return e;
            }
        }
        throw new AssertionError("expected a JsonReadException reading " + json + " as " + type, thrown);
    }

    private static String deal(String replaceCreatedDate) {
        return "{'id':'D-1','customerId':'ACME','owner':'Ana','source':'Web','type':'NEW_BUSINESS',"
                + "'amount':{'currency':'USD','amount':'8500.00'}," + replaceCreatedDate + ",'status':'WON',"
                + "'closeDate':'2026-02-20','stageHistory':[{'stage':'Demo','entered':'2026-01-20'},"
                + "{'stage':'Won','entered':'2026-02-30'}]}";
    }

    @Test
    default void aWrongValue_isNamedByItsPath() {
        assertThat(error("{'currency':'USX','amount':'2.00'}", Money.class)).hasMessage(
                "$.currency: expected an ISO-4217 currency code such as \"USD\", found \"USX\" (currency ('USX') is"
                        + " not an ISO-4217 code)");
        assertThat(error("{'currency':'USD','amount':25.95}", Money.class)).hasMessage(
                "$.amount: expected a decimal as text such as \"2360.91\", found a number (25.95)");
        assertThat(error("{'currency':null,'amount':'1.00'}", Money.class)).hasMessage(
                "$.currency: expected an ISO-4217 currency code such as \"USD\", found null");
        assertThat(error("'USD 25.95'", Money.class)).hasMessage(
                "$: expected a Money object, found a string (\"USD 25.95\")");
        assertThat(error(deal("'createdDate':'2026-01-10'"), Deal.class)).hasMessage(
                "$.stageHistory[1].entered: expected an ISO date such as \"2026-01-31\", found \"2026-02-30\"");
        assertThat(error(deal("'createdDate':'2026-01-10'").replace("NEW_BUSINESS", "NEW"), Deal.class))
                .hasMessage("$.type: expected one of NEW_BUSINESS, RENEWAL, EXPANSION, found \"NEW\" (not a"
                        + " DealType)");
        assertThat(error("{'id':'S-1','customerId':'ACME','amount':{'currency':'usd','amount':'10.00'},"
                + "'interval':'MONTH','startDate':'2026-01-05','trial':false}", Subscription.class)).hasMessageStartingWith(
                "$.amount.currency: expected an ISO-4217 currency code such as \"USD\", found \"usd\"");
    }

    @Test
    default void aMissingProperty_isNamed_andAnUnknownOneToo() {
        assertThat(error(deal("'created':'2026-01-10'"), Deal.class)).hasMessage(
                "$.createdDate: is required (an ISO date such as \"2026-01-31\")");
        assertThat(error("{'currency':'USD','amount':'1.00','amout':'2.00'}", Money.class)).hasMessage(
                "$.amout: is not a property of Money (its properties: currency, amount)");
        assertThat(engine().readIgnoringUnknown("{\"currency\":\"USD\",\"amount\":\"1.00\",\"amout\":\"2.00\"}",
                JsonType.of(Money.class))).isEqualTo(Money.parse("USD 1.00"));
    }

    @Test
    default void aRuleOfTheType_isItsMessage_atTheField() {
        assertThat(error(deal("'createdDate':'2026-03-01'").replace("2026-02-30", "2026-02-28"), Deal.class))
                .hasMessage("$.closeDate: is not valid: deal 'D-1': closeDate (2026-02-20) must not be before "
                        + "createdDate (2026-03-01)");
        assertThat(error("{'currency':'USD','amount':'25.951'}", Money.class)).hasMessage(
                "$: is not a valid Money: amount (25.951) has more decimal places than USD allows (2)");
        assertThat(error("{'currency':'JPY','amount':'10.5'}", ExactMoney.class)).hasMessage(
                "$: amount (10.5) has more decimal places than JPY allows (0); give the exact amount in 'exact'");
        assertThat(error("{'total':{'currency':'USD','amount':'5.00'},'count':0}", MoneyAverage.class))
                .hasMessage("$: is not a valid MoneyAverage: total (USD 5.00) must be zero when count is 0");
    }

    @Test
    default void aComputedFigure_mustMatchItsParts() {
        assertThat(error("{'numerator':'12','denominator':'20','decimal':0.7}", Ratio.class)).hasMessage(
                "$.decimal: does not match the value computed from the other properties: expected 0.6, found 0.7");
        assertThat(error("{'numerator':'12','denominator':'0','defined':true}", Ratio.class)).hasMessage(
                "$.defined: does not match the value computed from the other properties: expected false, found "
                        + "true");
        assertThat(error("{'currency':'USD','amount':'43.34','exact':'130/3'}", ExactMoney.class)).hasMessage(
                "$: amount (43.34) is not the exact amount (130/3) rounded half-even to 2 decimal places (43.33)");
        JsonType ratios = JsonType.of(Breakdown.class, JsonType.of(String.class), JsonType.of(Ratio.class));
        assertThat(error("{'groups':[{'key':'ana','value':{'numerator':'5','denominator':'8'}}],"
                + "'total':{'numerator':'5','denominator':'9'}}", ratios)).hasMessage(
                "$: total is not the combine of the groups (5/8 (62.50 %))");
        assertThat(error("{'groups':[{'key':'ana','value':{'numerator':'5','denominator':'8'}},"
                + "{'key':'ana','value':{'numerator':'1','denominator':'1'}}],"
                + "'total':{'numerator':'6','denominator':'9'}}", ratios)).hasMessage(
                "$: groups has the key ana twice");
    }

    @Test
    default void hostileNumbers_failFast_withTheirPath() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(error("{'numerator':'1e999999999','denominator':'1'}", Ratio.class)).hasMessage(
                    "$.numerator: expected an exact number as text such as \"3/5\", \"12\" or \"0.75\", found "
                            + "\"1e999999999\"");
            String huge = "9".repeat(10_001);
            assertThat(error("{'numerator':'" + huge + "','denominator':'1'}", Ratio.class).getMessage())
                    .startsWith("$.numerator: expected an exact number as text").contains("(9901 more characters)");
            assertThat(error("{'count':1e999999999,'sumDays':0}", io.github.revops.result.DayAverage.class))
                    .hasMessageStartingWith("$.count: expected a whole number, found");
            assertThat(error("{'frequencies':[{'day':12,'count':3},{'day':7,'count':1}]}", DayHistogram.class))
                    .hasMessage("$: frequencies must list each day once, in ascending order (day 7 after day 12)");
            assertThat(error("{'frequencies':[{'day':2147483647,'count':9000000000000000000}]}",
                    DayHistogram.class)).hasMessage("$: is not a valid DayHistogram: sumDays (0 + 2147483647 x "
                            + "9000000000000000000) overflows a long");
        });
    }

    @TestFactory
    default Stream<DynamicTest> anUnknownProperty_failsOrIsIgnored_inEveryObjectShape() {
        return Samples.all().stream().map(sample -> dynamicTest(sample.toString(), () -> qt().withExamples(20)
                .forAll(RoundTripContract.values(sample)).checkAssert(value -> {
                    String json = engine().write(value);
                    if (!json.startsWith("{")) {
                        return;
                    }
                    String extra = "{\"unexpected\":1," + json.substring(1);
                    assertThat(errorOf(extra, sample.type()).getMessage())
                            .startsWith("$.unexpected: is not a property of ");
                    assertThat(engine().readIgnoringUnknown(extra, sample.type())).isEqualTo(value);
                })));
    }
}
