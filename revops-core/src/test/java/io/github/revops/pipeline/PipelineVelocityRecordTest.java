package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link PipelineVelocity} record's own contract: the parts it refuses (won and lost amounts in two currencies,
 * cycle days without a won deal) and when its value is defined (a deal won and a mean cycle above 0 days).
 */
class PipelineVelocityRecordTest {

    private static final Period MARCH = Period.month(2026, 3);

    /** A deal won USD 100.00 on March 10 after some days, and a deal open at the end of March. */
    private static List<Deal> wonAfterAndOneOpen(int days) {
        LocalDate closed = LocalDate.of(2026, 3, 10);
        return List.of(won("W1", "ana", "USD 100.00", closed.minusDays(days), closed),
                open("O1", "ana", "USD 50.00", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void wonAndLostInTwoCurrencies_areRefusedNamingBoth() {
        DealTally wonUsd = DealTally.of(1, ExactMoney.of(Money.parse("USD 100.00")));
        DealTally lostEur = DealTally.of(2, ExactMoney.of(Money.parse("EUR 30.00")));

        assertThatThrownBy(() -> new PipelineVelocity(3, wonUsd, lostEur, 10))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.firstCurrency()).isEqualTo(Money.currency("USD"));
                    assertThat(e.secondCurrency()).isEqualTo(Money.currency("EUR"));
                });
        // the same parts in one currency are a velocity: 3 x 10000 x 1/3 / 10 = 1000 cents a day
        DealTally lostUsd = DealTally.of(2, ExactMoney.of(Money.parse("USD 30.00")));
        PipelineVelocity v = new PipelineVelocity(3, wonUsd, lostUsd, 10);
        assertThat(v.value()).contains(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(1_000)));
    }

    @Test
    void cycleDaysWithoutAWonDeal_areRefused() {
        assertThatThrownBy(() -> new PipelineVelocity(1, DealTally.EMPTY, DealTally.EMPTY, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wonCycleDays (5)");
    }

    @Test
    void aDealWonOnItsCreatedDay_leavesTheVelocityUndefined() {
        // one deal won the day it was created: mean cycle 0 days, so no velocity (not a division by zero)
        PipelineVelocity v = PipelineVelocity.of(wonAfterAndOneOpen(0), MARCH);

        assertThat(v.won().count()).isEqualTo(1);
        assertThat(v.wonCycleDays()).isZero();
        assertThat(v.isDefined()).isFalse();
        assertThat(v.value()).isEmpty();
        assertThat(v.perMonth()).isEmpty();
    }

    @Test
    void aDealWonAfterOneDay_definesTheVelocity() {
        // one open deal x USD 100.00 won x rate 1 / 1 day = 10000 cents a day, 300000 per 30 days
        PipelineVelocity v = PipelineVelocity.of(wonAfterAndOneOpen(1), MARCH);

        assertThat(v.isDefined()).isTrue();
        assertThat(v.value()).contains(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(10_000)));
        assertThat(v.perMonth()).contains(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(300_000)));
    }

    @Test
    void noDealWon_leavesTheVelocityUndefined() {
        assertThat(PipelineVelocity.EMPTY.isDefined()).isFalse();
        assertThat(new PipelineVelocity(4, DealTally.EMPTY,
                DealTally.of(1, ExactMoney.of(Money.parse("USD 5.00"))), 0).isDefined()).isFalse();
    }
}
