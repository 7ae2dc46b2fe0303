package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * BG/BB on the donations data of Fader, Hardie and Shang (2010). The "mpmath" figures were computed for this test
 * with mpmath at 40 digits from the paper's formulas (the closed forms with their division by gamma - 1, and the
 * likelihood's finite sum), with the published parameters rounded to 3 decimals.
 */
class BetaGeometricBetaBinomialTest {

    /** The published estimates. */
    private static final BetaGeometricBetaBinomial PAPER = BetaGeometricBetaBinomial.of(1.204, 0.750, 0.657, 2.783);

    private static List<DiscreteHistory> donors;
    private static ModelFit<BetaGeometricBetaBinomial> fit;

    @BeforeAll
    static void fitDonations() {
        donors = DonationsData.donors();
        fit = BetaGeometricBetaBinomial.fit(donors);
    }

    @Test
    void fit_donations_reproducesPublishedEstimates() {
        BetaGeometricBetaBinomial model = fit.model();
        // Fader, Hardie & Shang (2010): alpha 1.204, beta 0.750, gamma 0.657, delta 2.783 (3 decimals), LL -33,225.6.
        assertThat(model.alpha()).isCloseTo(1.204, within(0.0005));
        assertThat(model.beta()).isCloseTo(0.750, within(0.0005));
        assertThat(model.gamma()).isCloseTo(0.657, within(0.0005));
        assertThat(model.delta()).isCloseTo(2.783, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.6, within(0.05));
        assertThat(fit.sampleSize()).isEqualTo(11104);
        assertThat(donors).hasSize(11104);
    }

    @Test
    void fit_isALocalMaximumAndDeterministic() {
        BetaGeometricBetaBinomial m = fit.model();
        double best = m.logLikelihood(donors);
        assertThat(best).isCloseTo(fit.logLikelihood(), within(1e-9));
        for (double step : new double[] {0.999, 1.001}) {
            assertThat(BetaGeometricBetaBinomial.of(m.alpha() * step, m.beta(), m.gamma(), m.delta())
                    .logLikelihood(donors)).isLessThan(best);
            assertThat(BetaGeometricBetaBinomial.of(m.alpha(), m.beta() * step, m.gamma(), m.delta())
                    .logLikelihood(donors)).isLessThan(best);
            assertThat(BetaGeometricBetaBinomial.of(m.alpha(), m.beta(), m.gamma() * step, m.delta())
                    .logLikelihood(donors)).isLessThan(best);
            assertThat(BetaGeometricBetaBinomial.of(m.alpha(), m.beta(), m.gamma(), m.delta() * step)
                    .logLikelihood(donors)).isLessThan(best);
        }
        assertThat(BetaGeometricBetaBinomial.fit(donors)).isEqualTo(fit);
    }

    @Test
    void logLikelihood_atPublishedParameters_matchesIndependentSum() {
        // mpmath: sum of weight * ln L(x, t_x, 6) over the 22 patterns = -33225.58175451858
        assertThat(PAPER.logLikelihood(donors)).isCloseTo(-33225.58175451858, within(1e-7));
    }

    @Test
    void probabilityAlive_matchesPaperTableSix() {
        // Table 6, P(alive in 2002): 0.11 (no repeat), 0.59 (x 2, last in 1999), 0.93 (every year); lifetimes checks
        // these to 2 decimals on its own fit.
        assertThat(fit.model().probabilityAlive(0, 0, 6)).isCloseTo(0.11, within(0.005));
        assertThat(fit.model().probabilityAlive(2, 4, 6)).isCloseTo(0.59, within(0.005));
        assertThat(fit.model().probabilityAlive(6, 6, 6)).isCloseTo(0.93, within(0.005));
        // mpmath with the rounded parameters
        assertThat(PAPER.probabilityAlive(0, 0, 6)).isCloseTo(0.10801658416867420, within(1e-14));
        assertThat(PAPER.probabilityAlive(2, 4, 6)).isCloseTo(0.58951411643369789, within(1e-14));
        assertThat(PAPER.probabilityAlive(6, 6, 6)).isCloseTo(0.93040254237288136, within(1e-14));
        assertThat(PAPER.probabilityAlive(DiscreteHistory.of("d", 1, 1, 6))).isCloseTo(0.06940809320654967,
                within(1e-14));
        assertThat(PAPER.probabilityAlive(3, 5, 6)).isCloseTo(0.76673404999572513, within(1e-14));
    }

