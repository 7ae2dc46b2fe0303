package io.github.revops.pipeline;

import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link WinRate} record's check on the created tallies: the deals created in the period and won, plus those
 * created and lost, are some of the deals created in it, so together they may equal the created count but not
 * exceed it.
 */
class WinRateCreatedTalliesTest {

    private static DealTally usd(long count, String amount) {
        return DealTally.of(count, ExactMoney.of(Money.parse("USD " + amount)));
    }

    @Test
    void wonAndLostTogetherExceedingCreated_areRefusedWithTheThreeCounts() {
        // 1 + 1 > 1: each alone fits, the sum does not
        assertThatThrownBy(() -> new WinRate(DealTally.EMPTY, DealTally.EMPTY, usd(1, "10.00"), usd(1, "20.00"),
                usd(1, "10.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createdWon (1) + createdLost (1) must not exceed created (1)");
        assertThatThrownBy(() -> new WinRate(DealTally.EMPTY, DealTally.EMPTY, usd(2, "10.00"), usd(3, "20.00"),
                usd(4, "40.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createdWon (2) + createdLost (3) must not exceed created (4)");
    }

    @Test
    void everyCreatedDealClosed_isAccepted() {
        // 2 + 3 = 5 created: every deal created in the period closed; won over all created is 2 / 5
        WinRate rate = new WinRate(DealTally.EMPTY, DealTally.EMPTY, usd(2, "10.00"), usd(3, "20.00"),
                usd(5, "30.00"));

        assertThat(rate.created().count()).isEqualTo(5);
        assertThat(rate.byCount(WinRatePolicy.of(WinRateBasis.CREATED_IN_PERIOD,
                WinRateDenominator.ALL_CREATED))).isEqualTo(Ratio.of(2, 5));
    }
}
