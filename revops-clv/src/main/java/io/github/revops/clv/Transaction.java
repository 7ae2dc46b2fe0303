package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;

import java.time.LocalDate;

/**
 * One purchase by a customer: who, on which day, for how much.
 * <pre>{@code
 * Transaction t = new Transaction("0001", LocalDate.of(1997, 1, 1), Money.parse("USD 29.33"));
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param customerId  the customer, not blank
 * @param date  the day of the purchase, not null
 * @param amount  the amount spent, not negative
 * @since 0.1.0
 */
public record Transaction(String customerId, LocalDate date, Money amount) {

    /**
     * Validates the transaction.
     *
     * @param customerId  the customer, not blank
     * @param date  the day of the purchase, not null
     * @param amount  the amount spent, not negative
     * @throws InvalidRecordException if a field is missing, the customer is blank or the amount negative
     */
    public Transaction {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidRecordException("transaction", "?", "customerId", customerId, "must not be blank");
        }
        if (date == null) {
            throw new InvalidRecordException("transaction", customerId, "date", null, "must be present");
        }
        if (amount == null) {
            throw new InvalidRecordException("transaction", customerId, "amount", null, "must be present");
        }
        if (amount.isNegative()) {
            throw new InvalidRecordException("transaction", customerId, "amount", amount, "must not be negative");
        }
    }
}
