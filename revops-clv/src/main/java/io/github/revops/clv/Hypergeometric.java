package io.github.revops.clv;

/**
 * The Gauss hypergeometric series the models need, summed term by term (Hipparchus has no 2F1).
 *
 * <p>Two shapes occur. The sBG lifetimes need {@code 2F1(1, b; c; x)} with {@code 0 <= x < 1} and {@code c > b > 0}:
 * every term is positive and at most 1, so a plain running sum is exact to rounding. BG/NBD needs
 * {@code 1 - (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z)}, whose parameters grow with the purchase count x and whose
 * terms overflow for large x. Euler's transformation {@code 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z)} turns it
 * into {@code 1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)}, whose upper parameters no longer depend on x (the terms
 * shrink as x grows, so nothing overflows), and the factor {@code a - 1} of the model is cancelled analytically (see
 * {@link #bgnbdBracket}), so {@code a} near 1 loses no precision either.
 */
final class Hypergeometric {

    /** Series longer than this are refused: z would be within about 1e-7 of 1. */
    private static final int MAX_TERMS = 50_000_000;
    private static final double EPSILON = 1e-17;
    /** A sum whose largest term exceeds the result by this factor has lost more than 8 of its 16 digits. */
    private static final double MAX_CANCELLATION = 1e8;

    private Hypergeometric() {
    }

    /**
     * Returns {@code 2F1(1, b; c; x) = sum over k >= 0 of (b)_k / (c)_k x^k}.
     *
     * @param b  the second upper parameter, positive
     * @param c  the lower parameter, greater than b
     * @param x  the argument, in [0, 1)
     * @return the sum
     */
    static double oneB(double b, double c, double x) {
        double term = 1.0;
        double sum = 1.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (b + k) / (c + k) * x;
            sum += term;
            if (term <= EPSILON * sum) {
                return sum;
            }
        }
        throw new ArithmeticException("hypergeometric series 2F1(1, " + b + "; " + c + "; " + x
                + ") did not converge in " + MAX_TERMS + " terms (the argument is too close to 1)");
    }

    /**
     * Returns {@code [1 - (1-z)^e 2F1(A, e; C; z)] / e}, continuous in e (at e = 0 it is {@code -ln(1-z)} minus the
     * series below).
     *
     * <p>With {@code (e)_k = e (1+e)_(k-1)}: {@code 2F1(A, e; C; z) = 1 + e S}, where
     * {@code S = sum over k >= 1 of (A)_k (1+e)_(k-1) / ((C)_k k!) z^k}; hence the value is
     * {@code [1 - (1-z)^e] / e - (1-z)^e S}, with no division by a small e.
     *
     * @param upper  A, the upper parameter that stays
     * @param e  the upper parameter that cancels (a - 1 in BG/NBD)
     * @param lower  C, the lower parameter, positive
     * @param z  the argument, in [0, 1)
     * @return the bracket divided by e
     */
    static double bgnbdBracket(double upper, double e, double lower, double z) {
        if (z == 0.0) {
            return 0.0;
        }
        if (lower <= 0.0 && lower == Math.rint(lower)) {
            throw new ArithmeticException("hypergeometric 2F1(" + upper + ", " + e + "; " + lower + "; " + z
                    + ") is undefined: its lower parameter is a non-positive integer");
        }
        double log1mz = Math.log1p(-z);
        double powE = Math.exp(e * log1mz);
        double head = e == 0.0 ? -log1mz : -Math.expm1(e * log1mz) / e;
        double term = upper / lower * z;
        double sum = term;
        double largest = Math.abs(term);
        for (int k = 1; k < MAX_TERMS; k++) {
            term *= (upper + k) * (e + k) / ((lower + k) * (k + 1)) * z;
            sum += term;
            largest = Math.max(largest, Math.abs(term));
            if (Math.abs(term) <= EPSILON * Math.abs(sum) || sum == 0.0 && term == 0.0) {
                double value = head - powE * sum;
                if (!Double.isFinite(value) || powE * largest > MAX_CANCELLATION * Math.abs(value)) {
                    throw new ArithmeticException("hypergeometric 2F1(" + upper + ", " + e + "; " + lower + "; " + z
                            + ") loses more digits to cancellation than a double holds");
                }
                return value;
            }
        }
        throw new ArithmeticException("hypergeometric series 2F1(" + upper + ", " + e + "; " + lower + "; " + z
                + ") did not converge in " + MAX_TERMS + " terms (the argument is too close to 1)");
    }
}
