package io.github.revops.examples.report;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recurring revenue section of the report: MRR and ARR at each month end, the monthly MRR bridge, logo churn
 * per month, the bridge and churn of the whole range, and the cohort table. Every figure is a result of
 * {@code io.github.revops.recurring}; nothing is computed here but the ARR bridge, which is the range's MRR bridge
 * at 12 times its amounts (ARR is 12 x MRR, as {@link MrrSnapshot#arr()} has it).
 *
 * @param range  the range reported, not null
 * @param opening  MRR on the day before the range, not null
 * @param monthEnds  MRR on each month end of the range, not null
 * @param months  the MRR bridge of each month, not null
 * @param monthlyChurn  the logo churn of each month, not null
 * @param whole  the MRR bridge of the whole range, not null
 * @param wholeChurn  the logo churn of the whole range, not null
 * @param cohorts  the cohorts of customers acquired in the range, not null
 */
public record RecurringFigures(Period range, MrrSnapshot opening, List<MrrSnapshot> monthEnds, List<MrrBridge> months,
                               List<LogoChurn> monthlyChurn, MrrBridge whole, LogoChurn wholeChurn,
                               CohortTable cohorts) {

    /** The most months the section reports (ten years): its tables have a row per month. */
    public static final int MAX_MONTHS = 120;

    /** Ranges of up to this many months get monthly cohorts; longer ones quarterly cohorts. */
    public static final int MONTHLY_COHORTS_UP_TO = 12;

    private static final Rational MONTHS_A_YEAR = Rational.of(12);

    /**
     * Checks and copies the components.
     *
     * @param range  the range reported, not null
     * @param opening  MRR on the day before the range, not null
     * @param monthEnds  MRR on each month end of the range, not null
     * @param months  the MRR bridge of each month, not null
     * @param monthlyChurn  the logo churn of each month, not null
     * @param whole  the MRR bridge of the whole range, not null
     * @param wholeChurn  the logo churn of the whole range, not null
     * @param cohorts  the cohort table, not null
     */
    public RecurringFigures {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(opening, "opening");
        monthEnds = List.copyOf(monthEnds);
        months = List.copyOf(months);
        monthlyChurn = List.copyOf(monthlyChurn);
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(wholeChurn, "wholeChurn");
        Objects.requireNonNull(cohorts, "cohorts");
    }

    /**
     * Computes the section.
     *
     * @param subscriptions  the subscriptions, with unique ids, in one currency, at least one, not null
     * @param range  the range to report, at most {@value #MAX_MONTHS} months, not null
     * @return the figures, never null
     * @throws IllegalArgumentException if the range spans more than {@value #MAX_MONTHS} months
     */
    public static RecurringFigures compute(List<Subscription> subscriptions, Period range) {
        if (subscriptions.isEmpty()) {
            throw new IllegalArgumentException("subscriptions ([]) must hold at least one subscription");
        }
        if (range.months().size() > MAX_MONTHS) {
            throw new IllegalArgumentException("range (" + range + ") must span at most " + MAX_MONTHS + " months");
        }
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        List<LogoChurn> churn = new ArrayList<>();
        for (Period month : range.split(Granularity.MONTH)) {
            churn.add(revenue.logoChurn(month));
        }
        Granularity cohortBy = cohortUnit(range).equals("month") ? Granularity.MONTH : Granularity.QUARTER;
        return new RecurringFigures(range, revenue.mrrAt(range.start().minusDays(1)),
                revenue.mrrAtPeriodEnds(range, Granularity.MONTH).values(),
                revenue.bridge(range, Granularity.MONTH).values(), churn, revenue.movements(range),
                revenue.logoChurn(range), revenue.cohorts(range, cohortBy));
    }

    /**
     * Returns the unit of the cohorts of a range: {@code month} for up to {@value #MONTHLY_COHORTS_UP_TO} months,
     * otherwise {@code quarter}.
     *
     * @param range  the range, not null
     * @return the unit, never null
     */
    public static String cohortUnit(Period range) {
        return range.split(Granularity.MONTH).size() <= MONTHLY_COHORTS_UP_TO ? "month" : "quarter";
    }

    /**
     * Returns the ARR bridge of the whole range: ARR at the start, the five movements and ARR at the end, each 12
     * times the MRR bridge's figure; an FX line appears only when there is one.
     *
     * @return the bars in order, never null
     */
    public List<BridgeStep> arrBridge() {
        List<BridgeStep> steps = new ArrayList<>();
        steps.add(new BridgeStep("ARR " + whole.period().start().minusDays(1), BridgeStep.Kind.TOTAL,
                arr(whole.startMrr())));
        if (!whole.fxImpact().isZero()) {
            steps.add(movement("FX impact", whole.fxImpact()));
        }
        steps.add(new BridgeStep("New", BridgeStep.Kind.INCREASE, arr(whole.newBusiness().mrr())));
        steps.add(new BridgeStep("Expansion", BridgeStep.Kind.INCREASE, arr(whole.expansion().mrr())));
        steps.add(new BridgeStep("Reactivation", BridgeStep.Kind.INCREASE, arr(whole.reactivation().mrr())));
        steps.add(new BridgeStep("Contraction", BridgeStep.Kind.DECREASE, arr(whole.contraction().mrr())));
        steps.add(new BridgeStep("Churn", BridgeStep.Kind.DECREASE, arr(whole.churn().mrr())));
        steps.add(new BridgeStep("ARR " + whole.period().lastDay(), BridgeStep.Kind.TOTAL, arr(whole.endMrr())));
        return steps;
    }

    private static BridgeStep movement(String label, ExactMoney change) {
        return change.signum() >= 0 ? new BridgeStep(label, BridgeStep.Kind.INCREASE, arr(change))
                : new BridgeStep(label, BridgeStep.Kind.DECREASE, arr(change).negated());
    }

    private static ExactMoney arr(ExactMoney mrr) {
        return mrr.multipliedBy(MONTHS_A_YEAR);
    }
}
