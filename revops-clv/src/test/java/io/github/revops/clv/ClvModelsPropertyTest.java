package io.github.revops.clv;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

class ClvModelsPropertyTest {

    private static final long SEED = 20260527L;

    private static Gen<ShiftedBetaGeometric> sbg() {
        return doubles().between(0.05, 20).zip(doubles().between(0.05, 20), ShiftedBetaGeometric::of);
    }

    private static Gen<BetaGeometricNbd> bgnbd() {
        return doubles().between(0.05, 5).zip(doubles().between(0.2, 50), doubles().between(0.1, 5),
                doubles().between(0.1, 10), BetaGeometricNbd::of);
    }

    /** A valid (x, t_x, T): x up to 2000, T up to 200, t_x a share u of T (0 when x is 0). */
    private record History(long x, double tx, double age) {
    }

    private static Gen<History> histories() {
        return integers().between(0, 2000).zip(doubles().between(0, 1), doubles().between(0, 200),
                (x, u, age) -> new History(x, x == 0 ? 0.0 : u * age, age));
    }

    @Test
    void survivalNeverRises() {
        qt().withFixedSeed(SEED).forAll(sbg(), integers().between(1, 300))
                .checkAssert((model, t) -> assertThat(model.survival(t)).isLessThanOrEqualTo(model.survival(t - 1))
                        .isGreaterThan(0.0));
    }

    @Test
    void retentionRisesWithTenure() {
        qt().withFixedSeed(SEED).forAll(sbg(), integers().between(1, 300))
                .checkAssert((model, t) -> assertThat(model.retention(t + 1)).isGreaterThan(model.retention(t))
                        .isLessThan(1.0));
    }

    @Test
    void lifetimeIsFirstPaymentPlusDiscountedResidual() {
        qt().withFixedSeed(SEED).forAll(sbg(), doubles().between(0.02, 1.0))
                .checkAssert((model, d) -> assertThat(model.discountedExpectedLifetime(d)).isCloseTo(
                        1 + model.discountedExpectedResidualLifetime(d, 0) / (1 + d),
                        within(1e-9 * model.discountedExpectedLifetime(d))));
    }

    @Test
    void probabilityAliveIsAProbability() {
        qt().withFixedSeed(SEED).forAll(bgnbd(), histories())
                .checkAssert((model, h) -> assertThat(model.probabilityAlive(h.x(), h.tx(), h.age()))
                        .isNotNaN().isBetween(0.0, 1.0));
    }

    @Test
    void expectedPurchasesNeverFallWithTime() {
        qt().withFixedSeed(SEED).forAll(bgnbd(), doubles().between(0, 500), doubles().between(0, 100))
                .checkAssert((model, t, dt) -> {
                    double early = model.expectedPurchases(t);
                    assertThat(early).isNotNaN().isGreaterThanOrEqualTo(0.0);
                    assertThat(model.expectedPurchases(t + dt)).isGreaterThanOrEqualTo(early - 1e-12 * early);
                });
    }

    @Test
    void conditionalExpectedPurchasesNeverFallWithTheWindow() {
        qt().withFixedSeed(SEED).forAll(bgnbd(), histories(), doubles().between(0, 200), doubles().between(0, 50))
                .checkAssert((model, h, t, dt) -> {
                    double early = model.conditionalExpectedPurchases(t, h.x(), h.tx(), h.age());
                    assertThat(early).isNotNaN().isGreaterThanOrEqualTo(0.0);
                    assertThat(model.conditionalExpectedPurchases(t + dt, h.x(), h.tx(), h.age()))
                            .isGreaterThanOrEqualTo(early - 1e-9 * early);
                });
    }

    @Test
    void purchaseCountProbabilitiesSumToOneAndMatchTheMean() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(bgnbd(), doubles().between(0.1, 40))
                .checkAssert((model, t) -> {
                    double total = 0.0;
                    double mean = 0.0;
                    double expected = model.expectedPurchases(t);
                    for (int n = 0; n < 20_000; n++) {
                        double p = model.probabilityOfPurchases(n, t);
                        assertThat(p).isBetween(0.0, 1.0);
                        total += p;
                        mean += n * p;
                        if (n > 50 + 20 * expected && n * p < 1e-13) {
                            break;   // the tail left is below the tolerances
                        }
                    }
                    assertThat(total).isCloseTo(1.0, within(1e-6));
                    assertThat(mean).isCloseTo(expected, within(1e-5 * (1 + mean)));
                });
    }
}
