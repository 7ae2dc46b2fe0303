package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Recurring revenue and retention" example, line for line, with the values its comments give. */
class RecurringReadmeExampleTest {

    @Test
    void readmeExample() {
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 1200.00"), BillingInterval.YEAR, jan1),
                Subscription.of("S-2", "Globex", Money.parse("USD 50.00"), BillingInterval.MONTH, jan1)
                        .endingOn(LocalDate.of(2026, 2, 15)),
                Subscription.of("S-3", "ACME", Money.parse("USD 30.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 2, 10)),
                Subscription.of("S-4", "Initech", Money.parse("USD 10.00"), BillingInterval.WEEK,
                        LocalDate.of(2026, 2, 1)));

        assertThat(MrrSnapshot.of(subscriptions, LocalDate.of(2026, 2, 28)).arr(RoundingMode.HALF_EVEN))
                .isEqualTo(Money.parse("USD 2080.00"));

        MrrBridge february = MrrBridge.series(subscriptions, Period.quarter(2026, 1), Granularity.MONTH).values()
                .get(1);
        assertThat(february.period()).isEqualTo(Period.month(2026, 2));
        assertThat(february.startMrr().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 150.00"));
        assertThat(february.newBusiness().customers()).containsExactly("Initech");
        assertThat(february.newBusiness().mrr().minorUnits()).isEqualTo(Rational.of(13_000, 3));
        assertThat(february.expansion().customers()).containsExactly("ACME");
        assertThat(february.expansion().mrr().toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 30.00"));
        assertThat(february.churn().customers()).containsExactly("Globex");
        assertThat(february.churn().mrr().toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 50.00"));
        assertThat(february.endMrr().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 173.33"));

        assertThat(LogoChurn.of(subscriptions, Period.month(2026, 2)).rate()).isEqualTo(Ratio.of(1, 2));
        assertThat(february.grossMrrChurn().exactValue()).contains(Rational.of(1, 3));
        assertThat(february.netMrrChurn().exactValue()).contains(Rational.of(2, 15));
        assertThat(february.nrr().exactValue()).contains(Rational.of(13, 15));
        assertThat(MrrBridge.by(subscriptions, Period.month(2026, 2),
                s -> s.customerId().equals("Globex") ? "EU" : "US").get("EU").orElseThrow().churn().customers())
                .containsExactly("Globex");
        // the facade gives the same answers for the same subscriptions, their ids checked once
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        assertThat(revenue.movements(Period.month(2026, 2))).isEqualTo(february);
        assertThat(revenue.mrrAt(LocalDate.of(2026, 2, 28)))
                .isEqualTo(MrrSnapshot.of(subscriptions, LocalDate.of(2026, 2, 28)));
    }
}
