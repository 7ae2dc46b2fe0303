package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Renewals#collector} (docs/metrics.md#recurring-revenue-and-retention, "Renewals"): a contract and its
 * follow-on collected in different halves still renew, a half that saw nothing takes the other's currency, two halves
 * in different currencies are the documented mismatch, and negative grace days are refused when the collector is made.
 */
class RenewalsCollectorHalvesTest {

    private static final Period MARCH = Period.month(2024, 3);

    /** ACME's USD 25.00 a month ends 10 March; its follow-on starts 12 March, two days later. */
    private static final Subscription CONTRACT = Subscription.of("r1", "ACME", Money.parse("USD 25.00"),
            BillingInterval.MONTH, LocalDate.of(2024, 1, 1)).endingOn(LocalDate.of(2024, 3, 10));
    private static final Subscription FOLLOW_ON = Subscription.of("r2", "ACME", Money.parse("USD 30.00"),
            BillingInterval.MONTH, LocalDate.of(2024, 3, 12));
    private static final Subscription EUROS = Subscription.of("e1", "Globex", Money.parse("EUR 5.00"),
            BillingInterval.MONTH, LocalDate.of(2024, 1, 1));

    private static ExactMoney usd(long cents) {
        return ExactMoney.ofMinor(Money.currency("USD"), Rational.of(cents));
    }

    /** Collects two halves apart and combines them, left then right. */
    private static <A> Renewals collectInHalves(Collector<Subscription, A, Renewals> collector,
                                               List<Subscription> left, List<Subscription> right) {
        A l = collector.supplier().get();
        left.forEach(s -> collector.accumulator().accept(l, s));
        A r = collector.supplier().get();
        right.forEach(s -> collector.accumulator().accept(r, s));
        return collector.finisher().apply(collector.combiner().apply(l, r));
    }

    @Test
    void aContractAndItsFollowOnInDifferentHalvesRenewWithinTheGrace() {
        // ARR up for renewal 12 x 2,500 = 30,000 cents; renewed with 2 grace days, not with 1
        Renewals withGrace = collectInHalves(Renewals.collector(MARCH, 2), List.of(CONTRACT), List.of(FOLLOW_ON));
        assertThat(withGrace).isEqualTo(new Renewals(MARCH, 2, Money.currency("USD"), List.of("r1"), List.of("r1"),
                usd(30_000), usd(30_000)));
        Renewals tooLate = collectInHalves(Renewals.collector(MARCH, 1), List.of(FOLLOW_ON), List.of(CONTRACT));
        assertThat(tooLate.upForRenewal()).containsExactly("r1");
        assertThat(tooLate.renewed()).isEmpty();
        assertThat(tooLate.rateByValue().exactValue()).contains(Rational.ZERO);
    }

    @Test
    void aHalfThatSawNothingTakesTheOthersCurrency() {
        Renewals leftFull = collectInHalves(Renewals.collector(MARCH, 2), List.of(CONTRACT, FOLLOW_ON), List.of());
        Renewals rightFull = collectInHalves(Renewals.collector(MARCH, 2), List.of(), List.of(CONTRACT, FOLLOW_ON));
        assertThat(leftFull).isEqualTo(rightFull);
        assertThat(leftFull.currency()).isEqualTo(Money.currency("USD"));
        assertThat(leftFull.rateByCount().exactValue()).contains(Rational.ONE);
    }

    @Test
    void halvesInDifferentCurrenciesAreTheDocumentedMismatch() {
        assertThatThrownBy(() -> collectInHalves(Renewals.collector(MARCH), List.of(CONTRACT), List.of(EUROS)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR/USD");
        assertThatThrownBy(() -> collectInHalves(Renewals.collector(MARCH), List.of(), List.<Subscription>of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscriptions ([]) must not be empty: give the reporting currency");
    }

    @Test
    void negativeGraceDaysAreRefusedWhenTheCollectorIsMade() {
        assertThatThrownBy(() -> Renewals.collector(MARCH, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graceDays (-1) must be >= 0");
        assertThatThrownBy(() -> Renewals.collector(MARCH, -3, io.github.revops.money.ReportingCurrency.of(
                Money.currency("USD")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graceDays (-3) must be >= 0");
    }
}
