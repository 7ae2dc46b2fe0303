package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paying segment that starts and ends between two state dates is in service on none of them
 * (docs/metrics.md#recurring-revenue-and-retention: "Changes that undo each other inside the period are invisible"), so
 * the kernels leave it out entirely: even at 5 * 10^18 cents a month, next to a customer's other segment of the same
 * size (two of them do not fit a {@code long}), it changes nothing and cannot overflow. And a total that does overflow
 * is reported at the state date where it does (issue 16 item 7), by the bridge as by the totals.
 */
class SegmentsBetweenStateDatesTest {

    /** 5 * 10^18 minor units a month: one fits a long, two do not (9.22 * 10^18). */
    private static final long HUGE = 5_000_000_000_000_000_000L;

    private static Subscription huge(String id, String customer, LocalDate start) {
        return Subscription.of(id, customer, Money.ofMinor("USD", HUGE), BillingInterval.MONTH, start);
    }

    @Test
    void aBlipInsideThePeriodIsInvisibleToTheBridge() {
        // ACME pays HUGE from 1 January; a second HUGE subscription runs 5 to 10 February only. February's states are
        // 31 January and 29 February: on both ACME pays HUGE, so there is no movement at all.
        List<Subscription> subs = List.of(huge("S-1", "ACME", LocalDate.of(2024, 1, 1)),
                huge("S-2", "ACME", LocalDate.of(2024, 2, 5)).endingOn(LocalDate.of(2024, 2, 10)));
        MrrBridge february = MrrBridge.of(subs, Period.month(2024, 2));
        assertThat(february.startMrr().minorUnits()).isEqualTo(Rational.of(HUGE));
        assertThat(february.endMrr().minorUnits()).isEqualTo(Rational.of(HUGE));
        assertThat(february.customersAtStart()).isEqualTo(1);
        assertThat(february.customersAtEnd()).isEqualTo(1);
        for (MovementType t : MovementType.values()) {
            assertThat(february.movement(t).count()).as(t.name()).isZero();
        }
    }

    @Test
    void aSegmentThatEndedBeforeTheDateIsInvisibleToTheSnapshot() {
        // on 29 February ACME pays HUGE (from 1 January); its 2 to 10 January subscription ended long before
        List<Subscription> subs = List.of(huge("S-1", "ACME", LocalDate.of(2024, 1, 1)),
                huge("S-2", "ACME", LocalDate.of(2024, 1, 2)).endingOn(LocalDate.of(2024, 1, 10)));
        MrrSnapshot snapshot = MrrSnapshot.of(subs, LocalDate.of(2024, 2, 29));
        assertThat(snapshot.customerMrr("ACME").minorUnits()).isEqualTo(Rational.of(HUGE));
        assertThat(snapshot.payingCustomers()).isEqualTo(1);
    }

    @Test
    void theBridgeNamesTheDateWhereTheTotalLeavesTheLongRange() {
        // ACME HUGE from 1 January, Globex HUGE from 1 February, both open-ended: the total first overflows on
        // 29 February, the end state of February, not in a sum of segments
        List<Subscription> subs = List.of(huge("S-1", "ACME", LocalDate.of(2024, 1, 1)),
                huge("S-2", "Globex", LocalDate.of(2024, 2, 1)));
        Period twoMonths = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> MrrBridge.series(subs, twoMonths, Granularity.MONTH))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("MRR on 2024-02-29 exceeds the exact range of the computation");
        // January alone fits: ACME is new business worth HUGE
        assertThat(MrrBridge.of(subs, Period.month(2024, 1)).newBusiness().mrr().minorUnits())
                .isEqualTo(Rational.of(HUGE));
    }
}
