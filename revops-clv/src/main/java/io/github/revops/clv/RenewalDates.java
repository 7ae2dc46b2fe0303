package io.github.revops.clv;

import io.github.revops.domain.BillingInterval;

import java.time.LocalDate;

/**
 * Renewal dates of a contract: its start plus k renewal periods, computed from the start each time.
 */
final class RenewalDates {

    private RenewalDates() {
    }

    /**
     * Returns the k-th renewal date.
     *
     * @param start  the contract start
     * @param period  the renewal period
     * @param k  the renewal number, at least 0
     * @return the start plus k periods
     */
    static LocalDate renewal(LocalDate start, BillingInterval period, int k) {
        if (period.months() > 0) {
            return start.plusMonths((long) period.months() * k);
        }
        if (period.equals(BillingInterval.WEEK)) {
            return start.plusWeeks(k);
        }
        return start.plusDays(k);
    }
}
