package io.github.revops.clv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The two hypergeometric forms against mpmath 1.3.0's {@code hyp2f1} at 40 significant digits, rounded to 20:
 * {@code 2F1(1, b; c; x)}, and {@code [1 - (1-z)^e 2F1(A, e; C; z)] / e} (at e = 0 its limit, {@code -ln(1-z)} minus
 * the series {@code sum over k >= 1 of (A)_k (k-1)! / ((C)_k k!) z^k}, summed by mpmath's {@code nsum}).
 */
class HypergeometricTest {

    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(tolerance * Math.abs(expected)));
    }

    @Test
    void oneB_matchesReferenceValues() {
        assertRelative(Hypergeometric.oneB(0.5, 1.5, 0.3), 1.1230539918931030348, 1e-15);
        // the sBG parameters of Fader and Hardie (2007) with x = 0.9
        assertRelative(Hypergeometric.oneB(3.806, 4.474, 0.9), 5.5752729474689418806, 1e-14);
        // near 1: thousands of terms
        assertRelative(Hypergeometric.oneB(2.0, 2.5, 0.999), 71.617311174289540634, 1e-13);
        assertThat(Hypergeometric.oneB(1.0, 3.0, 0.0)).isEqualTo(1.0);
    }

    @Test
    void oneB_tooCloseToOne_isRefused() {
        // terms x^k / (k + 1) are still 1.9e-8 after 50 million terms
        assertThatThrownBy(() -> Hypergeometric.oneB(1.0, 2.0, 1.0 - 1e-9))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hypergeometric series 2F1(1, 1.0; 2.0; 0.999999999) did not converge in 50000000 terms"
                        + " (the argument is too close to 1)");
    }

    @Test
    void bgnbdBracket_matchesReferenceValues() {
        assertRelative(Hypergeometric.bgnbdBracket(2.5, 0.793, 3.0, 0.4), 0.09190272986191930638, 1e-13);
        assertRelative(Hypergeometric.bgnbdBracket(1.7, 0.5, 6.0, 0.95), 1.4643510648180766315, 1e-13);
        // a - 1 < 0 (a < 1)
        assertRelative(Hypergeometric.bgnbdBracket(0.8, -0.3, 2.2, 0.6), 0.72221180891136653885, 1e-13);
        // a - 1 tiny and exactly 0: no division by e, and continuous
        assertRelative(Hypergeometric.bgnbdBracket(3.0, 1e-9, 4.0, 0.5), 0.21184411111279795677, 1e-13);
        assertRelative(Hypergeometric.bgnbdBracket(3.0, 0.0, 4.0, 0.5), 0.211844111146229142, 1e-13);
        assertThat(Hypergeometric.bgnbdBracket(3.0, 0.5, 4.0, 0.0)).isZero();
    }

    @Test
    void bgnbdBracket_nonPositiveIntegerLowerParameter_isUndefined() {
        assertThatThrownBy(() -> Hypergeometric.bgnbdBracket(1.5, 0.5, -2.0, 0.5))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hypergeometric 2F1(1.5, 0.5; -2.0; 0.5) is undefined: its lower parameter is a"
                        + " non-positive integer");
        assertThatThrownBy(() -> Hypergeometric.bgnbdBracket(1.5, 0.5, 0.0, 0.5))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("is undefined");
    }

    @Test
    void bgnbdBracket_tooCloseToOne_isRefused() {
        assertThatThrownBy(() -> Hypergeometric.bgnbdBracket(1.0, 1.0, 2.0, 1.0 - 1e-9))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("hypergeometric series 2F1(1.0, 1.0; 2.0; 0.999999999) did not converge in 50000000"
                        + " terms (the argument is too close to 1)");
    }
}
