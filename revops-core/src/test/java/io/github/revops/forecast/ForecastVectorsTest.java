package io.github.revops.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import io.github.revops.testing.EconomicsVectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static io.github.revops.testing.EconomicsVectors.assertRatio;
import static io.github.revops.testing.EconomicsVectors.date;
import static io.github.revops.testing.EconomicsVectors.period;
import static io.github.revops.testing.EconomicsVectors.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every forecasts and quotas query of the shared vectors (pipeline-and-economics.json), exactly. */
class ForecastVectorsTest {

    private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    @TestFactory
    Stream<DynamicTest> forecastQueries() {
        return EconomicsVectors.testsOf("forecasts", ForecastVectorsTest::checkForecasts);
    }

    @TestFactory
    Stream<DynamicTest> quotaQueries() {
        return EconomicsVectors.testsOf("quotas", ForecastVectorsTest::checkQuotas);
    }

    /** Every forecast of a case, whatever its period: the vectors' snapshots cover all forecast periods. */
    private static final Period EVERY_PERIOD = Period.of(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1));

    private static ForecastInput input(JsonNode c) {
        return ForecastInput.of(EconomicsVectors.forecasts(c, EconomicsVectors.currency(c)),
                EconomicsVectors.deals(c));
    }

    private static ForecastSnapshot snapshot(JsonNode c, JsonNode q) {
        return ForecastSnapshot.of(input(c), EVERY_PERIOD, ForecastCategory.valueOf(q.get("category").asText()),
                date(q.get("as_of")));
    }

    private static void checkForecasts(JsonNode c) {
        JsonNode expected = c.get("expected");
        List<JsonNode> queries = EconomicsVectors.queries(c, "forecasts");
        if (expected.has("error")) {
            for (JsonNode q : queries) {
                EconomicsVectors.assertError(expected.get("error"), EconomicsVectors.currency(c),
                        () -> snapshot(c, q));
            }
            return;
        }
        for (int i = 0; i < queries.size(); i++) {
            JsonNode q = queries.get(i);
            JsonNode e = expected.get("forecasts").get(i);
            String at = "query " + i + ": ";
            ForecastSnapshot snapshot = snapshot(c, q);
            ZeroActualPolicy policy = ZeroActualPolicy.valueOf(q.get("zero_actual").asText());
            assertThat(snapshot.forecasts()).as(at + "scored").hasSize(e.get("forecasts").size());
            for (int k = 0; k < snapshot.forecasts().size(); k++) {
                ScoredForecast s = snapshot.forecasts().get(k);
                JsonNode f = e.get("forecasts").get(k);
                String it = at + f.get("id").asText() + " ";
                assertThat(s.submission().id()).as(it + "id").isEqualTo(f.get("id").asText());
                assertThat(s.submission().submitter()).as(it + "submitter").isEqualTo(f.get("submitter").asText());
                assertThat(s.submission().period()).as(it + "period").isEqualTo(period(f.get("period")));
                assertThat(s.submission().submittedDate()).isEqualTo(date(f.get("submitted_date")));
                assertThat(s.forecast().minorUnits()).as(it + "forecast")
                        .isEqualTo(Rational.of(f.get("forecast").asLong()));
                assertThat(s.actual().minorUnits()).as(it + "actual").isEqualTo(Rational.of(f.get("actual").asLong()));
                assertThat(s.error().minorUnits()).as(it + "error").isEqualTo(Rational.of(f.get("error").asLong()));
                assertRatio(it + "accuracy", s.accuracy(), f.get("accuracy"));
            }
            assertThat(snapshot.superseded()).as(at + "superseded").isEqualTo(strings(e.get("superseded")));
            assertThat(snapshot.afterAsOf()).as(at + "after_as_of").isEqualTo(strings(e.get("after_as_of")));
            ForecastAccuracy accuracy = snapshot.accuracy();
            assertThat(accuracy.count()).as(at + "count").isEqualTo(e.get("count").asLong());
            JsonNode mape = e.get("mape");
            if (mape.has("error")) {
                assertThatThrownBy(() -> accuracy.mape(policy)).isInstanceOfSatisfying(ZeroActualException.class,
                        z -> assertThat(z.forecastIds()).isEqualTo(strings(mape.get("error").get("forecasts"))));
            } else {
                Mape m = accuracy.mape(policy);
                assertRatio(at + "mape", m.ratio(), mape);
                assertThat(m.excluded()).as(at + "excluded").isEqualTo(mape.get("excluded").asLong());
            }
            assertRatio(at + "wape", accuracy.wape(), e.get("wape"));
            assertRatio(at + "bias", accuracy.bias(), e.get("bias"));
            assertRatio(at + "smape", accuracy.smape(), e.get("smape"));
            EconomicsVectors.assertAverage(at + "mae", accuracy.mae(), e.get("mae"));
            assertRatio(at + "mse", accuracy.mse(), e.get("mse"));
            JsonNode rmse = e.get("rmse");
            if (rmse.isNull()) {
                assertThat(accuracy.rmse(TWELVE_DIGITS)).as(at + "rmse").isEmpty();
            } else {
                assertThat(accuracy.rmse(TWELVE_DIGITS)).as(at + "rmse").hasValueSatisfying(
                        r -> assertThat(r.minorUnits()).as("%s vs %s", r, rmse)
                                .isEqualTo(Rational.of(new BigDecimal(rmse.asText()))));
            }
        }
    }

    private static void checkQuotas(JsonNode c) {
        Currency currency = EconomicsVectors.currency(c);
        List<Deal> deals = EconomicsVectors.deals(c);
        List<JsonNode> queries = EconomicsVectors.queries(c, "quotas");
        for (int i = 0; i < queries.size(); i++) {
            JsonNode q = queries.get(i);
            JsonNode e = c.get("expected").get("quotas").get(i);
            Quota quota = new Quota(q.get("owner").asText(), period(q.get("period")),
                    Money.ofMinor(currency, q.get("quota").asLong()));
            QuotaAttainment a = QuotaAttainment.of(ForecastInput.of(List.of(), deals).withQuotas(List.of(quota)),
                    quota.period());
            String at = "quota " + i + ": ";
            assertThat(a.quota().minorUnits()).as(at + "quota").isEqualTo(Rational.of(e.get("quota").asLong()));
            assertThat(a.wonBookings().minorUnits()).as(at + "won")
                    .isEqualTo(Rational.of(e.get("won_bookings").asLong()));
            assertThat(List.copyOf(a.wonDeals())).as(at + "deals").isEqualTo(strings(e.get("won_deals")));
            assertRatio(at + "attainment", a.attainment(), e.get("attainment"));
        }
    }
}
