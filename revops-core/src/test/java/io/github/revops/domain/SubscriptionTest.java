package io.github.revops.domain;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import static io.github.revops.domain.DealTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class SubscriptionTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private static Subscription plan(String amount, BillingInterval interval) {
        return Subscription.of("S-1", "ACME", Money.parse(amount), interval, JAN_1);
    }

    @Test
    void monthlyValue_usesExactFactors() {
        assertThat(plan("USD 100.00", BillingInterval.MONTH).monthlyValue().minorUnits()).isEqualTo(Rational.of(10000));
        assertThat(plan("USD 300.00", BillingInterval.QUARTER).monthlyValue().minorUnits())
                .isEqualTo(Rational.of(10000));
        assertThat(plan("USD 600.00", BillingInterval.YEAR).monthlyValue().minorUnits()).isEqualTo(Rational.of(5000));
        assertThat(plan("USD 10.00", BillingInterval.WEEK).monthlyValue().minorUnits())
                .isEqualTo(Rational.of(13000, 3));
        assertThat(plan("USD 1.00", BillingInterval.DAY).monthlyValue().minorUnits()).isEqualTo(Rational.of(36500, 12));
        assertThat(plan("USD 600.00", BillingInterval.everyMonths(6)).monthlyValue().minorUnits())
                .isEqualTo(Rational.of(10000));
    }

    @Test
    void fiftyTwoWeeklyPaymentsEqualTwelveMonthsOfMrrExactly() {
        qt().forAll(longs().between(0, 10_000_000_000L)).check(minor -> {
            Subscription weekly = Subscription.of("S", "C", Money.ofMinor("USD", minor), BillingInterval.WEEK, JAN_1);
            Subscription daily = Subscription.of("S", "C", Money.ofMinor("USD", minor), BillingInterval.DAY, JAN_1);
            return weekly.monthlyValue().multipliedBy(Rational.of(12)).minorUnits().equals(Rational.of(52 * minor))
                    && daily.monthlyValue().multipliedBy(Rational.of(12)).minorUnits().equals(Rational.of(365 * minor));
        });
    }

    @Test
    void countsOn_isHalfOpenAndExcludesTrialsAndFreePlans() {
        Subscription s = plan("USD 100.00", BillingInterval.MONTH).endingOn(LocalDate.of(2024, 2, 1));
        assertThat(s.countsOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(s.countsOn(JAN_1)).isTrue();
        assertThat(s.countsOn(LocalDate.of(2024, 1, 31))).isTrue();
        assertThat(s.countsOn(LocalDate.of(2024, 2, 1))).isFalse();
        assertThat(s.asTrial().countsOn(JAN_1)).isFalse();
        assertThat(s.asTrial().isActiveOn(JAN_1)).isTrue();
        assertThat(plan("USD 0.00", BillingInterval.MONTH).countsOn(JAN_1)).isFalse();
        assertThat(s.mrrOn(LocalDate.of(2024, 2, 1))).isEqualTo(ExactMoney.zero(Money.currency("USD")));
        assertThat(s.mrrOn(JAN_1).toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 100.00"));
    }

    @Test
    void rejectsNegativeAmount() {
        assertInvalid(() -> Subscription.of("s2", "C", Money.parse("USD -5.00"), BillingInterval.MONTH, JAN_1),
                "amount", "USD -5.00", "subscription 's2': amount (USD -5.00) must not be negative");
    }

    @Test
    void rejectsAnEndNotAfterTheStart() {
        Subscription s = Subscription.of("s1", "C", Money.parse("USD 5.00"), BillingInterval.MONTH,
                LocalDate.of(2024, 3, 1));
        assertInvalid(() -> s.endingOn(LocalDate.of(2024, 2, 1)), "endDate", "2024-02-01",
                "subscription 's1': endDate (2024-02-01) must be after startDate (2024-03-01)");
        assertInvalid(() -> s.endingOn(LocalDate.of(2024, 3, 1)), "endDate", "2024-03-01",
                "subscription 's1': endDate (2024-03-01) must be after startDate (2024-03-01)");
    }

    @Test
    void rejectsCancellationWithoutEndOrAfterIt() {
        Subscription open = plan("USD 5.00", BillingInterval.MONTH);
        assertInvalid(() -> open.cancelledOn(LocalDate.of(2024, 2, 1)), "cancellationDate", "2024-02-01",
                "subscription 'S-1': cancellationDate (2024-02-01) requires an endDate (service runs to the end date)");
        Subscription ended = open.endingOn(LocalDate.of(2024, 3, 1));
        assertInvalid(() -> ended.cancelledOn(LocalDate.of(2024, 3, 2)), "cancellationDate", "2024-03-02",
                "subscription 'S-1': cancellationDate (2024-03-02) must not be after endDate (2024-03-01)");
        assertThat(ended.cancelledOn(LocalDate.of(2024, 2, 10)).cancellationDate())
                .contains(LocalDate.of(2024, 2, 10));
    }

    @Test
    void rejectsMissingFields() {
        assertInvalid(() -> new Subscription("s1", "C", Money.parse("USD 1.00"), null, JAN_1, Optional.empty(), false,
                Optional.empty()), "interval", "null", "subscription 's1': interval (null) is required");
        assertInvalid(() -> new Subscription("s1", "", Money.parse("USD 1.00"), BillingInterval.MONTH, JAN_1,
                Optional.empty(), false, Optional.empty()), "customerId", "''",
                "subscription 's1': customerId ('') must not be blank");
    }

    @Test
    void billingInterval_parsesItsOwnText() {
        for (BillingInterval i : new BillingInterval[] {BillingInterval.MONTH, BillingInterval.QUARTER,
                BillingInterval.YEAR, BillingInterval.WEEK, BillingInterval.DAY, BillingInterval.everyMonths(6)}) {
            assertThat(BillingInterval.parse(i.toString())).isEqualTo(i);
        }
        assertThat(BillingInterval.everyMonths(12)).isSameAs(BillingInterval.YEAR);
        assertThatThrownBy(() -> BillingInterval.parse("FORTNIGHT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("billing interval ('FORTNIGHT') must be MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS");
        assertThatThrownBy(() -> BillingInterval.everyMonths(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months (0) must be >= 1");
    }

    /** The record Subscription was, component for component: the final class must behave as it did. */
    private record AsRecord(String id, String customerId, Money amount, BillingInterval interval,
                            LocalDate startDate, Optional<LocalDate> endDate, boolean trial,
                            Optional<LocalDate> cancellationDate) {

        static AsRecord of(Subscription s) {
            return new AsRecord(s.id(), s.customerId(), s.amount(), s.interval(), s.startDate(), s.endDate(),
                    s.trial(), s.cancellationDate());
        }
    }

    @Test
    void equalsHashCodeAndToStringAreThoseOfTheRecordItWas() {
        LocalDate[] dates = {LocalDate.MIN, LocalDate.of(1969, 12, 31), JAN_1, LocalDate.of(6_000_000, 1, 1),
            LocalDate.MAX.minusDays(1)};
        for (int i = 0; i < dates.length; i++) {
            for (int j = i + 1; j < dates.length; j++) {
                Subscription open = new Subscription("S-" + i, "C", Money.parse("USD 12.50"), BillingInterval.WEEK,
                        dates[i], Optional.empty(), false, Optional.empty());
                Subscription ended = open.endingOn(dates[j]).cancelledOn(dates[i]);
                for (Subscription s : new Subscription[] {open, ended, ended.asTrial()}) {
                    AsRecord twin = AsRecord.of(s);
                    assertThat(s.hashCode()).isEqualTo(twin.hashCode());
                    assertThat(s.toString()).isEqualTo(twin.toString().replace("AsRecord[", "Subscription["));
                    assertThat(twin.startDate()).isEqualTo(dates[i]);
                    assertThat(s).isEqualTo(new Subscription(twin.id(), twin.customerId(), twin.amount(),
                            twin.interval(), twin.startDate(), twin.endDate(), twin.trial(),
                            twin.cancellationDate()));
                }
                assertThat(ended.endDate()).contains(dates[j]);
                assertThat(ended.cancellationDate()).contains(dates[i]);
                assertThat(ended).isNotEqualTo(open).isNotEqualTo(ended.asTrial());
                assertThat(ended.hashCode()).isNotEqualTo(open.hashCode());
            }
        }
        assertThat(plan("USD 1.00", BillingInterval.MONTH)).isNotEqualTo(plan("USD 1.01", BillingInterval.MONTH))
                .isNotEqualTo(plan("USD 1.00", BillingInterval.YEAR)).isNotEqualTo("S-1");
        assertThat(plan("USD 1.00", BillingInterval.MONTH).toString()).isEqualTo("Subscription[id=S-1,"
                + " customerId=ACME, amount=USD 1.00, interval=MONTH, startDate=2024-01-01, endDate=Optional.empty,"
                + " trial=false, cancellationDate=Optional.empty]");
    }
}
