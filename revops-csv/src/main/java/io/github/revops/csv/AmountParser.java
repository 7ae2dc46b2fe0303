package io.github.revops.csv;

import io.github.revops.money.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads an amount: a decimal in major units or a whole number of minor units, with an optional sign. No rounding:
 * more decimals than the currency has is an error. Immutable and thread-safe.
 */
final class AmountParser {

    private static final char NO_GROUPING = '\0';
    /** Up to this many digits in minor units, an amount is read into a long without a BigDecimal. */
    private static final int EXACT_DIGITS = 18;
    /** What {@link #minorUnits} answers when {@link #parse} must decide. */
    static final long NOT_READ = Long.MIN_VALUE;

    private final AmountUnit unit;
    private final char decimalSeparator;
    private final char groupingSeparator;

    AmountParser(AmountUnit unit, char decimalSeparator, char groupingSeparator) {
        this.unit = unit;
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
    }

    static char noGrouping() {
        return NO_GROUPING;
    }

    /**
     * Parses a non-blank text.
     *
     * @throws IllegalArgumentException with the reason if the text is not an amount in the currency
     */
    Money parse(String text, Currency currency) {
        return unit == AmountUnit.MINOR ? minor(text, currency) : major(text, currency);
    }

    /**
     * Reads an amount from ASCII bytes {@code [from, to)} without a String, where that certainly gives what
     * {@link #parse} gives for their text: a sign, digits and separators that fit a {@code long} exactly
     * (docs/decisions/0055).
     *
     * @return the amount in minor units, or {@link #NOT_READ} when {@link #parse} must decide (and give the amount
     *         or the error)
     */
    long minorUnits(byte[] bytes, int from, int to, Currency currency) {
        boolean negative = bytes[from] == '-';
        int i = negative || bytes[from] == '+' ? from + 1 : from;
        int digitsBefore = 0;
        int digitsAfter = -1;
        long digits = 0;
        for (; i < to; i++) {
            char c = (char) bytes[i];
            if (isDigit(c)) {
                if (digitsBefore + Math.max(digitsAfter, 0) == EXACT_DIGITS) {
                    return NOT_READ;
                }
                digits = digits * 10 + (c - '0');
                if (digitsAfter < 0) {
                    digitsBefore++;
                } else {
                    digitsAfter++;
                }
            } else if (unit == AmountUnit.MAJOR && c == decimalSeparator && digitsAfter < 0 && digitsBefore > 0) {
                digitsAfter = 0;
            } else if (!(unit == AmountUnit.MAJOR && c == groupingSeparator && groupingSeparator != NO_GROUPING
                    && digitsAfter < 0 && digitsBefore > 0 && i + 1 < to && isDigit((char) bytes[i + 1]))) {
                return NOT_READ;
            }
        }
        if (digitsBefore == 0 || digitsAfter == 0) {
            return NOT_READ;
        }
        if (unit == AmountUnit.MAJOR) {
            int scale = currency.getDefaultFractionDigits();
            int decimals = Math.max(digitsAfter, 0);
            if (decimals > scale || digitsBefore + scale > EXACT_DIGITS) {
                return NOT_READ;
            }
            for (int k = decimals; k < scale; k++) {
                digits *= 10;
            }
        }
        return negative ? -digits : digits;
    }

    private static Money minor(String text, Currency currency) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            throw notMinor();
        }
        for (int i = start; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                throw notMinor();
            }
        }
        try {
            return Money.ofMinor(currency, Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is too large for an amount", e);
        }
    }

    private Money major(String text, Currency currency) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digitsBefore = 0;
        int digitsAfter = -1;
        long digits = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits = digitsBefore + Math.max(digitsAfter, 0) < EXACT_DIGITS ? digits * 10 + (c - '0') : digits;
                if (digitsAfter < 0) {
                    digitsBefore++;
                } else {
                    digitsAfter++;
                }
            } else if (c == decimalSeparator && digitsAfter < 0 && digitsBefore > 0) {
                digitsAfter = 0;
            } else if (!(c == groupingSeparator && groupingSeparator != NO_GROUPING && digitsAfter < 0
                    && digitsBefore > 0 && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                throw notMajor();
            }
        }
        if (digitsBefore == 0 || digitsAfter == 0) {
            throw notMajor();
        }
        int scale = currency.getDefaultFractionDigits();
        int decimals = Math.max(digitsAfter, 0);
        if (decimals > scale) {
            throw new IllegalArgumentException("has more decimal places than " + currency.getCurrencyCode()
                    + " allows (" + scale + ")");
        }
        if (digitsBefore + scale <= EXACT_DIGITS) {
            long minor = digits;
            for (int k = decimals; k < scale; k++) {
                minor *= 10;
            }
            return Money.ofMinor(currency, text.charAt(0) == '-' ? -minor : minor);
        }
        try {
            return Money.of(currency, new BigDecimal(plain(text)));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("is too large for an amount", e);
        }
    }

    /** Returns a checked major-unit text as BigDecimal reads it: no grouping, a point as the separator. */
    private String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimalSeparator) {
                plain.append('.');
            } else if (c != groupingSeparator || groupingSeparator == NO_GROUPING) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException notMinor() {
        return new IllegalArgumentException("not a whole number of minor units");
    }

    private IllegalArgumentException notMajor() {
        return new IllegalArgumentException("not an amount (expected a decimal number such as 1234"
                + decimalSeparator + "50)");
    }
}
