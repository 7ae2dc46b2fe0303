package io.github.revops.jackson;

import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Comparator;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        JsonMapper m = JsonMapper.builder().addModule(new RevopsModule()).build();
        System.out.println(m.writeValueAsString(Money.parse("USD 2360.91")));
        ExactMoney e = ExactMoney.ofMinor(Money.currency("USD"), Rational.of(13000, 3));
        String s = m.writeValueAsString(e);
        System.out.println(s + " " + m.readValue(s, ExactMoney.class));
        System.out.println(m.writeValueAsString(Ratio.of(12, 20)) + m.writeValueAsString(Ratio.EMPTY));
        System.out.println(m.readValue(m.writeValueAsString(Ratio.of(12, 20)), Ratio.class));
        System.out.println(m.writeValueAsString(DayHistogram.of(1, 2, 2, 40)));
        System.out.println(m.readValue(m.writeValueAsString(DayHistogram.of(1, 2, 2, 40)), DayHistogram.class));
        Breakdown<String, MoneyAverage> b = Breakdown.of(Map.of("a", MoneyAverage.of(e, 2)), Comparator.naturalOrder(), MoneyAverage.empty(Money.currency("USD")));
        s = m.writeValueAsString(b);
        System.out.println(s);
        System.out.println(m.readValue(s, new TypeReference<Breakdown<String, MoneyAverage>>() {}));
        try { m.readValue("{\"numerator\":\"1\",\"denominator\":\"2\",\"decimal\":0.7}", Ratio.class); } catch (Exception x) { System.out.println(x); }
        try { m.readValue("{\"numerator\":\"1\",\"denominatr\":\"2\"}", Ratio.class); } catch (Exception x) { System.out.println(x); System.out.println(x.getCause()); }
        try { m.readValue("{\"currency\":\"USX\",\"amount\":\"2\"}", Money.class); } catch (Exception x) { System.out.println(x); }
    }
}
