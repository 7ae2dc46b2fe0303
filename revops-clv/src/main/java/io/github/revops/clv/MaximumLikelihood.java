package io.github.revops.clv;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over positive parameters with Hipparchus' Nelder-Mead simplex (docs/decisions/0040).
 *
 * <p>The search runs on the logs of the parameters, so every point is admissible. It starts from fixed points (no
 * randomness, so a fit is deterministic) and restarts the simplex at its own optimum until two runs agree, the usual
 * cure for a simplex that collapses early. A fit that does not settle, whose likelihood is not finite, whose
 * parameters run off to 0 or infinity, or whose likelihood barely falls when the parameters move a factor of 1000
 * along a principal direction of its curvature (the data do not identify the model, docs/decisions/0045) throws
 * {@link ModelFitException}. A point outside the models' parameter domain, or where the likelihood cannot be
 * evaluated, counts as negative infinity.
 */
final class MaximumLikelihood {

    /** A parameter whose log leaves [-LOG_BOUND, LOG_BOUND] is taken as running off to 0 or infinity. */
    private static final double LOG_BOUND = 25.0;
    private static final double RELATIVE_TOLERANCE = 1e-13;
    private static final double ABSOLUTE_TOLERANCE = 1e-13;
    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;
    private static final int MAX_RESTARTS = 12;
    private static final double INITIAL_STEP = 0.5;
    /** The step, in the logs of the parameters, of the finite differences that measure the curvature. */
    private static final double CURVATURE_STEP = 0.1;
    /** How far the identification probe moves the parameters: a factor of 1000, in the logs. */
    private static final double PROBE_FACTOR = 1000.0;
    /** Half the 95% quantile of chi-square with one degree of freedom (3.84 / 2). */
    private static final double LIKELIHOOD_RATIO_BOUND = 1.92;

    private MaximumLikelihood() {
    }

    /** The optimum: parameters (not logs), the log-likelihood there and the evaluations spent. */
    record Optimum(double[] parameters, double logLikelihood, int evaluations) {
    }

