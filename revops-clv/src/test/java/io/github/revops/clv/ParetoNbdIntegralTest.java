package io.github.revops.clv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The log of the Pareto/NBD integral against an independent computation: mpmath 1.3.0's {@code quad} (tanh-sinh
 * quadrature at 40 significant digits) of {@code (alpha + u)^(-p) (beta + u)^(-q)} over [t_x, T], rounded to 20 digits.
 * The cases cover each representation: the tail series alone (alpha = beta, or v not small), the series in v alone
 * (v below 1/(2c) over the whole interval), an interval split where v crosses 1/(2c), and alpha and beta swapped
 * with p and q, which must give the same integral.
 */
class ParetoNbdIntegralTest {

    private static void assertLog(double p, double q, double alpha, double beta, double from, double to,
                                  double expected) {
        assertThat(ParetoNbdIntegral.log(p, q, alpha, beta, from, to)).isCloseTo(expected, within(1e-12));
        assertThat(ParetoNbdIntegral.log(q, p, beta, alpha, from, to)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void log_tailSeriesAlone_matchesQuadrature() {
        assertLog(1.5, 2.0, 10.0, 10.0, 2.0, 30.0, -7.1791088524325975991);
        assertLog(2.0, 1.5, 20.0, 4.0, 10.0, 39.0, -8.7680879872241108433);
        assertLog(1.5, 2.0, 4.0, 20.0, 10.0, 39.0, -8.7680879872241108433);
    }

    @Test
    void log_seriesInVAlone_matchesQuadrature() {
        assertLog(3.0, 2.0, 1.0, 100.0, 0.5, 5.0, -10.806506170864020039);
        assertLog(30.5, 1.7, 0.5, 200.0, 1.0, 2.0, -24.361674495012860217);
    }

    @Test
    void log_splitInterval_matchesQuadrature() {
        assertLog(0.8, 1.3, 5.0, 40.0, 0.0, 20.0, -4.0474127178640674102);
        assertLog(0.9, 0.6, 3.0, 50.0, 0.0, 1000.0, -0.72350806785371868298);
        assertLog(30.5, 1.7, 0.5, 200.0, 1.0, 60.0, -24.361674212088200224);
    }

    @Test
    void log_emptyInterval_isNegativeInfinity() {
        assertThat(ParetoNbdIntegral.log(1.5, 2.0, 10.0, 10.0, 3.0, 3.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void log_tailSeriesTooLong_isRefusedNamingTheInputs() {
        // c = 60,001: v* = 1/(2c) = 8.3e-6 and v(0) = 1e-6, both below 1e-5, and the interval reaches v = 0.5
        assertThatThrownBy(() -> ParetoNbdIntegral.log(60_000.0, 1.0, 1e-3, 1e3, 0.0, 1000.0))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("Pareto/NBD integral: the tail series would need more than 4000000 terms (p 60000.0,"
                        + " q 1.0, alpha 0.001, beta 1000.0)");
    }
}
