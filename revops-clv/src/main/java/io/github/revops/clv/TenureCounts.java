package io.github.revops.clv;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tenures tallied by period: how many churned in each period and how many were censored after each, so the sBG
 * likelihood costs one term per distinct period instead of one per customer.
 */
final class TenureCounts {

    private final Map<Integer, Long> churned;
    private final Map<Integer, Long> censored;

    private TenureCounts(Map<Integer, Long> churned, Map<Integer, Long> censored) {
        this.churned = churned;
        this.censored = censored;
    }

    static TenureCounts of(Collection<Tenure> tenures) {
        Map<Integer, Long> churned = new TreeMap<>();
        Map<Integer, Long> censored = new TreeMap<>();
        for (Tenure tenure : tenures) {
            (tenure.churned() ? churned : censored).merge(tenure.periods(), 1L, Math::addExact);
        }
        return new TenureCounts(churned, censored);
    }

    double logLikelihood(ShiftedBetaGeometric model) {
        double ll = 0.0;
        for (Map.Entry<Integer, Long> e : churned.entrySet()) {
            ll += e.getValue() * model.logChurnProbability(e.getKey());
        }
        for (Map.Entry<Integer, Long> e : censored.entrySet()) {
            ll += e.getValue() * model.logSurvival(e.getKey());
        }
        return ll;
    }
}