    /**
     * Maximises the log-likelihood.
     *
     * @param model  the model's name, for messages
     * @param names  the parameter names, for messages
     * @param start  the starting parameters, positive
     * @param logLikelihood  the log-likelihood of a parameter vector
     * @return the optimum
     * @throws ModelFitException if the optimiser does not converge to a finite interior optimum
     */
    static Optimum maximise(String model, String[] names, double[] start, ToDoubleFunction<double[]> logLikelihood) {
        ToDoubleFunction<double[]> objective = logs -> {
            double[] p = new double[logs.length];
            for (int i = 0; i < logs.length; i++) {
                p[i] = Math.exp(logs[i]);
                if (!(p[i] >= Parameters.MIN_MODEL_PARAMETER && p[i] <= Parameters.MAX_MODEL_PARAMETER)) {
                    return Double.NEGATIVE_INFINITY;   // outside the models' domain
                }
            }
            try {
                double value = logLikelihood.applyAsDouble(p);
                return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
            } catch (ArithmeticException e) {
                return Double.NEGATIVE_INFINITY;   // a point where the likelihood cannot be evaluated is not a candidate
            }
        };
        double[] point = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            point[i] = Math.log(start[i]);
        }
        double best = objective.applyAsDouble(point);
        int evaluations = 1;
        for (int run = 0; run <= MAX_RESTARTS; run++) {
            PointValuePair optimum;
            SimplexOptimizer optimizer = new SimplexOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
            try {
                optimum = optimizer.optimize(
                        new MaxEval(MAX_EVALUATIONS_PER_RUN),
                        new ObjectiveFunction(objective::applyAsDouble),
                        GoalType.MAXIMIZE,
                        new InitialGuess(point),
                        new NelderMeadSimplex(filled(point.length, INITIAL_STEP)));
            } catch (MathIllegalStateException e) {
                throw new ModelFitException(model, "the optimiser did not converge in " + MAX_EVALUATIONS_PER_RUN
                        + " evaluations from " + Arrays.toString(exp(point)), e);
            }
            evaluations += optimizer.getEvaluations();
            double value = optimum.getValue();
            double[] next = optimum.getPoint();
            if (!Double.isFinite(value)) {
                throw new ModelFitException(model, "the log-likelihood is not finite at "
                        + Arrays.toString(exp(next)));
            }
            boolean settled = Math.abs(value - best) <= RELATIVE_TOLERANCE * 100 * Math.abs(value) + 1e-11;
            if (value >= best) {
                best = value;
                point = next;
            }
            if (settled && run > 0) {
                checkInterior(model, names, point);
                checkIdentified(model, names, point, best, objective);
                return new Optimum(exp(point), best, evaluations + curvatureEvaluations(point.length));
            }
        }
        throw new ModelFitException(model, "the optimiser did not settle after " + MAX_RESTARTS
                + " restarts; last point " + Arrays.toString(exp(point)));
    }

    private static void checkInterior(String model, String[] names, double[] logs) {
        for (int i = 0; i < logs.length; i++) {
            if (Math.abs(logs[i]) > LOG_BOUND) {
                throw new ModelFitException(model, "parameter " + names[i] + " runs off to "
                        + (logs[i] > 0 ? "infinity" : "zero") + " (" + Math.exp(logs[i])
                        + "): the data do not identify the model");
            }
        }
    }

    private static int curvatureEvaluations(int n) {
        return 2 * n * n + 2 * n;
    }

    /**
     * Checks that the data pin the parameters down: along every principal direction of the log-likelihood's curvature
     * at the optimum (the eigenvectors of the negated finite-difference Hessian in the logs), moving the parameters by
     * a factor of {@value #PROBE_FACTOR} must lower the log-likelihood by at least {@value #LIKELIHOOD_RATIO_BOUND},
     * the 95% likelihood-ratio bound for one parameter. Otherwise the 95% confidence region spans more than that factor
     * and the data do not identify the model (a flat ridge, or parameters running off towards 0 or infinity).
     */
    private static void checkIdentified(String model, String[] names, double[] logs, double value,
                                        ToDoubleFunction<double[]> objective) {
        int n = logs.length;
        double h = CURVATURE_STEP;
        double[][] information = new double[n][n];
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            information[i][i] = -(objective.applyAsDouble(step(logs, i, h, i, 0)) - 2 * value
                    + objective.applyAsDouble(step(logs, i, -h, i, 0))) / (h * h);
            for (int j = 0; j < i; j++) {
                double mixed = objective.applyAsDouble(step(logs, i, h, j, h))
                        - objective.applyAsDouble(step(logs, i, h, j, -h))
                        - objective.applyAsDouble(step(logs, i, -h, j, h))
                        + objective.applyAsDouble(step(logs, i, -h, j, -h));
                information[i][j] = -mixed / (4 * h * h);
                information[j][i] = information[i][j];
            }
        }
        for (double[] row : information) {
            for (double entry : row) {
                finite &= Double.isFinite(entry);
            }
        }
        RealMatrix directions = finite
                ? new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(information)).getV()
                : MatrixUtils.createRealIdentityMatrix(n);
        double distance = Math.log(PROBE_FACTOR);
        for (int k = 0; k < n; k++) {
            for (double sign : new double[] {1.0, -1.0}) {
                double[] probe = logs.clone();
                for (int i = 0; i < n; i++) {
                    probe[i] += sign * distance * directions.getEntry(i, k);
                }
                double drop = value - objective.applyAsDouble(probe);
                if (!(drop >= LIKELIHOOD_RATIO_BOUND)) {
                    throw new ModelFitException(model, "the data do not identify the model: moving the parameters"
                            + " from " + describe(names, logs) + " to " + describe(names, probe) + " (a distance of"
                            + " ln " + (long) PROBE_FACTOR + " in their logs) changes the log-likelihood by only "
                            + String.format(Locale.ROOT, "%.4g", -drop) + "; it must fall by at least "
                            + LIKELIHOOD_RATIO_BOUND + ", the 95% likelihood-ratio bound");
                }
            }
        }
    }

    private static double[] step(double[] logs, int i, double di, int j, double dj) {
        double[] p = logs.clone();
        p[i] += di;
        p[j] += dj;
        return p;
    }

    private static String describe(String[] names, double[] logs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names[i]).append(' ')
                    .append(String.format(Locale.ROOT, "%.6g", Math.exp(logs[i])));
        }
        return text.toString();
    }

    private static double[] filled(int n, double value) {
        double[] steps = new double[n];
        Arrays.fill(steps, value);
        return steps;
    }

    private static double[] exp(double[] logs) {
        double[] p = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            p[i] = Math.exp(logs[i]);
        }
        return p;
    }
}