    @Test
    void conditionalExpectedTransactions_matchesHardiesSheetAndIndependentValues() {
        // Hardie's BG/BB spreadsheet, "Conditional Expectations (II)": 12,884.2 donations expected in 2002-2006
        // from the 11,104 donors (his unrounded estimates; lifetimes asserts it to the unit).
        double total = 0.0;
        for (DiscreteHistory donor : donors) {
            total += fit.model().conditionalExpectedTransactions(5, donor);
        }
        assertThat(total).isCloseTo(12884.2, within(1.5));
        // mpmath, published closed form with the rounded parameters
        assertThat(PAPER.conditionalExpectedTransactions(5, 0, 0, 6)).isCloseTo(0.072802877475043012, within(1e-14));
        assertThat(PAPER.conditionalExpectedTransactions(5, 2, 4, 6)).isCloseTo(1.0573489419096806, within(1e-13));
        assertThat(PAPER.conditionalExpectedTransactions(5, 6, 6, 6)).isCloseTo(3.7521156075998148, within(1e-13));
        assertThat(PAPER.conditionalExpectedTransactions(1_000_000, 6, 6, 6)).isCloseTo(1218.8408927413326,
                within(1e-8));
        assertThat(PAPER.conditionalExpectedTransactions(0, 6, 6, 6)).isEqualTo(0.0);
    }

    @Test
    void expectedTransactions_matchesIndependentValues() {
        // mpmath alpha/(alpha+beta) delta/(gamma-1) [1 - Gamma(gamma+delta)Gamma(1+delta+n)/(Gamma(gamma+delta+n)Gamma(1+delta))]
        assertThat(PAPER.expectedTransactions(0)).isEqualTo(0.0);
        assertThat(PAPER.expectedTransactions(1)).isCloseTo(0.49849027635619243, within(1e-15));
        assertThat(PAPER.expectedTransactions(6)).isCloseTo(2.2196313934872989, within(1e-14));
        assertThat(PAPER.expectedTransactions(11)).isCloseTo(3.3875711110646220, within(1e-14));
        assertThat(PAPER.expectedTransactions(1000)).isCloseTo(31.203076823414683, within(1e-11));
        assertThat(PAPER.expectedTransactions(1_000_000)).isCloseTo(381.61351248903303, within(1e-9));
    }

    @Test
    void expectedTransactions_atGammaOne_isTheLimitOfTheClosedForm() {
        // The closed form divides by gamma - 1; at gamma = 1 its limit is delta/(alpha+beta)*alpha*(psi(1+delta+n) -
        // psi(1+delta)): mpmath 15.914500339174137 / delta for delta 2.783, n 1000, times alpha/(alpha+beta) = 1/2.
        BetaGeometricBetaBinomial atOne = BetaGeometricBetaBinomial.of(1, 1, 1, 2.783);
        assertThat(atOne.expectedTransactions(1000)).isCloseTo(15.914500339174137 / 2, within(1e-12));
        // and continuous across it
        assertThat(BetaGeometricBetaBinomial.of(1, 1, 1 + 1e-12, 2.783).expectedTransactions(1000))
                .isCloseTo(15.914500339174137 / 2, within(1e-9));
        assertThat(BetaGeometricBetaBinomial.of(1, 1, 1 - 1e-12, 2.783).expectedTransactions(1000))
                .isCloseTo(15.914500339174137 / 2, within(1e-9));
    }

