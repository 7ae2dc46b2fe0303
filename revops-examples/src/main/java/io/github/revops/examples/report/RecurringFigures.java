package io.github.revops.examples.report;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recurring revenue section of the report: MRR and ARR at each month end, the monthly MRR bridge, logo churn
 * per month, the bridge and churn of the whole range, the cohort table and the range's trial-to-paid conversion. Every
 * figure is a result of
 * {@code io.github.revops.recurring}; nothing is computed here but two sums of its exact amounts
 * (docs/decisions/0131): the range's movements as the sum of the monthly bridges ({@link #monthsSummed()}), and the
 * ARR bridge, which is that sum at 12 times its amounts (ARR is 12 x MRR, as {@link MrrSnapshot#arr()} has it).
 *
 * <p>The whole range has two views. The sum of the months counts each customer's movement in every month it moves,
 * as the monthly rows above it do. The range's own bridge, {@code whole}, compares each customer's MRR on the day
 * before the range with its MRR on the range's last day: changes inside the range cancel out, and NRR, GRR, net MRR
 * churn and the quick ratio of the range are built on it, as is the range's logo churn. The tables label each.
 *
 * @param range  the range reported, not null
 * @param opening  MRR on the day before the range, not null
 * @param monthEnds  MRR on each month end of the range, not null
 * @param months  the MRR bridge of each month, not null
 * @param monthlyChurn  the logo churn of each month, not null
 * @param whole  the MRR bridge of the whole range, each customer at its start against its end, not null
 * @param wholeChurn  the logo churn of the whole range, customers at its start against its end, not null
 * @param cohorts  the cohorts of customers acquired in the range, not null
 * @param trials  the trial-to-paid conversion of the range under {@link TrialPolicy#DEFAULT} and
 *         {@link TrialPolicy#STARTED_COHORT}, not null
 */
public record RecurringFigures(Period range, MrrSnapshot opening, List<MrrSnapshot> monthEnds, List<MrrBridge> months,
                               List<LogoChurn> monthlyChurn, MrrBridge whole, LogoChurn wholeChurn,
                               CohortTable cohorts, List<TrialConversion> trials) {

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
     * @param trials  the trial-to-paid conversion of the range under each policy reported, not null
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
        trials = List.copyOf(trials);
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
        List<LogoChurn> churn = LogoChurn.series(subscriptions, range, Granularity.MONTH).values();
        Granularity cohortBy = cohortUnit(range).equals("month") ? Granularity.MONTH : Granularity.QUARTER;
        return new RecurringFigures(range, revenue.mrrAt(range.start().minusDays(1)),
                MrrSnapshot.series(subscriptions, range, Granularity.MONTH).values(),
                MrrBridge.series(subscriptions, range, Granularity.MONTH).values(), churn, revenue.movements(range),
                revenue.logoChurn(range), revenue.cohorts(range, cohortBy),
                List.of(TrialConversion.of(subscriptions, range),
                        TrialConversion.of(subscriptions, range, TrialPolicy.STARTED_COHORT)));
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
     * Returns the range's movements as the sum of the monthly bridges: each movement's MRR and count added over the
     * months, from the first month's start MRR to the last month's end MRR.
     *
     * @return the summed row, never null
     */
    public BridgeRow monthsSummed() {
        return BridgeRow.sumOf(months);
    }

    /**
     * Returns the label of the row that sums the months, such as {@code "2024 sum of months"}.
     *
     * @return the label, never null
     */
    public String sumLabel() {
        return range.label() + " sum of months";
    }

    /**
     * Returns the label of the rows that compare each customer at the range's start and end, such as
     * {@code "2024 start vs end"}.
     *
     * @return the label, never null
     */
    public String startVersusEndLabel() {
        return range.label() + " start vs end";
    }

    /**
     * Returns the two days the start-versus-end view compares, such as {@code "2023-12-31 against 2024-12-31"}.
     *
     * @return the text, never null
     */
    public String comparedDays() {
        return range.start().minusDays(1) + " against " + range.lastDay();
    }

    /**
     * Returns the ARR bridge of the whole range: ARR at the start, the five movements summed over the months and ARR
     * at the end, each 12 times the MRR figure of {@link #monthsSummed()}; an FX line appears only when there is one.
     *
     * @return the bars in order, never null
     */
    public List<BridgeStep> arrBridge() {
        BridgeRow sum = monthsSummed();
        List<BridgeStep> steps = new ArrayList<>();
        steps.add(new BridgeStep("ARR " + range.start().minusDays(1), BridgeStep.Kind.TOTAL, arr(sum.startMrr())));
        if (!sum.fxImpact().isZero()) {
            steps.add(movement("FX impact", sum.fxImpact()));
        }
        steps.add(new BridgeStep("New", BridgeStep.Kind.INCREASE, arr(sum.newBusiness().mrr())));
        steps.add(new BridgeStep("Expansion", BridgeStep.Kind.INCREASE, arr(sum.expansion().mrr())));
        steps.add(new BridgeStep("Reactivation", BridgeStep.Kind.INCREASE, arr(sum.reactivation().mrr())));
        steps.add(new BridgeStep("Contraction", BridgeStep.Kind.DECREASE, arr(sum.contraction().mrr())));
        steps.add(new BridgeStep("Churn", BridgeStep.Kind.DECREASE, arr(sum.churn().mrr())));
        steps.add(new BridgeStep("ARR " + range.lastDay(), BridgeStep.Kind.TOTAL, arr(sum.endMrr())));
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
