package io.github.revops.math;

import io.github.revops.internal.BoundedText;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator}, always in lowest terms with a positive denominator.
 *
 * <p>revops keeps every intermediate figure exact: the monthly value of a weekly plan is {@code amount × 52 / 12},
 * a mean cycle is {@code sumDays / count}. A {@code Rational} holds such a figure without rounding; it is turned
 * into a decimal only at the end, with an explicit {@link RoundingMode}.
 * <pre>{@code
 * Rational weekly = Rational.of(52, 12);              // 13/3
 * Rational mrr = weekly.multiply(Rational.of(10_00)); // 13000/3 minor units
 * BigDecimal shown = mrr.toBigDecimal(2, RoundingMode.HALF_EVEN); // 4333.33
 * }</pre>
 *
 * <p>{@link #toString()} gives {@code "p/q"}, or {@code "p"} when the value is whole, and {@link #parse} reads it
 * back when neither part has more than 10,000 digits (longer text is refused as hostile; arithmetic has no such
 * limit). Two rationals are equal exactly when their values are equal.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type: do not synchronize, rely on the
 * identity hash code or use the distinction between {@code equals()} and {@code ==}.
 *
 * @since 0.1.0
 */
public final class Rational implements Comparable<Rational> {


    /** Zero. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    /**
     * The most digits {@link #parse} reads in a numerator or denominator (or before and after a decimal point), and
     * {@link #of(BigDecimal)} and {@link #toBigDecimal} take before or after the point: far beyond any figure of
     * revenue, and small enough that a hostile {@code "1E+100000000"} fails at once instead of computing for minutes.
     */
    private static final int MAX_DIGITS = 10_000;

    /** The numerator, carrying the sign. */
    private final BigInteger numerator;
    /** The denominator, positive, coprime with the numerator. */
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains a whole number.
     *
     * @param value  the value
     * @return the rational, never null
     */
    public static Rational of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * Obtains {@code numerator / denominator}, reduced to lowest terms.
     *
     * @param numerator  the numerator
     * @param denominator  the denominator, not zero
     * @return the rational, never null
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Obtains {@code numerator / denominator}, reduced to lowest terms.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null, not zero
     * @return the rational, never null
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator must not be zero (numerator " + numerator + ")");
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (denominator.equals(BigInteger.ONE)) {
            return new Rational(numerator, BigInteger.ONE);   // whole: already in lowest terms, no gcd needed
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Rational(numerator, denominator);
    }

    /**
     * Obtains the exact value of a decimal.
     *
     * @param value  the decimal, not null, with at most 10,000 digits before and after its point
     * @return the rational, never null
     * @throws ArithmeticException if the decimal has more than 10,000 digits before or after its point (such as
     *     {@code 1E+100000000}); zero is zero at any scale
     */
    public static Rational of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO;
        }
        if (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS) {
            throw new ArithmeticException("value (" + BoundedText.of(value.toString()) + ") has more than 10,000"
                    + " digits before or after its point");
        }
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * Obtains a rational from its {@link #toString()} form, {@code "p/q"} or {@code "p"}; a plain decimal such as
     * {@code "0.75"} is accepted too. The grammar is plain: an optional sign and ASCII digits, at most 10,000 in
     * each part, around the slash or the point; no exponent, no grouping. Surrounding blanks are ignored.
     *
     * @param text  the text, not null
     * @return the rational, never null
     * @throws NumberFormatException if the text is not a rational of that grammar, naming its first characters
     * @throws ArithmeticException if the denominator is zero
     */
    public static Rational parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(plain(s, true, text)));
        }
        BigInteger numerator = new BigInteger(plain(s.substring(0, slash).trim(), false, text));
        BigInteger denominator = new BigInteger(plain(s.substring(slash + 1).trim(), false, text));
        if (denominator.signum() == 0) {
            throw new ArithmeticException("rational '" + BoundedText.of(text) + "' has a zero denominator");
        }
        return of(numerator, denominator);
    }

    /**
     * Returns a part of a rational's text when it is an optional sign and ASCII digits, with a point among them if
     * allowed, at most 10,000 digits on each side of the point; otherwise throws naming the whole text.
     */
    private static String plain(String part, boolean pointAllowed, CharSequence text) {
        int i = part.startsWith("+") || part.startsWith("-") ? 1 : 0;
        int point = -1;
        for (int k = i; k < part.length(); k++) {
            char c = part.charAt(k);
            if (c == '.' && pointAllowed && point < 0) {
                point = k;
            } else if (c < '0' || c > '9') {
                throw malformed(text);
            }
        }
        int before = (point < 0 ? part.length() : point) - i;
        int after = point < 0 ? 0 : part.length() - point - 1;
        if (before + after == 0) {
            throw malformed(text);
        }
        if (before > MAX_DIGITS || after > MAX_DIGITS) {
            throw new NumberFormatException("rational '" + BoundedText.of(text) + "' has more than 10,000 digits"
                    + " in a part");
        }
        return part;
    }

    private static NumberFormatException malformed(CharSequence text) {
        return new NumberFormatException("rational '" + BoundedText.of(text) + "' must be 'p/q', 'p' or a plain"
                + " decimal, as '13/3' or '0.75'");
    }

    /**
     * Returns the numerator in lowest terms; it carries the sign.
     *
     * @return the numerator, never null
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator in lowest terms; always positive.
     *
     * @return the denominator, never null
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Returns the sum of this and another rational.
     *
     * @param other  the other rational, not null
     * @return the exact sum, never null
     */
    public Rational add(Rational other) {
        Objects.requireNonNull(other, "other");
        if (other.numerator.signum() == 0) {
            return this;
        }
        if (numerator.signum() == 0) {
            return other;
        }
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * Returns this minus another rational.
     *
     * @param other  the other rational, not null
     * @return the exact difference, never null
     */
    public Rational subtract(Rational other) {
        return add(Objects.requireNonNull(other, "other").negate());
    }

    /**
     * Returns the product of this and another rational.
     *
     * @param other  the other rational, not null
     * @return the exact product, never null
     */
    public Rational multiply(Rational other) {
        Objects.requireNonNull(other, "other");
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * Returns this divided by another rational.
     *
     * @param divisor  the divisor, not null, not zero
     * @return the exact quotient, never null
     * @throws ArithmeticException if the divisor is zero
     */
    public Rational divide(Rational divisor) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.numerator.signum() == 0) {
            throw new ArithmeticException("division of " + this + " by zero");
        }
        return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /**
     * Returns the negation of this rational.
     *
     * @return the negated value, never null
     */
    public Rational negate() {
        return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
    }

    /**
     * Returns the absolute value of this rational.
     *
     * @return the absolute value, never null
     */
    public Rational abs() {
        return numerator.signum() < 0 ? negate() : this;
    }

    /**
     * Returns -1, 0 or 1 as this rational is negative, zero or positive.
     *
     * @return the sign
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Checks if this rational is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * Checks if this rational is a whole number.
     *
     * @return true when the denominator is one
     */
    public boolean isWhole() {
        return denominator.equals(BigInteger.ONE);
    }

    /**
     * Returns the value as a decimal with the given scale, rounded as asked.
     *
     * @param scale  the number of digits after the decimal point, -10,000 to 10,000
     * @param rounding  the rounding mode, not null
     * @return the decimal, never null
     * @throws IllegalArgumentException if the scale is beyond 10,000 digits either way
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and the value does not fit the scale
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (scale < -MAX_DIGITS || scale > MAX_DIGITS) {
            throw new IllegalArgumentException("scale (" + scale + ") must be between -10,000 and 10,000");
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /**
     * Returns the nearest {@code double}, for display and ranking only; never NaN or infinite: a value beyond the
     * range of {@code double} gives {@code Double.MAX_VALUE} with its sign, one too close to zero gives zero.
     *
     * @return the value as a finite double
     */
    public double doubleValue() {
        // up to 53 bits both parts are exact doubles, and IEEE division rounds their quotient to the nearest double
        if (numerator.bitLength() <= 53 && denominator.bitLength() <= 53) {
            return numerator.doubleValue() / denominator.doubleValue();
        }
        double value = new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
        return Double.isInfinite(value) ? Math.copySign(Double.MAX_VALUE, value) : value;
    }

    @Override
    public int compareTo(Rational other) {
        Objects.requireNonNull(other, "other");
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rational other
                && numerator.equals(other.numerator) && denominator.equals(other.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /**
     * Returns {@code "p/q"}, or {@code "p"} when the value is whole.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return isWhole() ? numerator.toString() : numerator + "/" + denominator;
    }
}
