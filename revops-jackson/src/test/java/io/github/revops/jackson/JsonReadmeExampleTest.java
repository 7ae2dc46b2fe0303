package io.github.revops.jackson;

import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The README's "JSON" example, line for line, with the values its comments give, on three deals of 2026-Q1: Ana won
 * 8,500.00 and lost 1,500.00, Bo won 1,000.00.
 */
class JsonReadmeExampleTest {

    private static final List<Deal> DEALS = List.of(
            Deal.builder("D-1").customer("ACME").owner("Ana").source("Web").amount(Money.parse("USD 8500.00"))
                    .created(LocalDate.of(2026, 1, 10)).won(LocalDate.of(2026, 2, 20)).build(),
            Deal.builder("D-2").customer("Globex").owner("Ana").source("Web").amount(Money.parse("USD 1500.00"))
                    .created(LocalDate.of(2026, 1, 20)).lost(LocalDate.of(2026, 3, 2)).build(),
            Deal.builder("D-3").customer("Initech").owner("Bo").source("Web").amount(Money.parse("USD 1000.00"))
                    .created(LocalDate.of(2026, 2, 1)).won(LocalDate.of(2026, 3, 15)).build());

    @Test
    void readmeExample() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof RevopsModule);
        assertThat(mapper.writeValueAsString(Money.parse("USD 2360.91")))
                .isEqualTo("{\"currency\":\"USD\",\"amount\":\"2360.91\"}");
        assertThat(mapper.writeValueAsString(Ratio.of(12, 20))).isEqualTo(
                "{\"numerator\":\"12\",\"denominator\":\"20\",\"defined\":true,\"exact\":\"3/5\",\"decimal\":0.6}");
        assertThat(mapper.writeValueAsString(Ratio.of(0, 0))).isEqualTo(
                "{\"numerator\":\"0\",\"denominator\":\"0\",\"defined\":false,\"exact\":null,\"decimal\":null}");

        Breakdown<String, WinRate> perOwner = WinRate.by(DEALS, Period.quarter(2026, 1), Deal::owner);
        String json = mapper.writeValueAsString(perOwner);
        assertThat(json).startsWith("{\"groups\":[{\"key\":\"Ana\",\"value\":{").contains("{\"key\":\"Bo\",")
                .contains(",\"total\":{");
        Breakdown<String, WinRate> back = mapper.readValue(json, new TypeReference<Breakdown<String, WinRate>>() { });
        assertThat(back).isEqualTo(perOwner);
        assertThat(back.total()).isEqualTo(perOwner.total());
        assertThat(back.total().byCount()).isEqualTo(Ratio.of(2, 3));

        assertThat(catchThrowable(() -> mapper.readValue("{\"currency\":\"USD\",\"amount\":25.95}", Money.class)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Cannot read Money: $.amount: expected a decimal as text such as \"2360.91\", "
                        + "found a number (25.95)");
    }
}
