package io.github.revops.clv;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder4;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random and adversarial input to every model's fit and predictions (issue 16, docs/decisions/0045 and docs/testing.md):
 * the only outcomes allowed are a finite result in its documented range, an {@link IllegalArgumentException} whose
 * message names one of the inputs, or, for fits, a {@link ModelFitException} that names the model; never NaN,
 * Infinity, another exception, or a hang (each example and each fit runs under a time bound).
 */
class HostileInputPropertyTest {

    private static final long SEED = 20261207L;
    /** A hang guard for one example (a handful of calls), not a performance assertion. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** A hang guard for one fit. */
    private static final Duration FIT_BOUND = Duration.ofSeconds(10);

    /** Model parameters: log-uniform over 1e-12..1e12, mixed with edge values. */
    private static Gen<Double> parameter() {
        return doubles().between(-27.6, 27.6).map(Math::exp)
                .mix(arbitrary().pick(1.0, 1.0 - 1e-12, 1.0 + 1e-12, 1e-300, 1e300, Double.MIN_VALUE,
                        Double.MAX_VALUE, 0.5, 2.0), 30);
    }

    /** Any double: log-uniform over 1e-300..1e300 of either sign, mixed with edge values. */
    private static Gen<Double> anyDouble() {
        return doubles().between(-690, 690).map(Math::exp)
                .mix(arbitrary().pick(0.0, -0.0, -1.0, 1.0, 2.0, 38.86, 1e-300, 1e6, 1e9, 1e300, Double.MAX_VALUE,
                        Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), 40)
                .mix(doubles().between(0, 100), 40);
    }

    private static Gen<Long> anyCount() {
        return longs().between(0, 50).mix(arbitrary().pick(-1L, 0L, 1L, 1000L, 1_000_000L, 1_000_000_000L,
                (long) Integer.MAX_VALUE, Long.MAX_VALUE / 2, Long.MAX_VALUE, Long.MIN_VALUE), 40);
    }

    private static Gen<Integer> anyInt() {
        return integers().between(0, 60).mix(arbitrary().pick(-1, 0, 1, 7, 1000, 1_000_000, 1_000_001,
                Integer.MAX_VALUE, Integer.MIN_VALUE), 40);
    }

    /** A four-parameter model's parameters. */
    private record Four(double a, double b, double c, double d) {
    }

    private static Gen<Four> four() {
        return parameter().zip(parameter(), parameter(), parameter(), Four::new);
    }

    /** A continuous-time history (x, t_x, T) as raw numbers, often invalid. */
    private record History(long x, double recency, double age) {
    }

    private static Gen<History> history() {
        Gen<History> raw = anyCount().zip(anyDouble(), anyDouble(), History::new);
        Gen<History> valid = anyCount().zip(doubles().between(0, 1), anyDouble(),
                (x, u, age) -> new History(x, x == 0 ? 0.0 : u * age, age));
        return raw.mix(valid, 60);
    }

