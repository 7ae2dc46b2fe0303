package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Month-end MRR and the monthly bridge over 2024 on the synthetic RavenStack subscriptions (test resource
 * recurring/ravenstack_saas_synthetic, see its README).
 *
 * <p>Modelling: a monthly row is a MONTH subscription of {@code mrr_amount} dollars, an annual row a YEAR
 * subscription of {@code arr_amount} dollars (= 12 x mrr_amount, so its monthly value is mrr_amount exactly);
 * {@code end_date} is exclusive; {@code is_trial} rows are trials. 13 rows have {@code end_date <= start_date}; revops
 * rejects them where they enter (field endDate), and they are never in service anyway, so they are left out.
 *
 * <p>Independent figures, python3 over the CSV (csv.DictReader; a row counts on day d when is_trial is FALSE,
 * mrr_amount > 0 and start <= d < end; MRR = sum of mrr_amount; customer MRR summed per account_id; movements
 * classified per account as docs/metrics.md#recurring-revenue-and-retention ("Movements (the bridge)") says, "paid
 * before" = a paying row starting before the month):
 * <pre>
 * month end   MRR ($)     accounts  | month  new (n, $)        expansion (n, $)     contraction (n, $)  other
 * 2024-01-31   1,522,685  206       | Jan    21,    81,088     63,   190,380        6,  10,896
 * 2024-02-29   1,873,778  225       | Feb    17,    75,447     77,   282,858        3,  13,532          react 2, 6,320
 * 2024-03-31   2,276,266  250       | Jun    31,   113,166    120,   420,191        9,  16,201
 * 2024-04-30   2,707,236  274       | Sep    31,   164,181    186,   785,230       14,  29,176          churn 1, 5,771
 * 2024-05-31   3,316,249  302       | Oct    22,   172,736    212,   951,908       21,  67,889          react 1, 6,796
 * 2024-06-30   3,833,405  333       | Dec    26,   496,667    255, 1,365,101       36, 162,984
 * 2024-07-31   4,513,192  360
 * 2024-08-31   5,120,881  384       | MRR on 2023-12-31: 1,262,113
 * 2024-09-30   6,035,345  414
 * 2024-10-31   7,098,896  437
 * 2024-11-30   8,460,824  474
 * 2024-12-31  10,159,608  500
 * </pre>
 */
class RavenStackMrrTest {

    private static final long[] MONTH_END_MRR = {1_522_685, 1_873_778, 2_276_266, 2_707_236, 3_316_249,
        3_833_405, 4_513_192, 5_120_881, 6_035_345, 7_098_896, 8_460_824, 10_159_608};
    private static final long[] MONTH_END_ACCOUNTS = {206, 225, 250, 274, 302, 333, 360, 384, 414, 437, 474, 500};

    private static final List<Subscription> SUBS = new ArrayList<>();
    private static final List<String> REJECTED = new ArrayList<>();
    private static final List<String[]> ROWS = new ArrayList<>();

    static {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(RavenStackMrrTest.class.getResourceAsStream(
                "/recurring/ravenstack_saas_synthetic/ravenstack_subscriptions.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.strip().split(",", -1);
                ROWS.add(r);
                boolean annual = r[12].equals("annual");
                Money amount = Money.ofMinor("USD", 100 * Long.parseLong(annual ? r[7] : r[6]));
                try {
                    SUBS.add(new Subscription(r[0], r[1], amount, annual ? BillingInterval.YEAR : BillingInterval.MONTH,
                            LocalDate.parse(r[2]),
                            r[3].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(r[3])),
                            r[8].equals("TRUE"), Optional.empty()));
                } catch (InvalidRecordException e) {
                    assertThat(e.field()).isEqualTo("endDate");
                    REJECTED.add(e.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void monthEndMrrOver2024() {
        assertThat(ROWS).hasSize(5000);
        assertThat(REJECTED).hasSize(13);
        TimeSeries<MrrSnapshot> months = MrrSnapshot.series(SUBS, Period.year(2024),
                Granularity.MONTH);
        for (int m = 0; m < 12; m++) {
            MrrSnapshot s = months.values().get(m);
            assertThat(s.mrr().minorUnits()).as(s.date().toString()).isEqualTo(Rational.of(100 * MONTH_END_MRR[m]));
            assertThat(s.payingCustomers()).as(s.date().toString()).isEqualTo(MONTH_END_ACCOUNTS[m]);
            assertThat(s.mrr().minorUnits()).isEqualTo(Rational.of(100 * plainLoop(s.date())));
        }
        assertThat(months.values().get(11).arr(java.math.RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 121915296.00"));
    }

    @Test
    void monthlyBridgeOver2024() {
        List<MrrBridge> bridge = MrrBridge.series(SUBS, Period.year(2024), Granularity.MONTH).values();
        assertThat(bridge.get(0).startMrr().minorUnits()).isEqualTo(Rational.of(126_211_300));
        assertMoves(bridge.get(0).newBusiness(), 21, 81_088);
        assertMoves(bridge.get(0).expansion(), 63, 190_380);
        assertMoves(bridge.get(0).contraction(), 6, 10_896);
        assertMoves(bridge.get(1).reactivation(), 2, 6_320);
        assertMoves(bridge.get(5).newBusiness(), 31, 113_166);
        assertMoves(bridge.get(5).expansion(), 120, 420_191);
        assertMoves(bridge.get(5).contraction(), 9, 16_201);
        assertMoves(bridge.get(8).churn(), 1, 5_771);
        assertMoves(bridge.get(9).reactivation(), 1, 6_796);
        assertMoves(bridge.get(11).newBusiness(), 26, 496_667);
        assertMoves(bridge.get(11).expansion(), 255, 1_365_101);
        assertMoves(bridge.get(11).contraction(), 36, 162_984);
        for (int m = 0; m < 12; m++) {
            assertThat(bridge.get(m).endMrr().minorUnits()).isEqualTo(Rational.of(100 * MONTH_END_MRR[m]));
        }
    }

    private static void assertMoves(Movement m, int customers, long dollars) {
        assertThat(m.count()).isEqualTo(customers);
        assertThat(m.mrr().minorUnits()).isEqualTo(Rational.of(100 * dollars));
    }

    /** MRR in dollars on a day, straight from the CSV rows. */
    private static long plainLoop(LocalDate day) {
        long total = 0;
        Set<String> seen = new HashSet<>();
        for (String[] r : ROWS) {
            LocalDate start = LocalDate.parse(r[2]);
            boolean inService = !start.isAfter(day) && (r[3].isEmpty() || day.isBefore(LocalDate.parse(r[3])));
            if (inService && r[8].equals("FALSE") && seen.add(r[0])) {
                total += Long.parseLong(r[6]);
            }
        }
        return total;
    }
}
