package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;

/**
 * A customer's transactions over n discrete opportunities (yearly donations, annual events, monthly renewal
 * chances), reduced to what the BG/BB model needs: in how many of the n periods after the first transaction the
 * customer transacted (frequency x) and the last such period (recency t_x).
 *
 * <p>Periods count from the first transaction: period 1 is the first opportunity after it. A customer who gave in
 * 1995 (the first transaction) and again in 1997 and 1999, observed over 1996-2001, has x = 2, t_x = 4, n = 6.
 * <pre>{@code
 * DiscreteHistory donor = DiscreteHistory.of("D-17", 2, 4, 6);
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param customerId  the customer, not blank
 * @param frequency  x, the periods with a transaction, from 0 to recency
 * @param recency  t_x, the last period with a transaction, from x to n; 0 when x is 0
 * @param periods  n, the opportunities observed, from 0 to {@value #MAX_PERIODS}
 * @since 0.1.0
 */
public record DiscreteHistory(String customerId, int frequency, int recency, int periods) {

    /** The most periods a history may span: the likelihood sums over the periods after the last transaction. */
    public static final int MAX_PERIODS = 1_000_000;

    private static final String RECORD = "discrete history";

    /**
     * Validates the history, naming the customer.
     *
     * @param customerId  the customer, not blank
     * @param frequency  x, the periods with a transaction, from 0 to recency
     * @param recency  t_x, the last period with a transaction, from x to n; 0 when x is 0
     * @param periods  n, the opportunities observed, from 0 to {@value #MAX_PERIODS}
     * @throws InvalidRecordException if a field is out of range
     */
    public DiscreteHistory {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidRecordException(RECORD, "?", "customerId", customerId, "must not be blank");
        }
        if (periods < 0 || periods > MAX_PERIODS) {
            throw new InvalidRecordException(RECORD, customerId, "periods", periods,
                    "must be from 0 to " + MAX_PERIODS);
        }
        if (recency < 0 || recency > periods) {
            throw new InvalidRecordException(RECORD, customerId, "recency", recency,
                    "must be from 0 to periods (" + periods + ")");
        }
        if (frequency < 0 || frequency > recency) {
            throw new InvalidRecordException(RECORD, customerId, "frequency", frequency,
                    "must be from 0 to recency (" + recency + ")");
        }
        if (frequency == 0 && recency != 0) {
            throw new InvalidRecordException(RECORD, customerId, "recency", recency, "must be 0 when frequency is 0");
        }
    }

    /**
     * Obtains a history.
     *
     * @param customerId  the customer, not blank
     * @param frequency  x, from 0 to recency
     * @param recency  t_x, from x to n; 0 when x is 0
     * @param periods  n, from 0 to {@value #MAX_PERIODS}
     * @return the history, never null
     * @throws InvalidRecordException if a field is out of range
     * @since 0.1.0
     */
    public static DiscreteHistory of(String customerId, int frequency, int recency, int periods) {
        return new DiscreteHistory(customerId, frequency, recency, periods);
    }
}
