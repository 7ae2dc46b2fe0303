package io.github.revops.money;

import io.github.revops.internal.BoundedText;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Keeps the decimal work of {@link Money} bounded: an amount whose size or scale cannot fit a {@code long} of minor
 * units is refused from its precision and scale, before {@link BigDecimal} would compute with a power of ten of
 * millions of digits ({@code 1E+100000000}); and the amount text of {@link Money#parse} is read by a plain grammar,
 * without exponents. Messages show an amount in at most {@value BoundedText#SHOWN} characters.
 */
final class MoneyAmounts {

    /** The digits of the largest long, 9,223,372,036,854,775,807: no amount of more minor-unit digits fits. */
    private static final int LONG_DIGITS = 19;

    private MoneyAmounts() {
    }

    /**
     * Checks that a non-zero amount can be held exactly at a currency's scale, from its precision and scale alone.
     *
     * @throws ArithmeticException if it has more minor-unit digits than a long holds, or more decimal places than
     *         the currency has and too few digits for them all to be trailing zeros
     */
    static void requireFits(BigDecimal amount, Currency currency) {
        int fractionDigits = currency.getDefaultFractionDigits();
        requireNotTooLarge(amount, fractionDigits);
        if ((long) amount.scale() - fractionDigits >= amount.precision()) {
            throw tooManyDecimals("amount (" + shown(amount) + ")", currency);
        }
    }

    /**
     * Returns an amount that rounds to the currency's scale as the given one does under every rounding mode, small
     * enough in scale to round cheaply: a non-zero amount below a tenth of a minor unit becomes a hundredth of one,
     * with its sign.
     *
     * @throws ArithmeticException if it has more minor-unit digits than a long holds
     */
    static BigDecimal forRounding(BigDecimal amount, int fractionDigits) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        requireNotTooLarge(amount, fractionDigits);
        if ((long) amount.scale() - fractionDigits > amount.precision()) {
            return BigDecimal.valueOf(amount.signum(), fractionDigits + 2);
        }
        return amount;
    }

    private static void requireNotTooLarge(BigDecimal amount, int fractionDigits) {
        if ((long) amount.precision() - amount.scale() + fractionDigits > LONG_DIGITS) {
            throw tooLarge("amount (" + shown(amount) + ")");
        }
    }

    /**
     * Reads the amount of {@code Money.parse}: an optional sign, digits and an optional decimal point with digits,
     * such as {@code -1234.50}; no exponent, no grouping. Leading zeros and trailing zeros after the currency's
     * decimals are dropped before a {@link BigDecimal} is made, so its size is bounded whatever the text's length.
     *
     * @param amount  the amount's text, trimmed
     * @param input  the whole text given to parse, for messages
     * @param currency  the currency
     * @throws IllegalArgumentException if the text is not such a number
     * @throws ArithmeticException if it is too large for Money or has more decimal places than the currency
     */
    static BigDecimal parse(String amount, CharSequence input, Currency currency) {
        int i = amount.startsWith("-") || amount.startsWith("+") ? 1 : 0;
        int intStart = i;
        while (i < amount.length() && isDigit(amount.charAt(i))) {
            i++;
        }
        int intEnd = i;
        int fractionStart = i;
        if (i < amount.length() && amount.charAt(i) == '.') {
            fractionStart = ++i;
            while (i < amount.length() && isDigit(amount.charAt(i))) {
                i++;
            }
        }
        if (i != amount.length() || intEnd == intStart && i == fractionStart) {
            throw new IllegalArgumentException("money '" + BoundedText.of(input) + "' has no valid amount: expected"
                    + " digits with an optional sign and decimal point, as 'USD 25.95' (no exponent, no grouping)");
        }
        int significant = intStart;
        while (significant < intEnd && amount.charAt(significant) == '0') {
            significant++;
        }
        int scale = currency.getDefaultFractionDigits();
        if (intEnd - significant > LONG_DIGITS - scale) {
            throw tooLarge("money '" + BoundedText.of(input) + "'");
        }
        int fractionEnd = i;
        while (fractionEnd > fractionStart && amount.charAt(fractionEnd - 1) == '0') {
            fractionEnd--;
        }
        if (fractionEnd - fractionStart > scale) {
            throw tooManyDecimals("money '" + BoundedText.of(input) + "'", currency);
        }
        String plain = amount.substring(0, intStart) + (significant == intEnd ? "0" : amount.substring(significant,
                intEnd)) + (fractionEnd > fractionStart ? "." + amount.substring(fractionStart, fractionEnd) : "");
        return new BigDecimal(plain);
    }

    /** Returns an amount as a message shows it: plain when short, else its scientific form, bounded. */
    static String shown(BigDecimal amount) {
        long plainLength = (long) amount.precision() + Math.abs((long) amount.scale());
        return BoundedText.of(plainLength <= 2L * BoundedText.SHOWN ? amount.toPlainString() : amount.toString());
    }

    /** Returns the exception for an amount too large, {@code subject} naming it ("amount (1E+30)"). */
    static ArithmeticException tooLarge(String subject) {
        return new ArithmeticException(subject + " is too large for Money");
    }

    private static ArithmeticException tooManyDecimals(String subject, Currency currency) {
        return new ArithmeticException(subject + " has more decimal places than "
                + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
