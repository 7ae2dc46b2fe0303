package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.MoneyAverage;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CohortLtvTest {

    private static final Currency USD = Money.currency("USD");

    private static ExactMoney usd(long minor) {
        return usd(Rational.of(minor));
    }

    private static ExactMoney usd(Rational minor) {
        return ExactMoney.ofMinor(USD, minor);
    }

    @Test
    void cumulativeRevenuePerCustomerOfTheMarchCohort() {
        // March 2026 cohort: A 100.00 a month from 5 March; B 1,200.00 a year from 20 March (100.00 a month);
        // C 50.00 a month from 1 March to 15 May. D (February) and E (trial in March, paying from April) are not in
        // it. MRR on 31 March, 30 April, 31 May: 250.00, 250.00, 200.00; per customer, cumulative:
        // 250/3, 500/3, 700/3 (x 100 in cents).
        List<Subscription> subs = List.of(
                Subscription.of("a", "A", Money.parse("USD 100.00"), BillingInterval.MONTH, LocalDate.of(2026, 3, 5)),
                Subscription.of("b", "B", Money.parse("USD 1200.00"), BillingInterval.YEAR, LocalDate.of(2026, 3, 20)),
                Subscription.of("c", "C", Money.parse("USD 50.00"), BillingInterval.MONTH, LocalDate.of(2026, 3, 1))
                        .endingOn(LocalDate.of(2026, 5, 15)),
                Subscription.of("d", "D", Money.parse("USD 70.00"), BillingInterval.MONTH, LocalDate.of(2026, 2, 1)),
                Subscription.of("e1", "E", Money.parse("USD 90.00"), BillingInterval.MONTH, LocalDate.of(2026, 3, 3))
                        .endingOn(LocalDate.of(2026, 4, 2)).asTrial(),
                Subscription.of("e2", "E", Money.parse("USD 90.00"), BillingInterval.MONTH, LocalDate.of(2026, 4, 2)));
        EconomicsInput input = EconomicsInput.of(List.of(), subs);
        CohortLtv march = CohortLtv.of(input, Period.month(2026, 3), 3);
        assertThat(march.customers()).isEqualTo(3);
        assertThat(march.revenue()).containsExactly(usd(25_000), usd(25_000), usd(20_000));
        assertThat(march.cumulative()).extracting(r -> r.mean().orElseThrow())
                .containsExactly(usd(Rational.of(25_000, 3)), usd(Rational.of(50_000, 3)),
                        usd(Rational.of(70_000, 3)));
        CohortLtv april = CohortLtv.of(input, Period.month(2026, 4), 3);
        assertThat(april.customers()).isEqualTo(1);
        assertThat(april.cumulative().get(2).mean()).contains(usd(27_000));
        CohortLtv nobody = CohortLtv.of(input, Period.month(2025, 1), 2);
        assertThat(nobody.cumulative()).allMatch(r -> !r.isDefined());
        // The March and April cohorts together, each followed from its own acquisition month.
        assertThat(CohortLtv.of(input, Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)), 3))
                .isEqualTo(march.combine(april));
        assertThatThrownBy(() -> CohortLtv.of(input, Period.month(2026, 3), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months (0)");
        assertThatThrownBy(() -> CohortLtv.of(input, Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1)),
                2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole calendar months");
    }

    @Test
    void cohortsMergeMonthByMonth() {
        Random random = new Random(13);
        List<List<ExactMoney>> customers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<ExactMoney> row = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                row.add(ExactMoney.ofMinor(USD, Rational.of(random.nextInt(50_000), 1 + random.nextInt(3))));
            }
            customers.add(row);
        }
        MergeLaws.assertMergeable(customers, list -> {
            List<ExactMoney> sums = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                ExactMoney sum = ExactMoney.zero(USD);
                for (List<ExactMoney> row : list) {
                    sum = sum.plus(row.get(k));
                }
                sums.add(sum);
            }
            return CohortLtv.of(list.size(), sums);
        }, CohortLtv.empty(USD, 4));
        assertThatThrownBy(() -> CohortLtv.empty(USD, 3).combine(CohortLtv.empty(USD, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CohortLtv.empty(USD, 2).cumulative()).containsExactly(MoneyAverage.empty(USD),
                MoneyAverage.empty(USD));
        assertThatThrownBy(() -> new CohortLtv(USD, 0, List.of(usd(1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero for a cohort of 0 customers");
    }
}
