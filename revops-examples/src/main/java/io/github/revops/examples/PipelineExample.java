package io.github.revops.examples;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Pipeline metrics on the bundled Maven CRM opportunities: win rate, sales cycle and pipeline velocity of the third
 * quarter of 2017, and the win rate per sales agent.
 * <pre>
 *   java -cp revops-examples/target/revops-examples.jar io.github.revops.examples.PipelineExample
 * </pre>
 * Prints (among other lines): {@code win rate 1257/2047 (61.41 %)}, {@code sales cycle of won deals: mean 48.82
 * days, median 49 days}, {@code pipeline velocity USD 71893.96 a day}.
 */
public final class PipelineExample {

    private PipelineExample() {
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
        List<Deal> deals = BundledData.crmDeals();                    // DealCsv.mavenCrm() on sales_pipeline.csv
        Period q3 = Period.quarter(2017, 3);                          // [2017-07-01, 2017-10-01)

        WinRate winRate = WinRate.of(deals, q3);                      // deals won / deals won or lost in Q3
        out.println("win rate " + winRate.byCount());                 // the parts, then the percentage rounded

        SalesCycle cycle = SalesCycle.of(deals, q3);                  // days from created to won, exact
        out.println("sales cycle of won deals: mean "
                + cycle.mean().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN) + " days, median "
                + cycle.median().orElseThrow() + " days, 90th percentile " + cycle.percentile(90).orElseThrow()
                + " days");

        PipelineVelocity velocity = PipelineVelocity.of(deals, q3);   // open x avg won deal x win rate / cycle
        out.println("pipeline velocity " + velocity.value().orElseThrow().toMoney(RoundingMode.HALF_EVEN)
                + " a day (" + velocity.opportunities() + " deals open at the end of the quarter)");

        Breakdown<String, WinRate> perAgent = WinRate.by(deals, q3, Deal::owner);
        for (Map.Entry<String, WinRate> agent : perAgent.groups().entrySet()) {
            if (agent.getValue().byCount().isDefined()) {                      // Anna Snelling: 55/100 (55.00 %)
                out.println("  " + agent.getKey() + ": " + agent.getValue().byCount());
            }
        }
        out.println("all agents: " + perAgent.total().byCount());     // the whole: 1257/2047 (61.41 %)
    }
}
