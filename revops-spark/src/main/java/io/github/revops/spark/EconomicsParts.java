package io.github.revops.spark;

import io.github.revops.economics.CacPayback;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a period's {@link UnitEconomics} that are exact sums over disjoint spend and customers: CAC payback,
 * the magic number, ARPA, and the parts (churned over counted) of each monthly logo churn rate of the churn window.
 * {@link EconomicsMetrics#unitEconomics} ships them between Spark tasks (Spark's generated code needs the class to be
 * public); they have no use of their own.
 *
 * @since 0.1.0
 */
public final class EconomicsParts implements Mergeable<EconomicsParts> {

    private final CacPayback payback;
    private final MagicNumber magicNumber;
    private final MoneyAverage arpa;
    private final List<Ratio> churn;

    EconomicsParts(CacPayback payback, MagicNumber magicNumber, MoneyAverage arpa, List<Ratio> churn) {
        this.payback = Objects.requireNonNull(payback, "payback");
        this.magicNumber = Objects.requireNonNull(magicNumber, "magicNumber");
        this.arpa = Objects.requireNonNull(arpa, "arpa");
        this.churn = List.copyOf(churn);
    }

    /** The parts of the core's figures of some records. */
    static EconomicsParts of(UnitEconomics economics) {
        return new EconomicsParts(economics.payback(), economics.magicNumber(), economics.arpa(),
                economics.monthlyLogoChurn().values());
    }

    /**
     * Adds up the parts of disjoint records: each part's own {@code combine}, the churn month by month.
     *
     * @param other  the parts of other spend and other customers, not null
     * @return the parts of both, never null
     * @throws IllegalArgumentException if the churn windows differ in length
     */
    @Override
    public EconomicsParts combine(EconomicsParts other) {
        if (churn.size() != other.churn.size()) {
            throw new IllegalArgumentException("churn windows of " + churn.size() + " and " + other.churn.size()
                    + " months do not combine");
        }
        List<Ratio> months = new ArrayList<>(churn.size());
        for (int i = 0; i < churn.size(); i++) {
            months.add(churn.get(i).combine(other.churn.get(i)));
        }
        return new EconomicsParts(payback.combine(other.payback), magicNumber.combine(other.magicNumber),
                arpa.combine(other.arpa), months);
    }

    CacPayback payback() {
        return payback;
    }

    MagicNumber magicNumber() {
        return magicNumber;
    }

    MoneyAverage arpa() {
        return arpa;
    }

    List<Ratio> churn() {
        return churn;
    }
}
