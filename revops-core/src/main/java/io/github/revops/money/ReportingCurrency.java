package io.github.revops.money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The currency a metric reports in, with the exchange rates that convert other currencies into it: the one currency
 * parameter of every metric family.
 *
 * <p>Without rates every amount must already be in the currency: another currency throws
 * {@link CurrencyMismatchException}, never a silent sum. With rates an amount is converted at the rate of the date it
 * is measured on (docs/metrics.md#recurring-revenue-and-retention): a subscription's MRR on a date at that date's
 * rate, a deal at its close date.
 * <pre>{@code
 * ReportingCurrency.of(Money.currency("USD"));                  // single currency, mixing throws
 * ReportingCurrency.of(Money.currency("USD"), rates);           // EUR and GBP converted at the measured date
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe when its exchange rates are.
 *
 * @since 0.1.0
 */
public final class ReportingCurrency {

    private final Currency currency;
    private final Optional<ExchangeRates> rates;

    private ReportingCurrency(Currency currency, Optional<ExchangeRates> rates) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.rates = rates;
    }

    /**
     * Obtains a single reporting currency without conversion.
     *
     * @param currency  the currency, not null
     * @return the reporting currency, never null
     */
    public static ReportingCurrency of(Currency currency) {
        return new ReportingCurrency(currency, Optional.empty());
    }

    /**
     * Obtains a reporting currency that converts other currencies with exchange rates.
     *
     * @param currency  the currency, not null
     * @param rates  the dated exchange rates, not null
     * @return the reporting currency, never null
     */
    public static ReportingCurrency of(Currency currency, ExchangeRates rates) {
        return new ReportingCurrency(currency, Optional.of(Objects.requireNonNull(rates, "rates")));
    }

    /**
     * Returns the currency results are reported in.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the exchange rates, empty when amounts in other currencies are rejected.
     *
     * @return the rates, or empty
     */
    public Optional<ExchangeRates> rates() {
        return rates;
    }

    /**
     * Returns zero in the reporting currency.
     *
     * @return zero, never null
     */
    public ExactMoney zero() {
        return ExactMoney.zero(currency);
    }

    /**
     * Converts an exact amount into the reporting currency at a date's rate.
     *
     * @param amount  the amount, not null
     * @param on  the date whose rate applies, not null
     * @return the amount in the reporting currency, never null
     * @throws CurrencyMismatchException if the currency differs and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     */
    public ExactMoney convert(ExactMoney amount, LocalDate on) {
        if (amount.currency().equals(currency)) {
            return amount;
        }
        return rates.orElseThrow(() -> new CurrencyMismatchException(currency, amount.currency()))
                .convert(amount, currency, on);
    }

    /**
     * Converts an amount into the reporting currency at a date's rate, exactly.
     *
     * @param amount  the amount, not null
     * @param on  the date whose rate applies, not null
     * @return the amount in the reporting currency, never null
     * @throws CurrencyMismatchException if the currency differs and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     */
    public ExactMoney convert(Money amount, LocalDate on) {
        return convert(amount.toExact(), on);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportingCurrency other && currency.equals(other.currency) && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + rates.hashCode();
    }

    /**
     * Returns the currency code, with "converted" when rates are given, such as {@code "USD (converted)"}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + (rates.isPresent() ? " (converted)" : "");
    }
}
