package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logo churn by contract type and the MRR of the churned customers on IBM's Telco Customer Churn sample
 * (test resource recurring/ibm_telco_churn, see its README).
 *
 * <p>The data is one snapshot: a customer with {@code tenure} t months and {@code Churn = Yes} left in the last month.
 * It is modelled as one monthly subscription of {@code MonthlyCharges} per customer, in a month called January 2024:
 * it starts t months before 1 January (so it pays on 31 December), a customer of tenure 0 starts on 15 January (a
 * joiner), and a churned customer's subscription ends on 31 January.
 *
 * <p>Independent figures, computed with python3 over the original CSV (csv.DictReader; tenure >= 1 is "at the start";
 * cents = round(MonthlyCharges x 100); sums per Contract):
 * <pre>
 * contract        at start  churned  start MRR (cents)  churned MRR (cents)
 * Month-to-month      3875     1655        25,729,415          12,084,710
 * One year            1472      166         9,579,690           1,411,845
 * Two year            1685       48        10,256,995             416,530
 * total               7032     1869        45,566,100          13,913,085
 * </pre>
 * The 11 customers with tenure 0 all stayed. The plain loop in {@link #plainLoop} recomputes the same from the file.
 */
class TelcoChurnTest {

    private static final Period JANUARY = Period.month(2024, 1);
    private static final List<String[]> ROWS = read();
    private static final Map<String, String> CONTRACT = new HashMap<>();
    private static final List<Subscription> SUBS = subscriptions();

    private static List<String[]> read() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(TelcoChurnTest.class.getResourceAsStream(
                "/recurring/ibm_telco_churn/telco-churn-columns.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split(","));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static long cents(String[] row) {
        return new BigDecimal(row[3]).movePointRight(2).longValueExact();
    }

    private static List<Subscription> subscriptions() {
        List<Subscription> subs = new ArrayList<>();
        for (String[] r : ROWS) {
            int tenure = Integer.parseInt(r[1]);
            CONTRACT.put(r[0], r[2]);
            LocalDate start = tenure == 0 ? LocalDate.of(2024, 1, 15) : JANUARY.start().minusMonths(tenure);
            Subscription s = Subscription.of("S-" + r[0], r[0], Money.ofMinor("USD", cents(r)),
                    BillingInterval.MONTH, start);
            subs.add(r[4].equals("Yes") ? s.endingOn(LocalDate.of(2024, 1, 31)) : s);
        }
        return subs;
    }

    /** Per contract: {customers at start, churned, start MRR, churned MRR}, by a loop over the rows. */
    private static Map<String, long[]> plainLoop() {
        Map<String, long[]> byContract = new TreeMap<>();
        for (String[] r : ROWS) {
            if (Integer.parseInt(r[1]) >= 1) {
                long[] v = byContract.computeIfAbsent(r[2], k -> new long[4]);
                boolean churned = r[4].equals("Yes");
                v[0]++;
                v[1] += churned ? 1 : 0;
                v[2] += cents(r);
                v[3] += churned ? cents(r) : 0;
            }
        }
        return byContract;
    }

    @Test
    void logoChurnByContractType() {
        Breakdown<String, LogoChurn> churn = SUBS.stream().collect(Breakdown.by(s -> CONTRACT.get(s.customerId()),
                LogoChurn.collector(JANUARY, ChurnPolicy.DEFAULT), LogoChurn.empty(JANUARY, ChurnPolicy.DEFAULT)));
        assertThat(churn.get("Month-to-month").orElseThrow().rate()).isEqualTo(Ratio.of(1655, 3875));
        assertThat(churn.get("One year").orElseThrow().rate()).isEqualTo(Ratio.of(166, 1472));
        assertThat(churn.get("Two year").orElseThrow().rate()).isEqualTo(Ratio.of(48, 1685));
        assertThat(churn.total().rate()).isEqualTo(Ratio.of(1869, 7032));
        plainLoop().forEach((contract, v) ->
                assertThat(churn.get(contract).orElseThrow().rate()).isEqualTo(Ratio.of(v[1], v[0])));
        // Stripe's denominator adds the 11 joiners, who all stayed
        LogoChurn stripe = RecurringRevenue.of(SUBS).logoChurn(JANUARY, new ChurnPolicy(
                ChurnDenominator.START_PLUS_NEW, SamePeriodJoiners.EXCLUDE, ChurnRecognition.AT_END_OF_SERVICE));
        assertThat(stripe.rate()).isEqualTo(Ratio.of(1869, 7043));
    }

    @Test
    void mrrOfTheChurnedCustomersByContractType() {
        Breakdown<String, MrrBridge> bridge = MrrBridge.by(SUBS, JANUARY, s -> CONTRACT.get(s.customerId()));
        assertThat(bridge.get("Month-to-month").orElseThrow().churn().mrr().minorUnits())
                .isEqualTo(Rational.of(12_084_710));
        assertThat(bridge.get("One year").orElseThrow().churn().mrr().minorUnits()).isEqualTo(Rational.of(1_411_845));
        assertThat(bridge.get("Two year").orElseThrow().churn().mrr().minorUnits()).isEqualTo(Rational.of(416_530));
        MrrBridge all = bridge.total();
        assertThat(all.startMrr().minorUnits()).isEqualTo(Rational.of(45_566_100));
        assertThat(all.churn().count()).isEqualTo(1869);
        assertThat(all.grossMrrChurn()).isEqualTo(Ratio.of(Rational.of(13_913_085), Rational.of(45_566_100)));
        plainLoop().forEach((contract, v) -> {
            MrrBridge b = bridge.get(contract).orElseThrow();
            assertThat(b.startMrr().minorUnits()).isEqualTo(Rational.of(v[2]));
            assertThat(b.churn().mrr().minorUnits()).isEqualTo(Rational.of(v[3]));
        });
    }
}
