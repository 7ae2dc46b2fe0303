package io.github.revops.money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an amount must be converted and no exchange rate is known for the pair and date.
 *
 * @since 0.1.0
 */
public final class MissingExchangeRateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;


    /** The from named in the message. */
    private final transient Currency from;
    /** The to named in the message. */
    private final transient Currency to;
    /** The date named in the message. */
    private final LocalDate date;

    /**
     * Creates the exception for a currency pair and date.
     *
     * @param from  the source currency, not null
     * @param to  the target currency, not null
     * @param date  the date a rate was needed for, not null
     */
    public MissingExchangeRateException(Currency from, Currency to, LocalDate date) {
        super("no exchange rate " + Objects.requireNonNull(from, "from").getCurrencyCode() + "/"
                + Objects.requireNonNull(to, "to").getCurrencyCode() + " on or before "
                + Objects.requireNonNull(date, "date"));
        this.from = from;
        this.to = to;
        this.date = date;
    }

    /**
     * Returns the source currency.
     *
     * @return the currency, never null
     */
    public Currency from() {
        return from;
    }

    /**
     * Returns the target currency.
     *
     * @return the currency, never null
     */
    public Currency to() {
        return to;
    }

    /**
     * Returns the date a rate was needed for.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }
}
