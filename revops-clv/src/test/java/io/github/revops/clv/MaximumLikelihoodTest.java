package io.github.revops.clv;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The optimiser and its identification probe on log-likelihoods whose curvature is known in closed form: a quadratic
 * {@code -1/2 (x - m)' A (x - m) - 3} in the logs x of the parameters (the constant keeps the value at the mode away
 * from 0), with A built from chosen eigenvalues and a chosen rotation. Central differences are exact on a quadratic,
 * so the probe's directions are A's eigenvectors, and the drop along the flattest one is
 * {@code 1/2 (ln 1000)^2 lambda_min}: identified when that is at least 1.92, that is when lambda_min is at least 0.0805.
 */
class MaximumLikelihoodTest {

    private static final double PROBE = Math.log(1000.0);
    private static final Pattern PROBE_MESSAGE = Pattern.compile("moving the parameters from (.*) to (.*) \\(a"
            + " distance of ln 1000 in their logs\\) changes the log-likelihood by only (\\S+); it must fall by at"
            + " least 1.92, the 95% likelihood-ratio bound");

    /** A rotation in the (i, j) plane by the given angle, applied to the columns of m. */
    private static double[][] rotate(double[][] m, int i, int j, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[][] r = new double[m.length][];
        for (int row = 0; row < m.length; row++) {
            r[row] = m[row].clone();
            r[row][i] = c * m[row][i] - s * m[row][j];
            r[row][j] = s * m[row][i] + c * m[row][j];
        }
        return r;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    /** A = V diag(lambda) V'. */
    private static double[][] curvature(double[][] v, double[] lambda) {
        int n = lambda.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += v[i][k] * lambda[k] * v[j][k];
                }
            }
        }
        return a;
    }

    private static ToDoubleFunction<double[]> quadratic(double[][] a, double[] mode, AtomicInteger calls) {
        return p -> {
            calls.incrementAndGet();
            double sum = 0.0;
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p.length; j++) {
                    sum += (Math.log(p[i]) - mode[i]) * a[i][j] * (Math.log(p[j]) - mode[j]);
                }
            }
            return -0.5 * sum - 3.0;
        };
    }

    private static double[] parameters(String described) {
        String[] parts = described.split(", ");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].substring(parts[i].indexOf(' ') + 1));
        }
        return values;
    }

    /** Asserts the probe left the mode along +-v (the flattest direction) and reports the drop there. */
    private static void assertProbedAlong(ModelFitException e, double[] mode, double[] v, double lambda) {
        Matcher m = PROBE_MESSAGE.matcher(e.getMessage());
        assertThat(m.find()).as(e.getMessage()).isTrue();
        double[] from = parameters(m.group(1));
        double[] to = parameters(m.group(2));
        double sign = Math.signum((Math.log(to[0]) - Math.log(from[0])) * v[0]);
        for (int i = 0; i < mode.length; i++) {
            assertThat(Math.log(from[i])).isCloseTo(mode[i], within(1e-4));
            assertThat(Math.log(to[i])).as("probe, parameter %d", i)
                    .isCloseTo(mode[i] + sign * PROBE * v[i], within(1e-4));
        }
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(-0.5 * PROBE * PROBE * lambda, within(5e-4));
    }

    @Test
    void maximise_quadratic_findsTheModeAndCountsEveryEvaluation() {
        double[] mode = {Math.log(2.0), Math.log(30.0)};
        double[][] v = rotate(identity(2), 0, 1, Math.toRadians(30));
        AtomicInteger calls = new AtomicInteger();

        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise("test", new String[] {"a", "b"},
                new double[] {1.0, 1.0}, quadratic(curvature(v, new double[] {40.0, 0.5}), mode, calls));

        assertThat(optimum.parameters()[0]).isCloseTo(2.0, within(1e-5));
        assertThat(optimum.parameters()[1]).isCloseTo(30.0, within(1e-4));
        assertThat(optimum.logLikelihood()).isCloseTo(-3.0, within(1e-10));
        // every call of the log-likelihood is counted: the start, the simplex runs, 2n^2 for the curvature (2n on
        // the diagonal, 4 for each of the n(n-1)/2 pairs) and 2n probes
        assertThat(optimum.evaluations()).isEqualTo(calls.get());
    }

    @Test
    void maximise_rotatedRidge_isFoundByTheProbeAlongItsDirection() {
        // lambda_min 0.06 < 0.0805: the drop along the ridge is 1/2 (ln 1000)^2 0.06 = 1.4314 < 1.92. Moving off the
        // ridge by 1.5 degrees already adds 1/2 (ln 1000)^2 40 sin^2(1.5 deg) = 0.65, so only a probe along the true
        // eigenvector finds it.
        double[] mode = {Math.log(2.0), Math.log(30.0)};
        double[][] v = rotate(identity(2), 0, 1, Math.toRadians(30));
        double[][] a = curvature(v, new double[] {40.0, 0.06});

        ModelFitException e = catchThrowableOfType(ModelFitException.class, () -> MaximumLikelihood.maximise("test",
                new String[] {"a", "b"}, new double[] {1.0, 1.0}, quadratic(a, mode, new AtomicInteger())));

        assertThat(e).hasMessageStartingWith("test fit failed: the data do not identify the model: moving the"
                + " parameters from a 2.0000");
        assertProbedAlong(e, mode, new double[] {v[0][1], v[1][1]}, 0.06);
    }

    @Test
    void maximise_rotatedRidgeInThreeParameters_isFoundByTheProbeAlongItsDirection() {
        // every pair of parameters is coupled: rotations in all three planes
        double[] mode = {Math.log(0.5), Math.log(4.0), Math.log(12.0)};
        double[][] v = rotate(rotate(rotate(identity(3), 0, 1, 0.4), 1, 2, 0.7), 0, 2, -0.5);
        double[][] a = curvature(v, new double[] {25.0, 3.0, 0.05});

        ModelFitException e = catchThrowableOfType(ModelFitException.class, () -> MaximumLikelihood.maximise("test",
                new String[] {"a", "b", "c"}, new double[] {1.0, 1.0, 1.0}, quadratic(a, mode, new AtomicInteger())));

        assertProbedAlong(e, mode, new double[] {v[0][2], v[1][2], v[2][2]}, 0.05);
    }

    @Test
    void maximise_identifiedInThreeParameters_returnsTheMode() {
        // the same rotation with lambda_min 0.1: the drop along the flattest direction is 2.39 >= 1.92
        double[] mode = {Math.log(0.5), Math.log(4.0), Math.log(12.0)};
        double[][] v = rotate(rotate(rotate(identity(3), 0, 1, 0.4), 1, 2, 0.7), 0, 2, -0.5);
        AtomicInteger calls = new AtomicInteger();

        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise("test", new String[] {"a", "b", "c"},
                new double[] {1.0, 1.0, 1.0}, quadratic(curvature(v, new double[] {25.0, 3.0, 0.1}), mode, calls));

        assertThat(optimum.parameters()).containsExactly(new double[] {0.5, 4.0, 12.0}, within(1e-4));
        assertThat(optimum.evaluations()).isEqualTo(calls.get());
    }

    @Test
    void maximise_flatBeyondTheDomainEdge_probesAlongTheAxes() {
        // The log-likelihood is -infinity beyond b = 30.5 (within one curvature step, e^0.1 = 1.105, of the mode),
        // so the curvature cannot be measured; the probe then moves along each parameter's axis. Along b it meets
        // -infinity (identified); along a the quadratic falls by 1/2 (ln 1000)^2 0.07 = 1.67 < 1.92.
        double[] mode = {Math.log(2.0), Math.log(30.0)};
        double[][] a = {{0.07, 0.0}, {0.0, 5.0}};
        AtomicInteger calls = new AtomicInteger();
        ToDoubleFunction<double[]> inner = quadratic(a, mode, calls);
        ToDoubleFunction<double[]> edged = p -> p[1] > 30.5 ? Double.NEGATIVE_INFINITY : inner.applyAsDouble(p);

        ModelFitException e = catchThrowableOfType(ModelFitException.class, () -> MaximumLikelihood.maximise("test",
                new String[] {"a", "b"}, new double[] {1.0, 1.0}, edged));

        assertProbedAlong(e, mode, new double[] {1.0, 0.0}, 0.07);
    }

    @Test
    void maximise_parameterRunningOffToInfinity_isNamed() {
        // increasing in a without bound: the simplex climbs until the domain's edge (1e12) and stops there
        ToDoubleFunction<double[]> rising = p -> -Math.pow(Math.log(p[1]) - 1.0, 2) - 1.0 / p[0];

        assertThatThrownBy(() -> MaximumLikelihood.maximise("test", new String[] {"a", "b"},
                new double[] {1.0, 1.0}, rising))
                .isInstanceOf(ModelFitException.class)
                .hasMessageStartingWith("test fit failed: parameter a runs off to infinity (")
                .hasMessageEndingWith("): the data do not identify the model");
    }

    @Test
    void maximise_parameterRunningOffToZero_isNamed() {
        ToDoubleFunction<double[]> falling = p -> -Math.pow(Math.log(p[0]) - 1.0, 2) - p[1];

        assertThatThrownBy(() -> MaximumLikelihood.maximise("test", new String[] {"a", "b"},
                new double[] {1.0, 1.0}, falling))
                .isInstanceOf(ModelFitException.class)
                .hasMessageStartingWith("test fit failed: parameter b runs off to zero (")
                .hasMessageEndingWith("): the data do not identify the model");
    }

    @Test
    void maximise_justInsideTheBound_isAccepted() {
        // a mode at e^24.9, inside the bound e^25 by 0.1 in the logs: the fit is returned
        double[] mode = {24.9, 0.0};
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise("test", new String[] {"a", "b"},
                new double[] {1.0, 1.0}, quadratic(new double[][] {{4.0, 0.0}, {0.0, 4.0}}, mode, new AtomicInteger()));

        assertThat(Math.log(optimum.parameters()[0])).isCloseTo(24.9, within(1e-5));
    }

    @Test
    void maximise_nowhereEvaluable_isAnErrorNamingTheStart() {
        // NaN counts as -infinity everywhere: the simplex cannot compare its points and never converges
        assertThatThrownBy(() -> MaximumLikelihood.maximise("test", new String[] {"a"}, new double[] {1.0},
                p -> Double.NaN))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("test fit failed: the optimiser did not converge in 20000 evaluations from [1.0]");
        // the start named is the one given (the search runs on its log)
        ModelFitException e = catchThrowableOfType(ModelFitException.class, () -> MaximumLikelihood.maximise("test",
                new String[] {"a", "b"}, new double[] {2.0, 0.25}, p -> Double.NaN));
        Matcher start = Pattern.compile("from \\[(\\S+), (\\S+)]$").matcher(e.getMessage());
        assertThat(start.find()).as(e.getMessage()).isTrue();
        assertThat(Double.parseDouble(start.group(1))).isCloseTo(2.0, within(1e-12));
        assertThat(Double.parseDouble(start.group(2))).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void maximise_unevaluablePoints_areNotCandidates() {
        // an ArithmeticException (a series that does not converge) counts as -infinity, like a point outside the
        // domain; the mode is found among the other points
        AtomicInteger calls = new AtomicInteger();
        ToDoubleFunction<double[]> inner = quadratic(new double[][] {{2.0}}, new double[] {Math.log(3.0)}, calls);
        ToDoubleFunction<double[]> partial = p -> {
            if (p[0] > 10.0) {
                throw new ArithmeticException("no series here");
            }
            return inner.applyAsDouble(p);
        };

        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise("test", new String[] {"a"},
                new double[] {1.0}, partial);

        assertThat(optimum.parameters()[0]).isCloseTo(3.0, within(1e-6));
    }
}
