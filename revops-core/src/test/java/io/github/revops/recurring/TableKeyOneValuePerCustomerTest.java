package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code by} entry points over a subscription table with a key column other than the customers: a key that holds
 * one value per customer groups whole customers (worked by hand), and a key that gives one customer's rows two values
 * is the documented {@link IllegalArgumentException} naming the customer and both groups, on every kernel's path.
 */
class TableKeyOneValuePerCustomerTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);

    /** Rows in table order: c1 (a trial, then USD 10.00 a month from 8 January), c2 (USD 7.00 a month). */
    private static final SubscriptionTable TABLE = SubscriptionTable.of(List.of(
            Subscription.of("s1", "c1", Money.parse("USD 10.00"), BillingInterval.MONTH, JAN_1)
                    .endingOn(LocalDate.of(2024, 1, 8)).asTrial(),
            Subscription.of("s2", "c1", Money.parse("USD 10.00"), BillingInterval.MONTH, LocalDate.of(2024, 1, 8)),
            Subscription.of("s3", "c2", Money.parse("USD 7.00"), BillingInterval.MONTH, JAN_1)));

    /** The customer column of a three-row table whose customers are the given ones, in that order. */
    private static CodeColumn keyOf(String... customers) {
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < customers.length; i++) {
            subs.add(Subscription.of("k" + i, customers[i], Money.parse("USD 1.00"), BillingInterval.MONTH, JAN_1));
        }
        return SubscriptionTable.of(subs).customer();
    }

    private static ExactMoney usd(long cents) {
        return ExactMoney.ofMinor(Money.currency("USD"), Rational.of(cents));
    }

    @Test
    void aKeyWithOneValuePerCustomerGroupsWholeCustomers() {
        CodeColumn plan = keyOf("gold", "gold", "silver");   // c1's rows gold, c2's silver
        Breakdown<String, MrrTotal> totals = MrrTotal.by(TABLE, MAR_31, plan);
        assertThat(totals.groups().keySet()).containsExactly("gold", "silver");
        assertThat(totals.groups().get("gold").mrr()).isEqualTo(usd(1_000));
        assertThat(totals.groups().get("silver").mrr()).isEqualTo(usd(700));
        assertThat(MrrSnapshot.by(TABLE, MAR_31, plan).groups().get("gold").byCustomer())
                .containsOnlyKeys("c1").containsEntry("c1", usd(1_000));
        assertThat(MrrBridge.by(TABLE, Period.month(2024, 1), plan).groups().get("silver").newBusiness().customers())
                .containsExactly("c2");
        // c1's trial ended 8 January and converted that day; c2 had none
        Breakdown<String, TrialConversion> trials = TrialConversion.by(TABLE, Period.month(2024, 1), plan);
        assertThat(trials.groups().get("gold").trials()).isEqualTo(1);
        assertThat(trials.groups().get("gold").converted()).isEqualTo(1);
        assertThat(trials.total().trials()).isEqualTo(1);
    }

    @Test
    void aKeyThatSplitsACustomerIsRefusedOnEveryPath() {
        CodeColumn split = keyOf("a", "b", "b");   // c1's two rows get a and b
        String message = "customer 'c1' has rows in groups a and b: the key must hold one value per customer";
        assertThatThrownBy(() -> MrrTotal.by(TABLE, MAR_31, split))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> MrrSnapshot.by(TABLE, MAR_31, split))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> MrrBridge.by(TABLE, Period.month(2024, 3), split))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> TrialConversion.by(TABLE, Period.month(2024, 1), split))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