    @Test
    void probabilityOfTransactions_matchesHardiesInSampleFit() {
        // Hardie's "In-Sample Fit" sheet (cells C18, C24): 3,454.9 donors expected with no repeat donation in six
        // years and 1,253.1 with six; mpmath with the rounded parameters: 3455.7618212 and 1252.3940457.
        assertThat(11104 * fit.model().probabilityOfTransactions(0, 6)).isCloseTo(3454.9, within(1.5));
        assertThat(11104 * fit.model().probabilityOfTransactions(6, 6)).isCloseTo(1253.1, within(1.5));
        assertThat(11104 * PAPER.probabilityOfTransactions(0, 6)).isCloseTo(3455.7618212017832, within(1e-8));
        assertThat(11104 * PAPER.probabilityOfTransactions(6, 6)).isCloseTo(1252.3940456988209, within(1e-8));
        assertThat(PAPER.probabilityOfTransactions(3, 6)).isCloseTo(0.10026311502480369, within(1e-14));
        double total = 0.0;
        double mean = 0.0;
        for (int x = 0; x <= 6; x++) {
            total += PAPER.probabilityOfTransactions(x, 6);
            mean += x * PAPER.probabilityOfTransactions(x, 6);
        }
        assertThat(total).isCloseTo(1.0, within(1e-14));
        assertThat(mean).isCloseTo(PAPER.expectedTransactions(6), within(1e-13));
    }

    @Test
    void fit_onDataThatDoNotIdentifyTheModel_throwsModelFitException() {
        List<DiscreteHistory> nobodyReturns = new ArrayList<>();
        List<DiscreteHistory> identical = new ArrayList<>();
        List<DiscreteHistory> unobserved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nobodyReturns.add(DiscreteHistory.of("n" + i, 0, 0, 6));
            identical.add(DiscreteHistory.of("i" + i, 2, 4, 6));
            unobserved.add(DiscreteHistory.of("u" + i, 0, 0, 0));
        }
        assertThatThrownBy(() -> BetaGeometricBetaBinomial.fit(nobodyReturns))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("BG/BB fit failed: none of the 40 customers made a repeat purchase (every frequency is 0):"
                        + " the purchase rate cannot be estimated, so the data do not identify the model");
        assertThatThrownBy(() -> BetaGeometricBetaBinomial.fit(identical))
                .hasMessage("BG/BB fit failed: all 40 customers have the same history (x 2, t_x 4, periods n 6):"
                        + " one distinct history does not identify the model");
        assertThatThrownBy(() -> BetaGeometricBetaBinomial.fit(unobserved))
                .hasMessage("BG/BB fit failed: every one of the 40 customers has periods n 0: nothing was observed,"
                        + " so the data do not identify the model");
        assertThatThrownBy(() -> BetaGeometricBetaBinomial.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers ([]) must hold at least one history");
    }

    @Test
    void validation_namesTheFieldAndValue() {
        assertThatThrownBy(() -> DiscreteHistory.of("D-1", 3, 2, 6))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("discrete history 'D-1': frequency (3) must be from 0 to recency (2)");
        assertThatThrownBy(() -> DiscreteHistory.of("D-2", 0, 2, 6))
                .hasMessage("discrete history 'D-2': recency (2) must be 0 when frequency is 0");
        assertThatThrownBy(() -> DiscreteHistory.of("D-3", 1, 7, 6))
                .hasMessage("discrete history 'D-3': recency (7) must be from 0 to periods (6)");
        assertThatThrownBy(() -> DiscreteHistory.of("D-4", 0, 0, 1_000_001))
                .hasMessage("discrete history 'D-4': periods (1000001) must be from 0 to 1000000");
        assertThatThrownBy(() -> DiscreteHistory.of(" ", 0, 0, 1))
                .hasMessage("discrete history '?': customerId ( ) must not be blank");
        assertThatThrownBy(() -> PAPER.probabilityAlive(2, 1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frequency (2) must be from 0 to recency (1)");
        assertThatThrownBy(() -> PAPER.conditionalExpectedTransactions(-1, 0, 0, 6))
                .hasMessage("futurePeriods (-1) must be >= 0");
        assertThatThrownBy(() -> PAPER.probabilityOfTransactions(7, 6))
                .hasMessage("transactions (7) must be from 0 to periods (6)");
        assertThatThrownBy(() -> PAPER.expectedTransactions(-1)).hasMessage("periods (-1) must be >= 0");
        assertThatThrownBy(() -> BetaGeometricBetaBinomial.of(1, 1, 0, 1))
                .hasMessage("gamma (0.0) must be from 1.0E-12 to 1.0E12");
    }
}
