package io.github.revops.jackson2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.revops.economics.Cac;
import io.github.revops.json.JsonReadException;
import io.github.revops.json.contract.Examples;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Jackson 2 module as applications meet it: found by the service loader, inside their own response types
 * beside Optional and java.time, and failing with Jackson's own exception.
 */
class Jackson2ModuleTest {

    /** A web application's own response, holding revops values. */
    record Dashboard(Period period, Money revenue, Optional<Ratio> winRate, Breakdown<String, Cac> cacByChannel) {
    }

    private static final Dashboard DASHBOARD = new Dashboard(Period.quarter(2026, 1), Money.parse("USD 2360.91"),
            Optional.of(Ratio.of(12, 20)), Breakdown.of(Map.of("Ads", Cac.of(ExactMoney.of(Money.parse(
                    "USD 1800.00")), 2)), Comparator.naturalOrder(), Cac.empty(Money.currency("USD"))));

    @Test
    void theServiceLoader_findsTheModule() {
        List<Module> found = ObjectMapper.findModules();
        assertThat(found).filteredOn(m -> m instanceof RevopsJackson2Module).hasSize(1);
        assertThat(Jackson2Engine.SPRING_STYLE.getRegisteredModuleIds())
                .contains(RevopsJackson2Module.class.getName());
    }

    @Test
    void findAndRegisterModules_onAPlainMapper_writesTheIssuesValuesWhole() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        assertThat(mapper.writeValueAsString(Money.parse("USD 25.95")))
                .isEqualTo("{\"currency\":\"USD\",\"amount\":\"25.95\"}");
        Object february = Examples.all().get("mrr-bridge").value();
        String json = mapper.writeValueAsString(february);
        assertThat(json).isEqualTo(Jackson2Engine.STRICT.writeValueAsString(february))
                .startsWith("{\"period\":\"2026-02-01/2026-03-01\",\"currency\":\"USD\",\"startMrr\":"
                        + "{\"currency\":\"USD\",\"amount\":\"150.00\"},\"endMrr\":{\"currency\":\"USD\","
                        + "\"amount\":\"173.33\",\"exact\":\"520/3\"}");
        assertThat(mapper.readValue(json, MrrBridge.class)).isEqualTo(february);
    }

    @Test
    void anApplicationsOwnType_holdsTheShapes_andReadsBack() throws Exception {
        String json = Jackson2Engine.SPRING_STYLE.writeValueAsString(DASHBOARD);
        assertThat(json).isEqualTo("{\"period\":\"2026-01-01/2026-04-01\","
                + "\"revenue\":{\"currency\":\"USD\",\"amount\":\"2360.91\"},"
                + "\"winRate\":{\"numerator\":\"12\",\"denominator\":\"20\",\"defined\":true,\"exact\":\"3/5\","
                + "\"decimal\":0.6},"
                + "\"cacByChannel\":{\"groups\":[{\"key\":\"Ads\",\"value\":{\"spend\":{\"currency\":\"USD\","
                + "\"amount\":\"1800.00\"},\"newCustomers\":2,\"value\":{\"currency\":\"USD\",\"amount\":\"900.00\"}}}],"
                + "\"total\":{\"spend\":{\"currency\":\"USD\",\"amount\":\"1800.00\"},\"newCustomers\":2,"
                + "\"value\":{\"currency\":\"USD\",\"amount\":\"900.00\"}}}}");
        Dashboard back = Jackson2Engine.SPRING_STYLE.readValue(json, Dashboard.class);
        assertThat(back).isEqualTo(DASHBOARD);
        assertThat(back.cacByChannel().total()).isEqualTo(DASHBOARD.cacByChannel().total());
    }

    @Test
    void aBadValue_isJacksonsMismatchedInput_namingThePropertyInsideAndOutside() {
        String json = "{\"period\":\"2026-Q1\",\"revenue\":{\"currency\":\"USX\",\"amount\":\"1.00\"}}";
        Throwable thrown = catchThrowable(() -> Jackson2Engine.SPRING_STYLE.readValue(json, Dashboard.class));
        assertThat(thrown).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Cannot read Money: $.currency: expected an ISO-4217 currency code such as "
                        + "\"USD\", found \"USX\"")
                .hasMessageContaining("Dashboard[\"revenue\"]")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getCause()).isInstanceOf(JsonReadException.class);
        assertThat(((JsonReadException) thrown.getCause()).path()).isEqualTo("$.currency");
    }

    @Test
    void aGenericResult_needsItsTypeArguments() throws Exception {
        String json = Jackson2Engine.STRICT.writeValueAsString(DASHBOARD.cacByChannel());
        Breakdown<String, Cac> back = Jackson2Engine.STRICT.readValue(json,
                new TypeReference<Breakdown<String, Cac>>() { });
        assertThat(back).isEqualTo(DASHBOARD.cacByChannel());
        assertThat(catchThrowable(() -> Jackson2Engine.STRICT.readValue(json, Breakdown.class)))
                .hasMessageContaining("reading a Breakdown needs its type arguments");
    }
}