    /**
     * Calls and checks the outcome: a finite value in [low, high], or an IllegalArgumentException naming one of the
     * inputs (or Gamma-Gamma's documented IllegalStateException for a mean that does not exist, naming q).
     */
    private static void documented(DoubleSupplier call, double low, double high, String... inputs) {
        double value;
        try {
            value = call.getAsDouble();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).containsAnyOf(inputs);
            return;
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).startsWith("q (").contains("must be > 1 for the mean spend to exist");
            return;
        }
        assertThat(value + 0.0).isFinite().isBetween(low, high);   // + 0.0: -0.0 is a zero
    }

    /** Builds a model; false when a parameter is outside the documented domain (and the message says so). */
    private static boolean valid(Runnable make) {
        try {
            make.run();
            return true;
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).endsWith("must be from 1.0E-12 to 1.0E12");
            return false;
        }
    }

    private static final String[] HISTORY = {"frequency (", "recency (", "age T (", "the history", "overflow"};

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void shiftedBetaGeometric_predictions() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(parameter(), parameter(), anyInt(), anyDouble())
                .checkAssert((alpha, beta, t, d) -> assertTimeoutPreemptively(BOUND, () -> {
                    if (!valid(() -> ShiftedBetaGeometric.of(alpha, beta))) {
                        return;
                    }
                    ShiftedBetaGeometric m = ShiftedBetaGeometric.of(alpha, beta);
                    documented(() -> m.survival(t), 0, 1, "periods (");
                    documented(() -> m.churnProbability(t), 0, 1, "period (");
                    documented(() -> m.retention(t), 0, 1, "period (");
                    documented(() -> m.survivalCurve(t)[t], 0, 1, "periods (");
                    documented(() -> m.discountedExpectedLifetime(d), 1, Double.MAX_VALUE, "discountRate (");
                    documented(() -> m.discountedExpectedResidualLifetime(d, t), 0, Double.MAX_VALUE,
                            "discountRate (", "renewals (");
                }));
    }

    @Test
    void betaGeometricNbd_predictions() {
        forModel()
                .checkAssert((p, h, t, n) -> assertTimeoutPreemptively(BOUND, () -> {
                    if (!valid(() -> BetaGeometricNbd.of(p.a(), p.b(), p.c(), p.d()))) {
                        return;
                    }
                    BetaGeometricNbd m = BetaGeometricNbd.of(p.a(), p.b(), p.c(), p.d());
                    documented(() -> m.probabilityAlive(h.x(), h.recency(), h.age()), 0, 1, HISTORY);
                    documented(() -> m.conditionalExpectedPurchases(t, h.x(), h.recency(), h.age()), 0,
                            Double.MAX_VALUE, with(HISTORY, "t ("));
                    documented(() -> m.expectedPurchases(t), 0, Double.MAX_VALUE, "t (");
                    documented(() -> m.probabilityOfPurchases(n, t), 0, 1, "n (", "t (");
                    documented(() -> m.logLikelihood(h.x(), h.recency(), h.age()), -Double.MAX_VALUE,
                            Double.MAX_VALUE, HISTORY);
                }));
    }

    @Test
    void paretoNbd_predictions() {
        forModel()
                .checkAssert((p, h, t, n) -> assertTimeoutPreemptively(BOUND, () -> {
                    if (!valid(() -> ParetoNbd.of(p.a(), p.b(), p.c(), p.d()))) {
                        return;
                    }
                    ParetoNbd m = ParetoNbd.of(p.a(), p.b(), p.c(), p.d());
                    documented(() -> m.probabilityAlive(h.x(), h.recency(), h.age()), 0, 1, HISTORY);
                    documented(() -> m.conditionalExpectedPurchases(t, h.x(), h.recency(), h.age()), 0,
                            Double.MAX_VALUE, with(HISTORY, "t ("));
                    documented(() -> m.expectedPurchases(t), 0, Double.MAX_VALUE, "t (", "overflow");
                    documented(() -> m.logLikelihood(h.x(), h.recency(), h.age()), -Double.MAX_VALUE,
                            Double.MAX_VALUE, HISTORY);
                }));
    }

    private static TheoryBuilder4<Four, History, Double, Integer> forModel() {
        return qt().withFixedSeed(SEED).withExamples(200).forAll(four(), history(), anyDouble(), anyInt());
    }

    @Test
    void betaGeometricBetaBinomial_predictions() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(four(), anyInt().zip(anyInt(), anyInt(), (x, tx, n) -> new int[] {x, tx, n}), anyCount(),
                        anyInt())
                .checkAssert((p, h, m, x) -> assertTimeoutPreemptively(BOUND, () -> {
                    if (!valid(() -> BetaGeometricBetaBinomial.of(p.a(), p.b(), p.c(), p.d()))) {
                        return;
                    }
                    BetaGeometricBetaBinomial model = BetaGeometricBetaBinomial.of(p.a(), p.b(), p.c(), p.d());
                    String[] inputs = {"frequency (", "recency (", "periods ("};
                    documented(() -> model.probabilityAlive(h[0], h[1], h[2]), 0, 1, inputs);
                    documented(() -> model.conditionalExpectedTransactions(m, h[0], h[1], h[2]), 0,
                            Math.max(0, m), with(inputs, "futurePeriods ("));
                    documented(() -> model.expectedTransactions(m), 0, Math.max(0, m), "periods (");
                    documented(() -> model.probabilityOfTransactions(x, h[2]), 0, 1, "transactions (", "periods (");
                    documented(() -> model.logLikelihood(h[0], h[1], h[2]), -Double.MAX_VALUE, 0, inputs);
                }));
    }

    @Test
    void gammaGammaAndLifetimeValue_predictions() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(four(), history(), anyDouble(), anyInt())
                .checkAssert((p, h, spend, months) -> assertTimeoutPreemptively(BOUND, () -> {
                    if (!valid(() -> GammaGamma.of(p.a(), p.b(), p.c()))) {
                        return;
                    }
                    GammaGamma gg = GammaGamma.of(p.a(), p.b(), p.c());
                    documented(() -> gg.conditionalExpectedAverageSpend(h.x(), spend), 0, Double.MAX_VALUE,
                            "frequency (", "averageSpend (", "q (");
                    documented(() -> gg.logLikelihood(h.x(), spend), -Double.MAX_VALUE, Double.MAX_VALUE,
                            "frequency (", "averageSpend (");
                    if (!valid(() -> BetaGeometricNbd.of(p.d(), p.c(), p.b(), p.a()))) {
                        return;
                    }
                    BetaGeometricNbd purchases = BetaGeometricNbd.of(p.d(), p.c(), p.b(), p.a());
                    documented(() -> CustomerLifetimeValue.of(customer(h, spend), purchases, gg,
                                    ClvHorizon.of(months, 0.01, RfmTimeUnit.WEEK)).value(), 0, Double.MAX_VALUE,
                            with(HISTORY, "months (", "t (", "averageSpend (", "q (", "rfm summary", "spend"));
                }));
    }

    private static RfmSummary customer(History h, double spend) {
        BigDecimal amount = Double.isFinite(spend) && spend >= 0 && spend < 1e12
                ? BigDecimal.valueOf(spend).setScale(2, java.math.RoundingMode.HALF_EVEN) : BigDecimal.ONE;
        return new RfmSummary("c", h.x(), h.recency(), h.age(),
                Money.of("USD", h.x() == 0 ? BigDecimal.ZERO.setScale(2) : amount));
    }

    @Test
    void fits_onRandomAndDegenerateSamples() {
        Gen<List<History>> samples = lists().of(history()).ofSizeBetween(1, 12);
        qt().withFixedSeed(SEED).withExamples(15)
                .forAll(samples)
                .checkAssert(sample -> {
                    List<RfmSummary> customers = new ArrayList<>();
                    for (History h : sample) {
                        try {
                            customers.add(customer(h, 10.0));
                        } catch (IllegalArgumentException e) {
                            assertThat(e.getMessage()).startsWith("rfm summary 'c': ");
                        }
                    }
                    fitted(() -> BetaGeometricNbd.fit(customers).logLikelihood(), "BG/NBD");
                    fitted(() -> ParetoNbd.fit(customers).logLikelihood(), "Pareto/NBD");
                    fitted(() -> GammaGamma.fit(customers).logLikelihood(), "Gamma-Gamma");
                });
    }

    @Test
    void discreteFits_onRandomAndDegenerateSamples() {
        Gen<int[]> raw = integers().between(0, 8).zip(integers().between(0, 8), integers().between(0, 8),
                (x, tx, n) -> new int[] {x, tx, n});
        qt().withFixedSeed(SEED).withExamples(25)
                .forAll(lists().of(raw).ofSizeBetween(1, 15), lists().of(longs().between(0, 1000))
                        .ofSizeBetween(1, 6))
                .checkAssert((histories, counts) -> {
                    List<DiscreteHistory> customers = new ArrayList<>();
                    for (int[] h : histories) {
                        try {
                            customers.add(DiscreteHistory.of("d" + customers.size(), h[0], h[1], h[2]));
                        } catch (IllegalArgumentException e) {
                            assertThat(e.getMessage()).startsWith("discrete history 'd");
                        }
                    }
                    fitted(() -> BetaGeometricBetaBinomial.fit(customers).logLikelihood(), "BG/BB");
                    long[] alive = counts.stream().sorted((a, b) -> Long.compare(b, a)).mapToLong(Long::longValue)
                            .toArray();
                    fitted(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(alive)).logLikelihood(), "sBG");
                });
    }

    /**
     * A fit gives a finite log-likelihood, or ModelFitException naming the model, or IAE naming the input, within
     * {@link #FIT_BOUND} (a fit on a dozen customers takes well under a second; the bound only catches a runaway).
     */
    private static void fitted(DoubleSupplier fit, String model) {
        try {
            assertThat(assertTimeoutPreemptively(FIT_BOUND, fit::getAsDouble)).isFinite();
        } catch (ModelFitException e) {
            assertThat(e.getMessage()).startsWith(model + " fit failed: ");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).containsAnyOf("customers", "cohort (", "alive[", "repeat customer");
        }
    }
}
