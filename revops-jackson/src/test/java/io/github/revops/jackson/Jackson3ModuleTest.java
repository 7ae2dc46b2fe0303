package io.github.revops.jackson;

import io.github.revops.economics.Cac;
import io.github.revops.json.JsonReadException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Jackson 3 module as applications meet it: found by the service loader (as Spring Boot 4 finds modules),
 * inside their own response types beside Optional and java.time, and failing with Jackson's own exception.
 */
class Jackson3ModuleTest {

    /** A web application's own response, holding revops values. */
    record Dashboard(Period period, Money revenue, Optional<Ratio> winRate, Breakdown<String, Cac> cacByChannel) {
    }

    private static final Dashboard DASHBOARD = new Dashboard(Period.quarter(2026, 1), Money.parse("USD 2360.91"),
            Optional.of(Ratio.of(12, 20)), Breakdown.of(Map.of("Ads", Cac.of(ExactMoney.of(Money.parse(
                    "USD 1800.00")), 2)), Comparator.naturalOrder(), Cac.empty(Money.currency("USD"))));

    @Test
    void theServiceLoader_findsTheModule() {
        List<JacksonModule> found = MapperBuilder.findModules();
        assertThat(found).filteredOn(m -> m instanceof RevopsModule).hasSize(1);
        assertThat(Jackson3Engine.SPRING_STYLE.registeredModules()).anyMatch(m -> m instanceof RevopsModule);
    }

    @Test
    void anApplicationsOwnType_holdsTheShapes_andReadsBack() {
        String json = Jackson3Engine.SPRING_STYLE.writeValueAsString(DASHBOARD);
        assertThat(json).isEqualTo("{\"period\":\"2026-01-01/2026-04-01\","
                + "\"revenue\":{\"currency\":\"USD\",\"amount\":\"2360.91\"},"
                + "\"winRate\":{\"numerator\":\"12\",\"denominator\":\"20\",\"defined\":true,\"exact\":\"3/5\","
                + "\"decimal\":0.6},"
                + "\"cacByChannel\":{\"groups\":[{\"key\":\"Ads\",\"value\":{\"spend\":{\"currency\":\"USD\","
                + "\"amount\":\"1800.00\"},\"newCustomers\":2,\"value\":{\"currency\":\"USD\",\"amount\":\"900.00\"}}}],"
                + "\"total\":{\"spend\":{\"currency\":\"USD\",\"amount\":\"1800.00\"},\"newCustomers\":2,"
                + "\"value\":{\"currency\":\"USD\",\"amount\":\"900.00\"}}}}");
        Dashboard back = Jackson3Engine.SPRING_STYLE.readValue(json, Dashboard.class);
        assertThat(back).isEqualTo(DASHBOARD);
        assertThat(back.cacByChannel().total()).isEqualTo(DASHBOARD.cacByChannel().total());
    }

    @Test
    void aBadValue_isJacksonsMismatchedInput_namingThePropertyInsideAndOutside() {
        String json = "{\"period\":\"2026-Q1\",\"revenue\":{\"currency\":\"USX\",\"amount\":\"1.00\"}}";
        Throwable thrown = catchThrowable(() -> Jackson3Engine.SPRING_STYLE.readValue(json, Dashboard.class));
        assertThat(thrown).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Cannot read Money: $.currency: expected an ISO-4217 currency code such as "
                        + "\"USD\", found \"USX\"")
                .hasMessageContaining("Dashboard[\"revenue\"]")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getCause()).isInstanceOf(JsonReadException.class);
        assertThat(((JsonReadException) thrown.getCause()).path()).isEqualTo("$.currency");
    }

    @Test
    void unknownProperties_followJacksonsSetting_ignoredByJackson3sDefault() {
        String json = "{\"currency\":\"USD\",\"amount\":\"1.00\",\"cents\":100}";
        JsonMapper defaults = JsonMapper.builder().addModule(new RevopsModule()).build();
        assertThat(defaults.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(defaults.readValue(json, Money.class)).isEqualTo(Money.parse("USD 1.00"));
        assertThat(catchThrowable(() -> Jackson3Engine.STRICT.readValue(json, Money.class)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Cannot read Money: $.cents: is not a property of Money (its properties: "
                        + "currency, amount)");
    }

    @Test
    void aGenericResult_needsItsTypeArguments() {
        String json = Jackson3Engine.STRICT.writeValueAsString(DASHBOARD.cacByChannel());
        Breakdown<String, Cac> back = Jackson3Engine.STRICT.readValue(json,
                new TypeReference<Breakdown<String, Cac>>() { });
        assertThat(back).isEqualTo(DASHBOARD.cacByChannel());
        assertThat(catchThrowable(() -> Jackson3Engine.STRICT.readValue(json, Breakdown.class)))
                .hasMessageContaining("reading a Breakdown needs its type arguments");
    }
}
