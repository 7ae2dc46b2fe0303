package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;

import java.time.LocalDate;
import java.util.Currency;

/** How a subscription's amount enters a recurring result reported in a {@link ReportingCurrency}. */
final class SubscriptionAmounts {

    private SubscriptionAmounts() {
    }

    /** Throws when a subscription's currency can never be reported in the reporting currency (no rates). */
    static void check(ReportingCurrency reporting, Subscription subscription) {
        Currency c = subscription.amount().currency();
        if (reporting.rates().isEmpty() && !c.equals(reporting.currency())) {
            throw new CurrencyMismatchException(reporting.currency(), c);
        }
    }

    /** The subscription's monthly value in minor units of the reporting currency at a date's rate. */
    static Rational monthlyMinor(ReportingCurrency reporting, Subscription subscription, LocalDate on) {
        return reporting.convert(subscription.monthlyValue(), on).minorUnits();
    }
}
