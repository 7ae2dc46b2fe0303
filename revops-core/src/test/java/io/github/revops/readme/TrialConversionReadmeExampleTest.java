package io.github.revops.readme;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Trial-to-paid conversion" example, line for line, with the values its comments give. */
class TrialConversionReadmeExampleTest {

    @Test
    void readmeExample() {
        List<Subscription> trials = List.of(
                Subscription.of("T-1", "ACME", Money.parse("USD 0.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 2, 15)).endingOn(LocalDate.of(2026, 3, 1)).asTrial(),
                Subscription.of("S-1", "ACME", Money.parse("USD 100.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 3, 1)),
                Subscription.of("T-2", "Globex", Money.parse("USD 0.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 3, 5)).endingOn(LocalDate.of(2026, 3, 19)).asTrial());
        TrialConversion march = TrialConversion.of(trials, Period.month(2026, 3));

        assertThat(march.rate()).isEqualTo(Ratio.of(1, 2));
        assertThat(march.medianDaysToConvert()).contains(Rational.of(14));
        assertThat(march.mrrPerConversion().toMoney(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 100.00"));
        assertThat(TrialConversion.of(trials, Period.month(2026, 3), TrialPolicy.STARTED_COHORT).rate())
                .isEqualTo(Ratio.of(0, 1));
    }
}
