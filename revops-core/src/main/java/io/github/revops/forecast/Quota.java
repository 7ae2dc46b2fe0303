package io.github.revops.forecast;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

/**
 * A sales target: how much an owner is expected to book (won deals) in a period.
 * <pre>{@code
 * Quota q = new Quota("Ana", Period.quarter(2026, 1), Money.parse("USD 300000.00"));
 * }</pre>
 *
 * @param owner  the deal owner the quota is for, not blank
 * @param period  the period, not null
 * @param amount  the target, not negative
 * @since 0.1.0
 */
public record Quota(String owner, Period period, Money amount) {

    /**
     * Validates the quota.
     *
     * @param owner  the deal owner the quota is for, not blank
     * @param period  the period, not null
     * @param amount  the target, not negative
     * @throws InvalidRecordException if a field is missing, the owner is blank or the amount is negative
     */
    public Quota {
        String id = owner == null || owner.isBlank() ? "?" : owner + "@" + period;
        if (owner == null || owner.isBlank()) {
            throw new InvalidRecordException("quota", id, "owner", owner == null ? null : "'" + owner + "'",
                    "must not be blank");
        }
        if (period == null) {
            throw new InvalidRecordException("quota", id, "period", null, "is required");
        }
        if (amount == null) {
            throw new InvalidRecordException("quota", id, "amount", null, "is required");
        }
        if (amount.isNegative()) {
            throw new InvalidRecordException("quota", id, "amount", amount, "must not be negative");
        }
    }
}
