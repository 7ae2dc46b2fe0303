package io.github.revops.internal;

import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;

import java.util.Currency;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The currency a computation reports in: the reporting currency given, or else the currency of its first amount.
 * Without exchange rates every amount must be in that currency ({@link CurrencyMismatchException} otherwise, never a
 * silent sum); with rates amounts are converted where they are read, so none is checked here.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class OneCurrency {

    private OneCurrency() {
    }

    /**
     * Returns the reporting currency of a computation, checking the currencies of its amounts.
     *
     * @param given  the reporting currency the caller gave, or empty to take the first amount's, not null
     * @param amounts  the currency of every amount of the input, in input order, not null
     * @return the reporting currency, never null
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws IllegalArgumentException if no currency is given and the input holds no amount
     */
    public static ReportingCurrency resolve(Optional<ReportingCurrency> given, Stream<Currency> amounts) {
        Objects.requireNonNull(given, "given");
        if (given.isPresent() && given.get().rates().isPresent()) {
            return given.get();
        }
        Currency currency = given.map(ReportingCurrency::currency).orElse(null);
        for (Iterator<Currency> it = amounts.iterator(); it.hasNext(); ) {
            Currency next = it.next();
            if (currency == null) {
                currency = next;
            } else if (!currency.equals(next)) {
                throw new CurrencyMismatchException(currency, next);
            }
        }
        if (currency == null) {
            throw new IllegalArgumentException("the input holds no amount to take the currency from: give a"
                    + " ReportingCurrency");
        }
        return given.orElse(ReportingCurrency.of(currency));
    }
}
