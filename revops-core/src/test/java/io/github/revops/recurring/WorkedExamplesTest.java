package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of docs/metrics.md#recurring-revenue-and-retention and anchors.md d.8, exactly. */
class WorkedExamplesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final Period MARCH = Period.month(2024, 3);

    private static Subscription monthly(String id, String customer, String amount, LocalDate start) {
        return Subscription.of(id, customer, Money.parse("USD " + amount), BillingInterval.MONTH, start);
    }

    @Test
    void chartMogulLogoChurnIsTenPercent() {
        // docs/metrics.md#recurring-revenue-and-retention, "Logo churn": 100 customers at the start, 11 leave, one of
        // whom joined in the period: 10 / 100.
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Subscription s = monthly("s" + i, String.format("c%03d", i), "50.00", JAN_1);
            subs.add(i < 10 ? s.endingOn(LocalDate.of(2024, 3, 10 + i)) : s);
        }
        subs.add(monthly("joiner", "c100", "50.00", LocalDate.of(2024, 3, 5)).endingOn(LocalDate.of(2024, 3, 25)));
        RecurringRevenue revenue = RecurringRevenue.of(subs);

        LogoChurn byDefault = revenue.logoChurn(MARCH);
        assertThat(byDefault.rate().numerator()).isEqualTo(Rational.of(10));
        assertThat(byDefault.rate().denominator()).isEqualTo(Rational.of(100));
        assertThat(byDefault.rate().toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.10");
        LogoChurn including = revenue.logoChurn(MARCH, new ChurnPolicy(ChurnDenominator.START,
                SamePeriodJoiners.INCLUDE, ChurnRecognition.AT_END_OF_SERVICE));
        assertThat(including.rate().exactValue()).contains(Rational.of(11, 100));
        assertThat(including.churnedCustomers()).hasSize(11).contains("c100");
    }

    @Test
    void chartMogulRevenueChurnIsTwentyPercentGrossAndTenPercentNet() {
        // docs/metrics.md#recurring-revenue-and-retention, "Revenue ratios": start 100, churn 10, contraction 10,
        // expansion 10 -> gross 0.20, net 0.10.
        List<Subscription> subs = List.of(
                monthly("a", "churns", "10.00", JAN_1).endingOn(LocalDate.of(2024, 3, 15)),
                monthly("b", "contracts", "30.00", JAN_1).endingOn(LocalDate.of(2024, 3, 15)),
                monthly("b2", "contracts", "20.00", LocalDate.of(2024, 3, 15)),
                monthly("c", "expands", "20.00", JAN_1),
                monthly("c2", "expands", "10.00", LocalDate.of(2024, 3, 20)),
                monthly("d", "steady", "40.00", JAN_1));
        MrrBridge march = RecurringRevenue.of(subs).movements(MARCH);

        assertThat(march.startMrr().toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 100.00"));
        assertThat(march.grossMrrChurn().exactValue()).contains(Rational.of(1, 5));
        assertThat(march.grossMrrChurn().numerator()).isEqualTo(Rational.of(2000));
        assertThat(march.netMrrChurn().exactValue()).contains(Rational.of(1, 10));
        assertThat(march.nrr().exactValue()).contains(Rational.of(9, 10));
        assertThat(march.grr().exactValue()).contains(Rational.of(4, 5));
        assertThat(march.quickRatio().exactValue()).contains(Rational.of(1, 2));
    }

    @Test
    void chartMogulArpaIsThree() {
        // anchors.md b.7 / d.8: customer MRR 1, 1, 3, 5, 5 -> ARPA 3; 100, 100, 300, 500, 500 -> 300.
        String[] mrr = {"1.00", "1.00", "3.00", "5.00", "5.00"};
        List<Subscription> small = new ArrayList<>();
        List<Subscription> large = new ArrayList<>();
        for (int i = 0; i < mrr.length; i++) {
            small.add(monthly("s" + i, "c" + i, mrr[i], JAN_1));
            large.add(monthly("s" + i, "c" + i, new BigDecimal(mrr[i]).multiply(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.UNNECESSARY).toPlainString(), JAN_1));
        }
        // a second subscription of one customer is summed: the customer still counts once
        small.add(monthly("trial", "c9", "9.00", JAN_1).asTrial());
        assertThat(RecurringRevenue.of(small).mrrAt(JAN_1).arpa().toMoney(RoundingMode.UNNECESSARY))
                .contains(Money.parse("USD 3.00"));
        assertThat(RecurringRevenue.of(small).mrrAt(JAN_1).arpa().count()).isEqualTo(5);
        assertThat(RecurringRevenue.of(large).mrrAt(JAN_1).arpa().toMoney(RoundingMode.UNNECESSARY))
                .contains(Money.parse("USD 300.00"));
    }

    @Test
    void stripeMrrIsTwelveThousandFiveHundred() {
        // docs/metrics.md#recurring-revenue-and-retention, "MRR on a date": 100 customers at 100/month + 50 at 600/year
        // -> 12,500 MRR, 150,000 ARR.
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            subs.add(monthly("m" + i, "m" + i, "100.00", JAN_1));
        }
        for (int i = 0; i < 50; i++) {
            subs.add(Subscription.of("y" + i, "y" + i, Money.parse("USD 600.00"), BillingInterval.YEAR, JAN_1));
        }
        MrrSnapshot s = RecurringRevenue.of(subs).mrrAt(LocalDate.of(2024, 6, 30));
        assertThat(s.mrr(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 12500.00"));
        assertThat(s.arr(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 150000.00"));
        assertThat(s.payingCustomers()).isEqualTo(150);
    }

    @Test
    void killBillAnnualToMonthlyTableAtFourDecimals() {
        // anchors.md b.1 / d.8: Kill Bill divides an annual price by 12 at 4 dp HALF_UP. Our MRR is exact; rounding
        // it once at 4 dp of the currency unit gives the same table.
        String[][] table = {{"499.95", "41.6625"}, {"549.95", "45.8292"}, {"599.90", "49.9917"},
            {"799.00", "66.5833"}, {"2299.00", "191.5833"}, {"5499.00", "458.2500"}};
        for (String[] row : table) {
            Subscription s = Subscription.of("s", "c", Money.parse("USD " + row[0]), BillingInterval.YEAR, JAN_1);
            MrrSnapshot snapshot = RecurringRevenue.of(List.of(s)).mrrAt(JAN_1);
            assertThat(snapshot.mrr().amount().toBigDecimal(4, RoundingMode.HALF_UP)).as(row[0])
                    .isEqualTo(new BigDecimal(row[1]));
            // and 12 x MRR gives the annual price back exactly: nothing was rounded on the way
            assertThat(snapshot.arr(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD " + row[0]));
        }
    }

    @Test
    void chartMogulLifecycleNewExpansionContractionChurnReactivation() {
        // anchors.md d.8: a yearly 2,000 plan is new at 166.67 (rounded once at the end); a monthly 60 add-on is
        // expansion 60; cancelling the add-on while the yearly plan runs is contraction 60; ending the last plan is
        // churn; subscribing again later is reactivation.
        List<Subscription> subs = List.of(
                Subscription.of("gold", "acme", Money.parse("USD 2000.00"), BillingInterval.YEAR, JAN_1)
                        .endingOn(LocalDate.of(2024, 5, 1)),
                monthly("silver", "acme", "60.00", LocalDate.of(2024, 2, 1)).endingOn(LocalDate.of(2024, 3, 1)),
                monthly("again", "acme", "60.00", LocalDate.of(2024, 7, 1)));
        RecurringRevenue revenue = RecurringRevenue.of(subs);
        MrrBridge jan = revenue.movements(Period.month(2024, 1));
        assertThat(jan.newBusiness().mrr().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 166.67"));
        assertThat(jan.newBusiness().mrr().minorUnits()).isEqualTo(Rational.of(50_000, 3));
        assertThat(revenue.movements(Period.month(2024, 2)).expansion().mrr().toMoney(RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 60.00"));
        assertThat(revenue.movements(Period.month(2024, 3)).contraction().mrr().toMoney(RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 60.00"));
        MrrBridge may = revenue.movements(Period.month(2024, 5));
        assertThat(may.churn().customers()).containsExactly("acme");
        assertThat(may.churn().mrr().minorUnits()).isEqualTo(Rational.of(50_000, 3));
        assertThat(revenue.movements(Period.month(2024, 7)).reactivation().customers()).containsExactly("acme");
        assertThat(revenue.movements(Period.month(2024, 7)).newBusiness().customers()).isEmpty();
    }

    @Test
    void weeklyAndDailyPlansAreExactOverAYear() {
        // 52 weekly payments of 10.00 and 365 daily payments of 1.00 are one year: 12 months of MRR add back to
        // exactly that, with no 4.33- or 30-day drift.
        List<Subscription> subs = List.of(
                Subscription.of("w", "weekly", Money.parse("USD 10.00"), BillingInterval.WEEK, JAN_1),
                Subscription.of("d", "daily", Money.parse("USD 1.00"), BillingInterval.DAY, JAN_1));
        RecurringRevenue revenue = RecurringRevenue.of(subs);
        Rational weekly = Rational.ZERO;
        Rational daily = Rational.ZERO;
        for (MrrSnapshot month : MrrSnapshot.series(subs, Period.year(2024), io.github.revops.time.Granularity.MONTH)
                .values()) {
            weekly = weekly.add(month.customerMrr("weekly").minorUnits());
            daily = daily.add(month.customerMrr("daily").minorUnits());
        }
        assertThat(weekly).isEqualTo(Rational.of(52 * 1000));
        assertThat(daily).isEqualTo(Rational.of(365 * 100));
        MrrSnapshot june = revenue.mrrAt(LocalDate.of(2024, 6, 30));
        assertThat(june.customerMrr("weekly").minorUnits()).isEqualTo(Rational.of(13_000, 3));
        assertThat(june.customerMrr("daily").minorUnits()).isEqualTo(Rational.of(36_500, 12));
        assertThat(june.arr(RoundingMode.UNNECESSARY)).isEqualTo(Money.parse("USD 885.00")); // 520 + 365
    }
}
