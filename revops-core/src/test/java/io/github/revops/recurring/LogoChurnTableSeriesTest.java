package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logo churn series of a subscription table under the default policy, worked by hand month by month:
 *
 * <pre>
 * customer  paying                          January 2024        February            March
 * A         2023-12-01 .. 2024-02-10        at start            at start, churned   -
 * B         2023-12-01, open                at start            at start            at start
 * C         2024-01-15, open                joined, stayed      at start            at start
 * D         2024-03-05 .. 2024-03-20        -                   -                   joined and left
 *
 * January: 2 at start, none churned, 1 joiner stayed: rate 0/2.
 * February: 3 at start, A churned: rate 1/3.
 * March: 2 at start, none churned, D a joiner who left (not counted under EXCLUDE): rate 0/2.
 * </pre>
 */
class LogoChurnTableSeriesTest {

    private static final List<Subscription> SUBS = List.of(
            sub("S-A", "A", "2023-12-01").endingOn(LocalDate.parse("2024-02-10")),
            sub("S-B", "B", "2023-12-01"),
            sub("S-C", "C", "2024-01-15"),
            sub("S-D", "D", "2024-03-05").endingOn(LocalDate.parse("2024-03-20")));

    private static Subscription sub(String id, String customer, String start) {
        return Subscription.of(id, customer, Money.parse("USD 10.00"), BillingInterval.MONTH, LocalDate.parse(start));
    }

    @Test
    void theTableSeriesUnderTheDefaultPolicyFollowsTheWorkedMonths() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        Period q1 = Period.quarter(2024, 1);
        TimeSeries<LogoChurn> series = LogoChurn.series(table, q1, Granularity.MONTH);
        assertThat(series.values()).hasSize(3);

        LogoChurn january = series.values().get(0);
        assertThat(january.period()).isEqualTo(Period.month(2024, 1));
        assertThat(january.policy()).isEqualTo(ChurnPolicy.DEFAULT);
        assertThat(january.customersAtStart()).isEqualTo(2);
        assertThat(january.churned()).isEmpty();
        assertThat(january.joinersStayed()).isEqualTo(1);
        assertThat(january.rate()).isEqualTo(Ratio.of(0, 2));

        LogoChurn february = series.values().get(1);
        assertThat(february.customersAtStart()).isEqualTo(3);
        assertThat(february.churned()).containsExactly("A");
        assertThat(february.rate()).isEqualTo(Ratio.of(1, 3));

        LogoChurn march = series.values().get(2);
        assertThat(march.customersAtStart()).isEqualTo(2);
        assertThat(march.churned()).isEmpty();
        assertThat(march.joinersLeft()).containsExactly("D");
        assertThat(march.rate()).isEqualTo(Ratio.of(0, 2));

        assertThat(series).isEqualTo(LogoChurn.series(SUBS, q1, Granularity.MONTH));
        assertThat(series).isEqualTo(LogoChurn.series(table, q1, Granularity.MONTH, ChurnPolicy.DEFAULT));
    }
}
