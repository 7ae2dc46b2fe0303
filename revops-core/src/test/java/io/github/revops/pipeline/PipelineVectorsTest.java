package io.github.revops.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.github.revops.pipeline.Vectors.assertDayStats;
import static io.github.revops.pipeline.Vectors.assertExactOrNull;
import static io.github.revops.pipeline.Vectors.assertRatio;
import static io.github.revops.pipeline.Vectors.ids;
import static io.github.revops.pipeline.Vectors.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every pipeline, stages and pipeline-segment case of vectors/pipeline-and-economics.json, and its deal validation
 * errors, compared exactly: numbers as p/q, ratios part by part.
 */
class PipelineVectorsTest {

    static Stream<String> pipelineCases() {
        return names(c -> !isError(c) && c.get("queries").get("pipeline").size() > 0);
    }

    static Stream<String> stageCases() {
        return names(c -> !isError(c) && c.get("queries").get("stages").size() > 0);
    }

    static Stream<String> errorCases() {
        return names(c -> isError(c) && (c.get("queries").get("pipeline").size() > 0
                || c.get("queries").get("stages").size() > 0));
    }

    private static boolean isError(JsonNode c) {
        return c.get("expected").has("error");
    }

    private static Stream<String> names(Predicate<JsonNode> filter) {
        return Vectors.cases().stream().filter(filter).map(c -> c.get("name").asText());
    }

