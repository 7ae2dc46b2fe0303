package consumer.core;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The README's "Use it" example, as a user's program; expected-output.txt holds the figures the README states. */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        Money price = Money.parse("USD 25.95");                     // exact, at the currency's scale
        List<Money> thirds = Money.parse("USD 100.00").allocate(1, 1, 1); // 33.34 + 33.33 + 33.33 = 100.00
        Period q3 = Period.quarter(2017, 3);                        // [2017-07-01, 2017-10-01)
        Subscription weekly = Subscription.of("S-1", "ACME", Money.parse("USD 10.00"),
                BillingInterval.WEEK, LocalDate.of(2026, 1, 5));
        ExactMoney mrr = weekly.monthlyValue();                     // 13000/3 cents: 52/12 weeks a month, not rounded
        Ratio winRate = Ratio.of(12, 20);                           // keeps 12 and 20; value 3/5
        DayHistogram cycles = DayHistogram.of(10, 20, 30, 40);

        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-core consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading "
                        + Money.class.getModule().getName()
                : "on the class path"));
        System.out.println("price: " + price);
        System.out.println("thirds: " + thirds);
        System.out.println("q3: " + q3);
        System.out.println("weekly MRR: " + mrr);
        System.out.println("win rate: " + winRate.toBigDecimal(2, RoundingMode.HALF_EVEN));
        System.out.println("0/0: " + Ratio.of(0, 0).value());
        System.out.println("median cycle: " + cycles.median());
    }
}
