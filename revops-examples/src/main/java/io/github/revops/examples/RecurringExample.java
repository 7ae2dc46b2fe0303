package io.github.revops.examples;

import io.github.revops.domain.Subscription;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;

/**
 * Recurring revenue on the bundled RavenStack subscriptions: ARR at the end of 2024, the MRR bridge of December
 * 2024, and the year's logo churn, NRR and GRR.
 * <pre>
 *   java -cp revops-examples/target/revops-examples.jar io.github.revops.examples.RecurringExample
 * </pre>
 * Prints (among other lines): {@code ARR on 2024-12-31: USD 121915296.00 (500 paying customers)} and
 * {@code December 2024: start USD 8460824.00 + new USD 496667.00 (26) + expansion USD 1365101.00 (255) ...}.
 */
public final class RecurringExample {

    private RecurringExample() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to a stream.
     *
     * @param out  where to print, not null
     */
    public static void run(PrintStream out) {
        List<Subscription> subscriptions = BundledData.ravenStackSubscriptions();   // 13 empty rows set aside
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);

        var yearEnd = revenue.mrrAt(Period.year(2024).lastDay());
        out.println("ARR on " + yearEnd.date() + ": " + yearEnd.arr(RoundingMode.HALF_EVEN) + " ("
                + yearEnd.payingCustomers() + " paying customers)");

        List<MrrBridge> months = MrrBridge.series(subscriptions, Period.year(2024), Granularity.MONTH).values();
        MrrBridge december = months.get(11);
        out.println("December 2024: start " + money(december.startMrr())
                + " + new " + money(december.newBusiness().mrr()) + " (" + december.newBusiness().count() + ")"
                + " + expansion " + money(december.expansion().mrr()) + " (" + december.expansion().count() + ")"
                + " + reactivation " + money(december.reactivation().mrr())
                + " - contraction " + money(december.contraction().mrr()) + " (" + december.contraction().count()
                + ") - churn " + money(december.churn().mrr())
                + " = end " + money(december.endMrr()));

        MrrBridge year = revenue.movements(Period.year(2024));          // customers' MRR on 2023-12-31 vs 2024-12-31
        out.println("2024: logo churn " + revenue.logoChurn(Period.year(2024)).rate()
                + ", NRR " + year.nrr().toBigDecimal(4, RoundingMode.HALF_EVEN)
                + ", GRR " + year.grr().toBigDecimal(4, RoundingMode.HALF_EVEN));
    }

    private static String money(io.github.revops.money.ExactMoney amount) {
        return amount.toMoney(RoundingMode.HALF_EVEN).toString();
    }
}
