package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;
import io.github.revops.table.SubscriptionTable;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trial-to-paid conversion in 2023 and 2024 on the synthetic RavenStack subscriptions (test resource
 * recurring/ravenstack_saas_synthetic, see its README), modelled as {@link RavenStackMrrTest} models them: a monthly
 * row is a MONTH subscription of {@code mrr_amount} dollars, an annual row a YEAR subscription of {@code arr_amount}
 * dollars, {@code end_date} exclusive, {@code is_trial} rows trials (778, of which 78 have an end date); the 13 rows
 * with {@code end_date <= start_date} are left out.
 *
 * <p>Independent figures, python3 over the CSV (csv.DictReader, datetime.date, statistics.median): for each trial
 * whose end date (DEFAULT) or start date (STARTED_COHORT) lies in the period, the candidates are the same account's
 * rows with is_trial FALSE, mrr_amount > 0 and start on or after the trial's start (DEFAULT: and not after its end);
 * the earliest candidate start converts it, days = that start minus the trial's start, MRR = the sum of mrr_amount of
 * the candidates starting that day:
 * <pre>
 * policy           period  trials  converted  days (sum / n)  median  MRR ($)
 * DEFAULT          2023         3          0  -               -               0
 * DEFAULT          2024        75         61  1,697 / 61      16        181,678
 * STARTED_COHORT   2023       111        111  9,237 / 111     60        221,236
 * STARTED_COHORT   2024       667        577  15,688 / 577    15      1,728,239
 * quarters of 2024 (trials, converted): DEFAULT (5, 3) (4, 3) (16, 14) (50, 41);
 *                                       STARTED_COHORT (76, 74) (110, 109) (170, 159) (311, 235)
 * </pre>
 */
class RavenStackTrialConversionTest {

    private static final List<Subscription> SUBS = load();
    private static final Period Y2023 = Period.year(2023);
    private static final Period Y2024 = Period.year(2024);

    private static List<Subscription> load() {
        List<Subscription> subs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(RavenStackTrialConversionTest.class
                .getResourceAsStream("/recurring/ravenstack_saas_synthetic/ravenstack_subscriptions.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.strip().split(",", -1);
                LocalDate start = LocalDate.parse(r[2]);
                Optional<LocalDate> end = r[3].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(r[3]));
                if (end.isPresent() && !end.get().isAfter(start)) {
                    continue;
                }
                boolean annual = r[12].equals("annual");
                subs.add(new Subscription(r[0], r[1], Money.ofMinor("USD", 100 * Long.parseLong(annual ? r[7] : r[6])),
                        annual ? BillingInterval.YEAR : BillingInterval.MONTH, start, end, r[8].equals("TRUE"),
                        Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return subs;
    }

    private static ExactMoney dollars(long whole) {
        return ExactMoney.of(Money.ofMinor("USD", 100 * whole));
    }

    @Test
    void theDefaultMatchesTheIndependentFigures() {
        assertThat(SUBS).hasSize(4_987);
        TrialConversion y2024 = TrialConversion.of(SUBS, Y2024);
        assertThat(y2024.rate()).isEqualTo(Ratio.of(61, 75));
        assertThat(y2024.daysToConvert().sumDays()).isEqualTo(1_697);
        assertThat(y2024.meanDaysToConvert()).contains(Rational.of(1_697, 61));
        assertThat(y2024.medianDaysToConvert()).contains(Rational.of(16));
        assertThat(y2024.convertedMrr()).isEqualTo(dollars(181_678));
        TrialConversion y2023 = TrialConversion.of(SUBS, Y2023);
        assertThat(y2023.rate()).isEqualTo(Ratio.of(0, 3));
        assertThat(y2023.medianDaysToConvert()).isEmpty();
        assertThat(TrialConversion.series(SUBS, Y2024, Granularity.QUARTER).values())
                .extracting(TrialConversion::rate)
                .containsExactly(Ratio.of(3, 5), Ratio.of(3, 4), Ratio.of(14, 16), Ratio.of(41, 50));
    }

    @Test
    void theStartedCohortMatchesTheIndependentFigures() {
        TrialConversion y2024 = TrialConversion.of(SUBS, Y2024, TrialPolicy.STARTED_COHORT);
        assertThat(y2024.rate()).isEqualTo(Ratio.of(577, 667));
        assertThat(y2024.meanDaysToConvert()).contains(Rational.of(15_688, 577));
        assertThat(y2024.medianDaysToConvert()).contains(Rational.of(15));
        assertThat(y2024.convertedMrr()).isEqualTo(dollars(1_728_239));
        TrialConversion y2023 = TrialConversion.of(SUBS, Y2023, TrialPolicy.STARTED_COHORT);
        assertThat(y2023.rate()).isEqualTo(Ratio.of(111, 111));
        assertThat(y2023.meanDaysToConvert()).contains(Rational.of(9_237, 111));
        assertThat(y2023.medianDaysToConvert()).contains(Rational.of(60));
        assertThat(y2023.convertedMrr()).isEqualTo(dollars(221_236));
        assertThat(TrialConversion.series(SUBS, Y2024, Granularity.QUARTER, TrialPolicy.STARTED_COHORT).values())
                .extracting(TrialConversion::rate)
                .containsExactly(Ratio.of(74, 76), Ratio.of(109, 110), Ratio.of(159, 170), Ratio.of(235, 311));
    }

    @Test
    void theTableAndTheQuartersAgreeWithTheYear() {
        SubscriptionTable table = SubscriptionTable.of(SUBS);
        for (TrialPolicy policy : List.of(TrialPolicy.DEFAULT, TrialPolicy.STARTED_COHORT)) {
            TrialConversion year = TrialConversion.of(SUBS, Y2024, policy);
            assertThat(TrialConversion.of(table, Y2024, policy)).isEqualTo(year);
            assertThat(TrialConversion.series(table, Y2024, Granularity.QUARTER, policy).values().stream()
                    .map(q -> new TrialConversion(Y2024, policy, q.trials(), q.daysToConvert(), q.convertedMrr()))
                    .reduce(TrialConversion::combine).orElseThrow()).isEqualTo(year);
        }
    }
}
