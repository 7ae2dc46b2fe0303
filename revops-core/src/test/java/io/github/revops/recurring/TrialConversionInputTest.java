package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Trial conversion on bad input: the documented error naming the field and value, within a bound, nothing lost. */
class TrialConversionInputTest {

    private static final Currency USD = Money.currency("USD");
    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final Subscription TRIAL = Subscription.of("T-1", "ACME", Money.parse("USD 0.00"),
            BillingInterval.MONTH, MARCH_1.minusDays(14)).endingOn(MARCH_1).asTrial();
    private static final Subscription PAID = Subscription.of("P-1", "ACME", Money.parse("USD 100.00"),
            BillingInterval.MONTH, MARCH_1);

    @Test
    void duplicateIdsAreRejectedByEveryCheckedEntryPoint() {
        List<Subscription> twice = List.of(TRIAL, PAID, Subscription.of("P-1", "Globex", Money.parse("USD 5.00"),
                BillingInterval.MONTH, MARCH_1));
        assertThatThrownBy(() -> TrialConversion.of(twice, MARCH)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("P-1");
        assertThatThrownBy(() -> TrialConversion.by(twice, MARCH, Subscription::customerId))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("P-1");
        assertThatThrownBy(() -> TrialConversion.series(twice, MARCH, Granularity.MONTH))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("P-1");
        // the collector does not check ids (docs/decisions/0015): both P-1 rows are read
        assertThat(twice.stream().collect(TrialConversion.collector(MARCH)).convertedMrr())
                .isEqualTo(ExactMoney.of(Money.parse("USD 100.00")));
    }

    @Test
    void missingArgumentsAreNamed() {
        List<Subscription> subs = List.of(TRIAL, PAID);
        assertThatThrownBy(() -> TrialConversion.of((List<Subscription>) null, MARCH))
                .isInstanceOf(NullPointerException.class).hasMessage("subscriptions");
        assertThatThrownBy(() -> TrialConversion.of(subs, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("period");
        assertThatThrownBy(() -> TrialConversion.of(subs, MARCH, (TrialPolicy) null))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThatThrownBy(() -> TrialConversion.of(subs, MARCH, TrialPolicy.DEFAULT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reporting");
        assertThatThrownBy(() -> TrialConversion.collector(MARCH, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
        assertThatThrownBy(() -> new TrialPolicy(TrialCohort.ENDED, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("deadline");
        List<Subscription> withNull = new ArrayList<>(subs);
        withNull.add(null);
        assertThatThrownBy(() -> TrialConversion.of(withNull, MARCH)).isInstanceOf(NullPointerException.class)
                .hasMessage("subscriptions must not contain null");
    }

    @Test
    void noSubscriptionNeedsAReportingCurrencyAndThenIsUndefined() {
        assertThatThrownBy(() -> TrialConversion.of(List.of(), MARCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give the reporting currency");
        assertThatThrownBy(() -> List.<Subscription>of().stream().collect(TrialConversion.collector(MARCH)))
                .isInstanceOf(IllegalArgumentException.class);
        TrialConversion none = TrialConversion.of(List.of(), MARCH, ReportingCurrency.of(USD));
        assertThat(none).isEqualTo(TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, USD));
        assertThat(none.rate().isDefined()).isFalse();
        assertThat(none.medianDaysToConvert()).isEmpty();
    }

    @Test
    void aSecondCurrencyWithoutRatesIsAMismatch() {
        Subscription euros = Subscription.of("P-2", "Globex", Money.parse("EUR 10.00"), BillingInterval.MONTH,
                MARCH_1);
        assertThatThrownBy(() -> TrialConversion.of(List.of(TRIAL, PAID, euros), MARCH))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR");
        assertThatThrownBy(() -> TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, USD)
                .combine(TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, Money.currency("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void groupsMustHoldWholeCustomers() {
        List<Subscription> subs = List.of(TRIAL, PAID);
        assertThatThrownBy(() -> TrialConversion.by(subs, MARCH, Subscription::id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer 'ACME' has subscriptions in groups T-1 and P-1: the key must be a function of"
                        + " the customer");
        assertThatThrownBy(() -> TrialConversion.by(subs, MARCH, s -> (String) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T-1");
        SubscriptionTable table = SubscriptionTable.of(subs);
        SubscriptionTable other = SubscriptionTable.of(List.of(PAID));
        assertThatThrownBy(() -> TrialConversion.by(table, MARCH, other.customer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key column (1 rows) must be a column of the table (2 rows)");
    }

    @Test
    void resultsRejectPartsThatCannotBe() {
        assertThatThrownBy(() -> new TrialConversion(MARCH, TrialPolicy.DEFAULT, 1, DayHistogram.of(3, 4),
                ExactMoney.zero(USD))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trials (1) must be >= the converted trials (2)");
        assertThatThrownBy(() -> new TrialConversion(MARCH, TrialPolicy.DEFAULT, 1, DayHistogram.EMPTY,
                ExactMoney.of(Money.parse("USD 1.00")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("convertedMrr (");
        assertThatThrownBy(() -> TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, USD)
                .combine(TrialConversion.empty(MARCH, TrialPolicy.STARTED_COHORT, USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not combine");
        assertThatThrownBy(() -> TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, USD)
                .combine(TrialConversion.empty(Period.month(2026, 4), TrialPolicy.DEFAULT, USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not combine");
        assertThatThrownBy(() -> TrialConversion.empty(MARCH, TrialPolicy.DEFAULT, USD).convertedWithin(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("days (-1) must not be negative");
    }

    @Test
    void oneCustomerWithManyTrialsIsReadInBoundedTimeAndEveryTrialCounts() {
        List<Subscription> subs = new ArrayList<>();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            LocalDate start = MARCH_1.minusDays(i % 28 + 1);
            subs.add(Subscription.of("T" + i, "ACME", Money.parse("USD 0.00"), BillingInterval.MONTH, start)
                    .endingOn(MARCH_1.plusDays(i % 28)).asTrial());
            subs.add(Subscription.of("P" + i, "ACME", Money.parse("USD 1.00"), BillingInterval.MONTH,
                    MARCH_1.plusDays(i % 28)));
        }
        TrialConversion march = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TrialConversion.of(subs, MARCH));
        assertThat(march.trials()).isEqualTo(n);
        assertThat(march.converted()).isEqualTo(n);
        assertThat(TrialConversion.of(SubscriptionTable.of(subs), MARCH)).isEqualTo(march);
    }
}
