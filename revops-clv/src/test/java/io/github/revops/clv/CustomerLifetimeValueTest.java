package io.github.revops.clv;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CustomerLifetimeValueTest {

    private static final BetaGeometricNbd PAPER_BGNBD = BetaGeometricNbd.of(0.243, 4.414, 0.793, 2.426);
    private static final GammaGamma PAPER_GG = GammaGamma.of(6.25, 3.74, 15.44);
    private static final ClvHorizon YEAR_AT_ONE_PERCENT = ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK);

    @Test
    void of_cdnowCustomerOne_matchesAnIndependentComputation() {
        // Customer 1 of CDNOW: x 2, t_x 30.43, T 38.86, mean repeat spend 22.35. mpmath (40 digits) with the
        // untransformed BG/NBD formula and lifetimes' loop: sum_{i=1..12} E[M] (E[Y(4.345 i)] - E[Y(4.345 (i-1))])
        // / 1.01^i = 36.2892111256; E[Y(52.14)] = 1.56215423152.
        RfmSummary one = RfmSummary.ofAverage("1", 2, 30.43, 38.86, Money.parse("USD 22.35"));

        CustomerLifetimeValue clv = CustomerLifetimeValue.of(one, PAPER_BGNBD, PAPER_GG, YEAR_AT_ONE_PERCENT);

        assertThat(clv.value()).isCloseTo(36.2892111256, within(1e-8));
        assertThat(clv.expectedPurchases()).isCloseTo(1.56215423152, within(1e-10));
        assertThat(clv.expectedAverageSpend()).isCloseTo(24.66371391, within(1e-8));
        assertThat(clv.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 36.29"));
        assertThat(clv.customerId()).isEqualTo("1");
    }

    @Test
    void of_customerWithoutRepeats_usesThePopulationSpend() {
        // mpmath as above with x = 0, t_x = 0, T = 38.86 and E[M] = p gamma / (q - 1): 8.36900435892.
        RfmSummary once = new RfmSummary("3", 0, 0, 38.86, Money.parse("USD 0.00"));
        assertThat(CustomerLifetimeValue.of(once, PAPER_BGNBD, PAPER_GG, YEAR_AT_ONE_PERCENT).value())
                .isCloseTo(8.36900435892, within(1e-8));
    }

    @Test
    void of_withoutDiscounting_isSpendTimesExpectedPurchases() {
        RfmSummary one = RfmSummary.ofAverage("1", 2, 30.43, 38.86, Money.parse("USD 22.35"));
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(one, PAPER_BGNBD, PAPER_GG,
                ClvHorizon.of(6, 0.0, RfmTimeUnit.WEEK));
        double purchases = PAPER_BGNBD.conditionalExpectedPurchases(6 * 4.345, one);
        assertThat(clv.value()).isCloseTo(PAPER_GG.conditionalExpectedAverageSpend(one) * purchases, within(1e-12));
    }

    @Test
    void horizonValidation_namesTheField() {
        assertThatThrownBy(() -> ClvHorizon.of(0, 0.01, RfmTimeUnit.WEEK)).hasMessage("months (0) must be >= 1");
        assertThatThrownBy(() -> ClvHorizon.of(12, -0.01, RfmTimeUnit.WEEK))
                .hasMessage("monthlyDiscountRate (-0.01) must be >= 0 and finite");
    }
}
