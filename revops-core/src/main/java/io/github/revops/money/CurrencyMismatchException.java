package io.github.revops.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when amounts in two currencies would be combined without a conversion.
 *
 * <p>The message names both currencies in sorted order, such as {@code "Currencies differ: EUR/USD"}.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;


    /** The firstCurrency named in the message. */
    private final transient Currency firstCurrency;
    /** The secondCurrency named in the message. */
    private final transient Currency secondCurrency;

    /**
     * Creates the exception for two currencies.
     *
     * @param first  one currency, not null
     * @param second  the other currency, not null
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super(message(first, second));
        this.firstCurrency = first;
        this.secondCurrency = second;
    }

    private static String message(Currency first, Currency second) {
        String a = Objects.requireNonNull(first, "first").getCurrencyCode();
        String b = Objects.requireNonNull(second, "second").getCurrencyCode();
        return "Currencies differ: " + (a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a)
                + " (convert with ExchangeRates and a reporting currency)";
    }

    /**
     * Returns the first currency involved.
     *
     * @return the currency, never null
     */
    public Currency firstCurrency() {
        return firstCurrency;
    }

    /**
     * Returns the second currency involved.
     *
     * @return the currency, never null
     */
    public Currency secondCurrency() {
        return secondCurrency;
    }
}
