package consumer.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * The README's JSON example with Jackson 2, as a user's program: the module found as Spring Boot finds it, money and
 * ratios written whole, a breakdown of win rates read back equal, and a bad document refused with its JSON path.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) throws JsonProcessingException {
        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-jackson2 consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading io.github.revops.jackson2"
                : "on the class path"));

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();    // finds RevopsJackson2Module
        System.out.println("money: " + mapper.writeValueAsString(Money.parse("USD 2360.91")));
        System.out.println("ratio: " + mapper.writeValueAsString(Ratio.of(12, 20)));
        System.out.println("undefined: " + mapper.writeValueAsString(Ratio.of(0, 0)));

        List<Deal> deals = List.of(
                Deal.builder("D-1").customer("ACME").owner("Ana").source("Web").amount(Money.parse("USD 8500.00"))
                        .created(LocalDate.of(2026, 1, 10)).won(LocalDate.of(2026, 2, 20)).build(),
                Deal.builder("D-2").customer("Globex").owner("Ana").source("Web").amount(Money.parse("USD 1500.00"))
                        .created(LocalDate.of(2026, 1, 20)).lost(LocalDate.of(2026, 3, 2)).build(),
                Deal.builder("D-3").customer("Initech").owner("Bo").source("Web").amount(Money.parse("USD 1000.00"))
                        .created(LocalDate.of(2026, 2, 1)).won(LocalDate.of(2026, 3, 15)).build());
        Breakdown<String, WinRate> perOwner = WinRate.by(deals, Period.quarter(2026, 1), Deal::owner);
        String json = mapper.writeValueAsString(perOwner);
        Breakdown<String, WinRate> back = mapper.readValue(json, new TypeReference<Breakdown<String, WinRate>>() { });
        System.out.println("win rate per owner read back equal: "
                + back.equals(perOwner) + ", team " + back.total().byCount());

        try {
            mapper.readValue("{\"currency\":\"USD\",\"amount\":25.95}", Money.class);
        } catch (JsonProcessingException e) {
            System.out.println("refused: " + e.getOriginalMessage());
        }
    }
}
