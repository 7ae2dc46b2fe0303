package io.github.revops.contract;

import io.github.revops.clv.BetaGeometricBetaBinomial;
import io.github.revops.clv.BetaGeometricNbd;
import io.github.revops.clv.ClvHorizon;
import io.github.revops.clv.CohortSurvival;
import io.github.revops.clv.CustomerLifetimeValue;
import io.github.revops.clv.DiscreteHistory;
import io.github.revops.clv.GammaGamma;
import io.github.revops.clv.ModelFit;
import io.github.revops.clv.ParetoNbd;
import io.github.revops.clv.RfmSummary;
import io.github.revops.clv.RfmTimeUnit;
import io.github.revops.clv.ShiftedBetaGeometric;
import io.github.revops.clv.Tenure;
import io.github.revops.clv.Transaction;
import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The null contract of revops-clv (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of the covered packages rejects a null argument with a {@code NullPointerException} whose message names
 * the parameter, or, for the records ({@link RfmSummary}, {@link Transaction}, ...), with the
 * {@code InvalidRecordException} naming the field that their constructors document. The models are sampled with
 * parameters of the published fits (CDNOW, Fader, Hardie and Lee).
 */
class ClvNullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.clv");

    /** Packages, or types of covered ones, not checked yet: none. */
    private static final Set<String> IN_FLUX = Set.of();

    private static final Money SPEND = Money.parse("USD 30.00");

    ClvNullContractTest() {
        super(new NullContract(ParetoNbd.class, COVERED, IN_FLUX, samples(), Map.of(),
                        NullArgumentCheck.OtherForm.INVALID_RECORD),
                39, 56, List.of("io.github.revops.clv.ParetoNbd", "io.github.revops.clv.RfmSummary"),
                List.of("io.github.revops.clv.LogMath"));
    }

    private static Samples samples() {
        BetaGeometricNbd purchases = BetaGeometricNbd.of(0.243, 4.414, 0.793, 2.426);
        GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);
        return new Samples()
                .put(Money.class, () -> SPEND)
                .put(Subscription.class, () -> Subscription.of("SUB-1", "C-1", SPEND, BillingInterval.MONTH,
                        LocalDate.of(2026, 1, 5)))
                .put(Throwable.class, () -> new IllegalStateException("cause"))
                .put(RfmSummary.class, ClvNullContractTest::customer)
                .put(DiscreteHistory.class, () -> DiscreteHistory.of("C-1", 2, 4, 6))
                .put(Transaction.class, () -> new Transaction("C-1", Samples.DAY, SPEND))
                .put(Tenure.class, () -> Tenure.active("C-1", 3))
                .put(CohortSurvival.class, () -> CohortSurvival.of(1_000, 631, 468))
                .put(ClvHorizon.class, () -> ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK))
                .put(BetaGeometricNbd.class, () -> purchases)
                .put(GammaGamma.class, () -> spend)
                .put(ParetoNbd.class, () -> ParetoNbd.of(0.553, 10.578, 0.606, 11.669))
                .put(BetaGeometricBetaBinomial.class, () -> BetaGeometricBetaBinomial.of(1.204, 0.750, 0.657, 2.783))
                .put(ShiftedBetaGeometric.class, () -> ShiftedBetaGeometric.of(0.668, 3.806))
                .put(ModelFit.class, () -> new ModelFit<>(spend, -100.0, 10, 20))
                .put(CustomerLifetimeValue.class, () -> CustomerLifetimeValue.of(customer(), purchases, spend,
                        ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK)));
    }

    private static RfmSummary customer() {
        return RfmSummary.ofAverage("C-1", 2, 30.0, 38.0, SPEND);
    }
}
