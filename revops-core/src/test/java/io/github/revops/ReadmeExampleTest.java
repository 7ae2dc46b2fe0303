package io.github.revops;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Use it" example of README.md, line for line. */
class ReadmeExampleTest {

    @Test
    void useItExample() {
        Money price = Money.parse("USD 25.95");                     // exact, at the currency's scale
        List<Money> thirds = Money.parse("USD 100.00").allocate(1, 1, 1); // 33.34 + 33.33 + 33.33 = 100.00
        Period q3 = Period.quarter(2017, 3);                        // [2017-07-01, 2017-10-01)
        Period.parse("2017-Q3").equals(q3);                         // true; also "2017", "2017-07", ISO "start/end"
        q3.label();                                                 // "2017-Q3"; toString() is "2017-07-01/2017-10-01"
        Subscription weekly = Subscription.of("S-1", "ACME", Money.parse("USD 10.00"),
                BillingInterval.WEEK, LocalDate.of(2026, 1, 5));
        ExactMoney mrr = weekly.monthlyValue();                     // 13000/3 cents: 52/12 weeks a month, not rounded
        Ratio winRate = Ratio.of(12, 20);                           // keeps 12 and 20; value 3/5
        winRate.toBigDecimal(2, RoundingMode.HALF_EVEN);            // 0.60
        winRate.percent(1, RoundingMode.HALF_EVEN);                 // Optional[60.0]; empty when undefined
        winRate.toString();                                         // "12/20 (60.00 %)", for people to read
        Ratio.of(0, 0).value();                                     // OptionalDouble.empty: undefined, never NaN
        DayHistogram cycles = DayHistogram.of(10, 20, 30, 40);
        cycles.median();                                            // Optional[25], exact (type-7 percentiles)

        assertThat(price.minorUnits()).isEqualTo(2595);
        assertThat(thirds).extracting(Money::toString).containsExactly("USD 33.34", "USD 33.33", "USD 33.33");
        assertThat(q3).hasToString("2017-07-01/2017-10-01");
        assertThat(Period.parse("2017-Q3")).isEqualTo(q3);
        assertThat(List.of("2017", "2017-07", "2017-07-01/2017-10-01")).extracting(Period::parse)
                .containsExactly(Period.year(2017), Period.month(2017, 7), q3);
        assertThat(q3.label()).isEqualTo("2017-Q3");
        assertThat(mrr.minorUnits()).isEqualTo(Rational.of(13000, 3));
        assertThat(winRate.toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.60");
        assertThat(winRate.percent(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("60.0"));
        assertThat(Ratio.of(0, 0).percent(1, RoundingMode.HALF_EVEN)).isEmpty();
        assertThat(winRate).hasToString("12/20 (60.00 %)");
        assertThat(Ratio.of(0, 0).value()).isEmpty();
        assertThat(cycles.median()).contains(Rational.of(25));
    }
}
