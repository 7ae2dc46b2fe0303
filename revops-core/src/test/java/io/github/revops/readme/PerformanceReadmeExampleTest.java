package io.github.revops.readme;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.DealTable;
import io.github.revops.table.Parallel;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles and runs the example of the README's "Performance" section, with the public API only. */
class PerformanceReadmeExampleTest {

    @Test
    void tablesGiveTheSameAnswersOnOneThreadAndOnAllCores() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {   // 12 won and 8 lost in 2024: win rate 12/20
            Deal.Builder b = Deal.builder("D-" + i).customer("C-" + i).owner(i % 2 == 0 ? "ana" : "bo")
                    .source("web").amount(Money.parse("USD 1000.00")).created(LocalDate.of(2024, 1, 5));
            deals.add((i < 12 ? b.won(LocalDate.of(2024, 3, 1)) : b.lost(LocalDate.of(2024, 3, 1))).build());
        }
        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 100.00"), BillingInterval.MONTH,
                        LocalDate.of(2024, 2, 1)),
                Subscription.of("S-2", "Globex", Money.parse("USD 1200.00"), BillingInterval.YEAR,
                        LocalDate.of(2024, 5, 1)).endingOn(LocalDate.of(2024, 9, 1)));

        // ---- README example, verbatim ----
        DealTable table = DealTable.of(deals);                                   // columns; ids checked once
        Period year = Period.year(2024);
        WinRate rate = WinRate.of(table, year);                                  // equals WinRate.of(deals, year)
        WinRate same = Parallel.evaluate(table.split(Parallel.parts()),          // all cores, same answer
                part -> WinRate.of(part, year), WinRate::combine);
        SubscriptionTable subs = SubscriptionTable.of(subscriptions);            // grouped by customer
        TimeSeries<MrrBridge> bridge = MrrBridge.series(subs, year, Granularity.MONTH);   // 12 bridges, one pass
        // ---- end of the README example ----

        assertThat(rate.byCount()).isEqualTo(Ratio.of(12, 20));
        assertThat(same).isEqualTo(rate).isEqualTo(WinRate.of(deals, year));
        assertThat(bridge).isEqualTo(MrrBridge.series(subscriptions, year, Granularity.MONTH));
        assertThat(bridge.values().get(1).newBusiness().customers()).containsExactly("ACME");
        assertThat(bridge.values().get(8).churn().customers()).containsExactly("Globex");
    }
}