    @Test
    void everyPipelineAndStagesCaseIsCovered() {
        assertThat(pipelineCases()).hasSize(15).contains("salesforce_win_rate_example",
                "closed_basis_over_all_created_can_exceed_one", "win_rate_per_owner_and_type",
                "segment_by_source_and_segment_attribute", "pipeline_velocity_worked_example");
        assertThat(stageCases()).hasSize(7);
        assertThat(errorCases()).hasSize(8).contains("error_deal_currency_mismatch", "error_duplicate_deal_id",
                "error_stage_history_out_of_order");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelineCases")
    void pipeline(String name) {
        JsonNode c = Vectors.byName(name);
        List<Deal> deals = Vectors.deals(c);
        JsonNode queries = c.get("queries").get("pipeline");
        JsonNode expected = c.get("expected").get("pipeline");
        assertThat(expected.size()).isEqualTo(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            JsonNode query = queries.get(i);
            Period period = period(query);
            String what = name + "[" + i + "]";
            assertPipeline(what, deals, period, WinRate.of(deals, period), SalesCycle.of(deals, period),
                    PipelineVelocity.of(deals, period), expected.get(i));
            for (JsonNode key : query.get("segment_by")) {
                String k = key.asText();
                JsonNode groups = expected.get(i).get("segments").get(k);
                if (k.equals("type")) {
                    assertSegments(what + " by type", deals, period, Deal::type, Enum::name, groups);
                } else if (k.equals("owner")) {
                    assertSegments(what + " by owner", deals, period, Deal::owner, s -> s, groups);
                } else if (k.equals("source")) {
                    assertSegments(what + " by source", deals, period, Deal::source, s -> s, groups);
                } else {
                    assertThat(k).startsWith("segment.");
                    assertSegments(what + " by " + k, deals, period, DealKeys.segment(k.substring(8)), s -> s,
                            groups);
                }
            }
            assertThat(expected.get(i).get("segments").size()).isEqualTo(query.get("segment_by").size());
        }
    }

    private static <K extends Comparable<? super K>> void assertSegments(
            String what, List<Deal> deals, Period period, Function<Deal, K> key, Function<K, String> label,
            JsonNode expectedGroups) {
        Breakdown<K, WinRate> winRates = WinRate.by(deals, period, key);
        Breakdown<K, SalesCycle> cycles = SalesCycle.by(deals, period, key);
        Breakdown<K, PipelineVelocity> velocities = PipelineVelocity.by(deals, period, key);
        List<String> expectedNames = new ArrayList<>();
        expectedGroups.fieldNames().forEachRemaining(expectedNames::add);
        assertThat(new TreeSet<>(winRates.groups().keySet().stream().map(label).toList()))
                .as(what + " groups").containsExactlyElementsOf(expectedNames);
        assertThat(cycles.groups().keySet()).isEqualTo(winRates.groups().keySet());
        assertThat(velocities.groups().keySet()).isEqualTo(winRates.groups().keySet());
        for (K group : winRates.groups().keySet()) {
            List<Deal> members = deals.stream().filter(d -> key.apply(d).equals(group)).toList();
            assertPipeline(what + " = " + label.apply(group), members, period, winRates.get(group).orElseThrow(),
                    cycles.get(group).orElseThrow(), velocities.get(group).orElseThrow(),
                    expectedGroups.get(label.apply(group)));
        }
        // every count and sum of the groups adds up to the whole's
        assertThat(winRates.total()).as(what + " win-rate total").isEqualTo(WinRate.of(deals, period));
        assertThat(cycles.total()).as(what + " cycle total").isEqualTo(SalesCycle.of(deals, period));
        assertThat(velocities.total()).as(what + " velocity total").isEqualTo(PipelineVelocity.of(deals, period));
    }

    private static void assertPipeline(String what, List<Deal> deals, Period period, WinRate winRate,
                                       SalesCycle cycle, PipelineVelocity velocity, JsonNode expected) {
        assertThat(period).as(what + " period").isEqualTo(period(expected.get("period")));
        // which deals fall in which set, deal by deal, through the library itself
        assertThat(idsWhere(deals, d -> WinRate.of(List.of(d), period).closedWon().count() == 1))
                .as(what + " closed_won").isEqualTo(ids(expected.get("closed_won")));
        assertThat(idsWhere(deals, d -> WinRate.of(List.of(d), period).closedLost().count() == 1))
                .as(what + " closed_lost").isEqualTo(ids(expected.get("closed_lost")));
        assertThat(idsWhere(deals, d -> WinRate.of(List.of(d), period).created().count() == 1))
                .as(what + " created").isEqualTo(ids(expected.get("created")));
        assertThat(idsWhere(deals, d -> PipelineVelocity.of(List.of(d), period).opportunities() == 1))
                .as(what + " open_at_end").isEqualTo(ids(expected.get("open_at_end")));
        assertThat(winRate.closedWon().count()).isEqualTo(expected.get("closed_won").size());
        assertThat(winRate.closedLost().count()).isEqualTo(expected.get("closed_lost").size());
        assertThat(winRate.created().count()).isEqualTo(expected.get("created").size());

        JsonNode rates = expected.get("win_rate");
        assertThat(rates.size()).isEqualTo(4);
        for (int j = 0; j < rates.size(); j++) {
            JsonNode rate = rates.get(j);
            WinRatePolicy policy = WinRatePolicy.of(
                    WinRateBasis.valueOf(rate.get("policy").get("basis").asText()),
                    WinRateDenominator.valueOf(rate.get("policy").get("denominator").asText()));
            assertThat(policy).isEqualTo(WinRatePolicy.ALL.get(j));
            String w = what + " " + policy;
            assertRatio(w + " by_count", winRate.byCount(policy), rate.get("by_count"));
            assertRatio(w + " by_value", winRate.byValue(policy), rate.get("by_value"));
            assertRatio(w + " loss_by_count", winRate.lossByCount(policy), rate.get("loss_by_count"));
            assertRatio(w + " loss_by_value", winRate.lossByValue(policy), rate.get("loss_by_value"));
        }
        assertThat(winRate.byCount()).isEqualTo(winRate.byCount(WinRatePolicy.DEFAULT));

        JsonNode cycles = expected.get("sales_cycle");
        assertThat(cycles.size()).isEqualTo(3);
        for (JsonNode stats : cycles) {
            CycleOutcome outcome = CycleOutcome.valueOf(stats.get("outcome").asText());
            assertDayStats(what + " cycle " + outcome, cycle.days(outcome), stats);
        }

        JsonNode v = expected.get("velocity");
        assertThat(velocity.opportunities()).as(what + " opportunities").isEqualTo(v.get("opportunities").asLong());
        assertAverage(what + " average_won_deal_size", velocity.averageWonDealSize(), v.get("average_won_deal_size"));
        assertRatio(what + " velocity win_rate", velocity.winRate(), v.get("win_rate"));
        assertRatio(what + " mean_cycle_days", velocity.meanCycleDays(), v.get("mean_cycle_days"));
        assertExactOrNull(what + " velocity value", velocity.value().map(ExactMoney::minorUnits), v.get("value"));
        assertThat(velocity.isDefined()).isEqualTo(!v.get("value").isNull());
    }

    /** A money average against a ratio of minor units to a count: empty exactly when the ratio is undefined. */
    private static void assertAverage(String what, Optional<MoneyAverage> actual, JsonNode expected) {
        if (expected.get("value").isNull()) {
            assertThat(actual).as(what + " (undefined)").isEmpty();
            return;
        }
        MoneyAverage average = actual.orElseThrow();
        assertThat(average.total().minorUnits()).as(what + " total").isEqualTo(Vectors.exact(expected.get("numerator")));
        assertThat(Rational.of(average.count())).as(what + " count").isEqualTo(Vectors.exact(expected.get("denominator")));
        assertExactOrNull(what + " mean", average.mean().map(ExactMoney::minorUnits), expected.get("value"));
    }

    private static List<String> idsWhere(List<Deal> deals, Predicate<Deal> in) {
        return deals.stream().filter(in).map(Deal::id).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stageCases")
    void stages(String name) {
        JsonNode c = Vectors.byName(name);
        List<Deal> deals = Vectors.deals(c);
        JsonNode queries = c.get("queries").get("stages");
        JsonNode expected = c.get("expected").get("stages");
        assertThat(expected.size()).isEqualTo(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            JsonNode query = queries.get(i);
            Period period = period(query);
            LocalDate asOf = LocalDate.parse(query.get("as_of").asText());
            List<String> stages = ids(query.get("stages"));
            StageConversion funnel = StageConversion.of(deals, stages, period, asOf);
            JsonNode e = expected.get(i);
            assertThat(period(e.get("period"))).isEqualTo(period);
            assertThat(LocalDate.parse(e.get("as_of").asText())).isEqualTo(asOf);
            assertThat(funnel.stages()).hasSize(stages.size());
            for (int k = 0; k < stages.size(); k++) {
                int stageIndex = k;
                StageStats actual = funnel.stages().get(k);
                JsonNode es = e.get("stages").get(k);
                String what = name + "[" + i + "] " + stages.get(k);
                assertThat(actual.stage()).isEqualTo(es.get("stage").asText()).isEqualTo(stages.get(k));
                assertThat(actual.reached()).as(what + " reached").isEqualTo(es.get("reached").asLong());
                assertThat(idsWhere(deals, d -> StageConversion.of(List.of(d), stages, period, asOf).stages()
                        .get(stageIndex).reached() == 1)).as(what + " reached_deals")
                        .isEqualTo(ids(es.get("reached_deals")));
                assertThat(actual.skipped()).as(what + " skipped").isEqualTo(es.get("skipped").asLong());
                if (es.get("advanced").isNull()) {
                    assertThat(actual.next()).as(what + " is the last stage").isEmpty();
                    assertThat(actual.conversion()).isEmpty();
                    assertThat(es.get("conversion").isNull()).isTrue();
                } else {
                    assertThat(actual.next()).contains(stages.get(k + 1));
                    assertThat(actual.advanced()).as(what + " advanced").isEqualTo(es.get("advanced").asLong());
                    assertRatio(what + " conversion", actual.conversion().orElseThrow(), es.get("conversion"));
                    assertThat(funnel.conversion(stages.get(k))).isEqualTo(actual.conversion());
                }
                JsonNode time = es.get("time_in_stage");
                assertDayStats(what + " time_in_stage", actual.timeInStage(), time);
                assertThat(actual.censored()).as(what + " censored").isEqualTo(time.get("censored").asLong());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void invalidInputFailsEveryQuery(String name) {
        JsonNode c = Vectors.byName(name);
        JsonNode error = c.get("expected").get("error");
        List<Runnable> queries = new ArrayList<>();
        for (JsonNode query : c.get("queries").get("pipeline")) {
            queries.add(() -> pipelineQuery(Vectors.deals(c), period(query)));
        }
        for (JsonNode query : c.get("queries").get("stages")) {
            queries.add(() -> StageConversion.of(Vectors.deals(c), ids(query.get("stages")), period(query),
                    LocalDate.parse(query.get("as_of").asText())));
        }
        assertThat(queries).isNotEmpty();
        for (Runnable query : queries) {
            if (error.get("type").asText().equals("CurrencyMismatch")) {
                assertThatThrownBy(query::run).isInstanceOfSatisfying(CurrencyMismatchException.class,
                        e -> assertThat(Set.of(e.firstCurrency().getCurrencyCode(),
                                e.secondCurrency().getCurrencyCode()))
                                .isEqualTo(Set.copyOf(ids(error.get("currencies")))));
            } else {
                assertThat(error.get("type").asText()).isEqualTo("InvalidInput");
                assertThatThrownBy(query::run).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.record()).isEqualTo(error.get("record").asText());
                    assertThat(e.id()).isEqualTo(error.get("id").asText());
                    assertThat(e.field()).isEqualTo(Vectors.javaField(error.get("field").asText()));
                    assertThat(e.value()).isEqualTo(expectedValue(c, error));
                    assertThat(e.getMessage()).contains(e.id()).contains(e.field()).contains(e.value());
                });
            }
        }
    }

    /** A pipeline query as the vectors define it: win rates, sales cycles and velocity of the period. */
    private static void pipelineQuery(List<Deal> deals, Period period) {
        WinRate.of(deals, period);
        SalesCycle.of(deals, period);
        PipelineVelocity.of(deals, period);
    }

    @Test
    void mixedCurrenciesFailTheValueBasedMetricsOnTheirOwn() {
        JsonNode c = Vectors.byName("error_deal_currency_mismatch");
        List<Deal> deals = Vectors.deals(c);
        Period march = period(c.get("queries").get("pipeline").get(0));
        assertThatThrownBy(() -> WinRate.of(deals, march)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> PipelineVelocity.of(deals, march)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> deals.parallelStream().collect(WinRate.collector(march)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    /** The vectors write the value as JSON (an amount in minor units); the library as the Java value's text. */
    private static String expectedValue(JsonNode c, JsonNode error) {
        JsonNode value = error.get("value");
        if (value.isNull()) {
            return "null";
        }
        if (error.get("field").asText().equals("amount")) {
            JsonNode bad = null;
            for (JsonNode d : c.get("deals")) {
                if (d.get("id").asText().equals(error.get("id").asText())) {
                    bad = d;
                }
            }
            return Money.ofMinor(bad.get("currency").asText(), value.asLong()).toString();
        }
        return value.asText();
    }
}
