package io.github.revops.json;

import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.ChurnDenominator;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.ChurnRecognition;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.ConversionDeadline;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.Movement;
import io.github.revops.recurring.MovementType;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.SamePeriodJoiners;
import io.github.revops.recurring.TrialCohort;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.result.Ratio;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The shapes of recurring revenue: MRR on a date, the MRR bridge and its movements, logo churn, renewals, deal
 * outcomes and cohort tables. Each result writes its parts, then its headline figures as derived properties; a figure
 * whose accessor changes type changes one codec here (and its schema's reference).
 */
final class RecurringShapes {

    private static final Codec<ExactMoney> MONEY = BasicShapes.EXACT_MONEY;
    private static final Codec<List<String>> IDS = Containers.list(Scalars.STRING);
    private static final Codec<ChurnDenominator> CHURN_DENOMINATOR = Scalars.enumeration(ChurnDenominator.class);
    private static final Codec<SamePeriodJoiners> JOINERS = Scalars.enumeration(SamePeriodJoiners.class);
    private static final Codec<ChurnRecognition> RECOGNITION = Scalars.enumeration(ChurnRecognition.class);

    static final Codec<ChurnPolicy> CHURN_POLICY = ObjectCodec.of("ChurnPolicy",
            (p, out) -> out.put("denominator", CHURN_DENOMINATOR, p.denominator())
                    .put("joiners", JOINERS, p.joiners()).put("recognition", RECOGNITION, p.recognition()),
            in -> new ChurnPolicy(in.get("denominator", CHURN_DENOMINATOR), in.get("joiners", JOINERS),
                    in.get("recognition", RECOGNITION)));

    static final Codec<MrrTotal> MRR_TOTAL = ObjectCodec.of("MrrTotal",
            (t, out) -> out.put("date", Scalars.DATE, t.date()).put("mrr", MONEY, t.mrr())
                    .derived("arr", MONEY, t.arr()),
            in -> new MrrTotal(in.get("date", Scalars.DATE), in.get("mrr", MONEY)))
            .combining(sample -> new MrrTotal(sample.date(), ExactMoney.zero(sample.mrr().currency())));

    /** Each customer's MRR as an object by customer id, in id order. */
    static final Codec<MrrSnapshot> MRR_SNAPSHOT = ObjectCodec.of("MrrSnapshot",
            (s, out) -> out.put("date", Scalars.DATE, s.date()).put("currency", Scalars.CURRENCY, s.currency())
                    .put("byCustomer", Containers.stringMap(MONEY), s.byCustomer())
                    .derived("mrr", MONEY, s.mrr()).derived("arr", MONEY, s.arr())
                    .derived("payingCustomers", Scalars.LONG, s.payingCustomers())
                    .derived("arpa", BasicShapes.MONEY_AVERAGE, s.arpa()),
            in -> new MrrSnapshot(in.get("date", Scalars.DATE), in.get("currency", Scalars.CURRENCY),
                    in.get("byCustomer", Containers.stringMap(MONEY))))
            .combining(sample -> MrrSnapshot.empty(sample.date(), sample.currency()));

    static final Codec<Movement> MOVEMENT = ObjectCodec.of("Movement",
            (m, out) -> out.put("mrr", MONEY, m.mrr()).put("customers", IDS, m.customers())
                    .derived("count", Scalars.INT, m.count()),
            in -> new Movement(in.get("mrr", MONEY), in.get("customers", IDS)));

    static final Codec<MrrBridge> MRR_BRIDGE = ObjectCodec.of("MrrBridge",
            (b, out) -> out.put("period", Scalars.PERIOD, b.period()).put("currency", Scalars.CURRENCY, b.currency())
                    .put("startMrr", MONEY, b.startMrr()).put("endMrr", MONEY, b.endMrr())
                    .put("customersAtStart", Scalars.LONG, b.customersAtStart())
                    .put("customersAtEnd", Scalars.LONG, b.customersAtEnd())
                    .put("newBusiness", MOVEMENT, b.newBusiness()).put("expansion", MOVEMENT, b.expansion())
                    .put("reactivation", MOVEMENT, b.reactivation()).put("contraction", MOVEMENT, b.contraction())
                    .put("churn", MOVEMENT, b.churn()).put("fxImpact", MONEY, b.fxImpact())
                    .derived("netChange", MONEY, b.netChange())
                    .derived("grossMrrChurn", BasicShapes.RATIO, b.grossMrrChurn())
                    .derived("netMrrChurn", BasicShapes.RATIO, b.netMrrChurn())
                    .derived("nrr", BasicShapes.RATIO, b.nrr())
                    .derived("grr", BasicShapes.RATIO, b.grr())
                    .derived("expansionRate", BasicShapes.RATIO, b.expansionRate())
                    .derived("quickRatio", BasicShapes.RATIO, b.quickRatio())
                    .derived("upsellRate", BasicShapes.RATIO, b.upsellRate()),
            in -> new MrrBridge(in.get("period", Scalars.PERIOD), in.get("currency", Scalars.CURRENCY),
                    in.get("startMrr", MONEY), in.get("endMrr", MONEY), in.whole("customersAtStart"),
                    in.whole("customersAtEnd"), in.get("newBusiness", MOVEMENT), in.get("expansion", MOVEMENT),
                    in.get("reactivation", MOVEMENT), in.get("contraction", MOVEMENT), in.get("churn", MOVEMENT),
                    in.get("fxImpact", MONEY)))
            .combining(sample -> MrrBridge.empty(sample.period(), sample.currency()));

    static final Codec<LogoChurn> LOGO_CHURN = ObjectCodec.of("LogoChurn",
            (c, out) -> out.put("period", Scalars.PERIOD, c.period()).put("policy", CHURN_POLICY, c.policy())
                    .put("customersAtStart", Scalars.LONG, c.customersAtStart()).put("churned", IDS, c.churned())
                    .put("joinersStayed", Scalars.LONG, c.joinersStayed())
                    .put("joinersLeft", IDS, c.joinersLeft())
                    .derived("rate", BasicShapes.RATIO, c.rate()),
            in -> new LogoChurn(in.get("period", Scalars.PERIOD), in.get("policy", CHURN_POLICY),
                    in.whole("customersAtStart"), in.get("churned", IDS), in.whole("joinersStayed"),
                    in.get("joinersLeft", IDS)))
            .combining(sample -> LogoChurn.empty(sample.period(), sample.policy()));

    static final Codec<Renewals> RENEWALS = ObjectCodec.of("Renewals",
            (r, out) -> out.put("period", Scalars.PERIOD, r.period()).put("graceDays", Scalars.INT, r.graceDays())
                    .put("currency", Scalars.CURRENCY, r.currency())
                    .put("upForRenewal", IDS, r.upForRenewal()).put("renewed", IDS, r.renewed())
                    .put("arrUpForRenewal", MONEY, r.arrUpForRenewal()).put("arrRenewed", MONEY, r.arrRenewed())
                    .derived("rateByCount", BasicShapes.RATIO, r.rateByCount())
                    .derived("rateByValue", BasicShapes.RATIO, r.rateByValue()),
            in -> new Renewals(in.get("period", Scalars.PERIOD), in.wholeInt("graceDays"),
                    in.get("currency", Scalars.CURRENCY), in.get("upForRenewal", IDS), in.get("renewed", IDS),
                    in.get("arrUpForRenewal", MONEY), in.get("arrRenewed", MONEY)))
            .combining(sample -> Renewals.empty(sample.period(), sample.graceDays(), sample.currency()));

    static final Codec<DealOutcomes> DEAL_OUTCOMES = ObjectCodec.of("DealOutcomes",
            (o, out) -> out.put("period", Scalars.PERIOD, o.period()).put("type", DomainShapes.DEAL_TYPE, o.type())
                    .put("currency", Scalars.CURRENCY, o.currency())
                    .put("won", Scalars.LONG, o.won()).put("lost", Scalars.LONG, o.lost())
                    .put("wonValue", MONEY, o.wonValue()).put("lostValue", MONEY, o.lostValue())
                    .derived("winRate", BasicShapes.RATIO, o.winRate())
                    .derived("valueWinRate", BasicShapes.RATIO, o.valueWinRate()),
            in -> new DealOutcomes(in.get("period", Scalars.PERIOD), in.get("type", DomainShapes.DEAL_TYPE),
                    in.get("currency", Scalars.CURRENCY), in.whole("won"), in.whole("lost"),
                    in.get("wonValue", MONEY), in.get("lostValue", MONEY)))
            .combining(sample -> DealOutcomes.empty(sample.period(), sample.type(), sample.currency()));

    static final Codec<CohortTable.Cell> COHORT_CELL = ObjectCodec.of("CohortTable.Cell",
            (c, out) -> out.put("period", Scalars.PERIOD, c.period()).put("customers", Scalars.LONG, c.customers())
                    .put("mrr", MONEY, c.mrr()),
            in -> new CohortTable.Cell(in.get("period", Scalars.PERIOD), in.whole("customers"),
                    in.get("mrr", MONEY)));

    /** A cohort: its parts, then the logo and net MRR retention of each column, column k at index k. */
    static final Codec<CohortTable.Cohort> COHORT = ObjectCodec.of("CohortTable.Cohort",
            (c, out) -> out.put("acquired", Scalars.PERIOD, c.acquired())
                    .put("customers", Scalars.LONG, c.customers()).put("initialMrr", MONEY, c.initialMrr())
                    .put("cells", Containers.list(COHORT_CELL), c.cells())
                    .derived("logoRetention", Containers.list(BasicShapes.RATIO),
                            columns(c.cells().size(), c::logoRetention))
                    .derived("netMrrRetention", Containers.list(BasicShapes.RATIO),
                            columns(c.cells().size(), c::netMrrRetention)),
            in -> new CohortTable.Cohort(in.get("acquired", Scalars.PERIOD), in.whole("customers"),
                    in.get("initialMrr", MONEY), in.get("cells", Containers.list(COHORT_CELL))));

    static final Codec<CohortTable> COHORT_TABLE = ObjectCodec.of("CohortTable",
            (t, out) -> out.put("range", Scalars.PERIOD, t.range())
                    .put("cohorts", Containers.list(COHORT), t.cohorts()),
            in -> new CohortTable(in.get("range", Scalars.PERIOD), in.get("cohorts", Containers.list(COHORT))))
            .combining(sample -> CohortTable.empty(sample.range()));

    private RecurringShapes() {
    }

    private static final Codec<TrialCohort> TRIAL_COHORT = Scalars.enumeration(TrialCohort.class);
    private static final Codec<ConversionDeadline> DEADLINE = Scalars.enumeration(ConversionDeadline.class);

    static final Codec<TrialPolicy> TRIAL_POLICY = ObjectCodec.of("TrialPolicy",
            (p, out) -> out.put("cohort", TRIAL_COHORT, p.cohort()).put("deadline", DEADLINE, p.deadline()),
            in -> new TrialPolicy(in.get("cohort", TRIAL_COHORT), in.get("deadline", DEADLINE)));

    static final Codec<TrialConversion> TRIAL_CONVERSION = ObjectCodec.of("TrialConversion",
            (t, out) -> out.put("period", Scalars.PERIOD, t.period()).put("policy", TRIAL_POLICY, t.policy())
                    .put("trials", Scalars.LONG, t.trials())
                    .put("daysToConvert", BasicShapes.DAY_HISTOGRAM, t.daysToConvert())
                    .put("convertedMrr", MONEY, t.convertedMrr())
                    .derived("converted", Scalars.LONG, t.converted())
                    .derived("rate", BasicShapes.RATIO, t.rate())
                    .derived("mrrPerConversion", BasicShapes.MONEY_AVERAGE, t.mrrPerConversion()),
            in -> new TrialConversion(in.get("period", Scalars.PERIOD), in.get("policy", TRIAL_POLICY),
                    in.whole("trials"), in.get("daysToConvert", BasicShapes.DAY_HISTOGRAM),
                    in.get("convertedMrr", MONEY)))
            .combining(sample -> TrialConversion.empty(sample.period(), sample.policy(),
                    sample.convertedMrr().currency()));

    private static List<Ratio> columns(int count, IntFunction<Ratio> column) {
        return IntStream.range(0, count).mapToObj(column).toList();
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(ChurnDenominator.class, CHURN_DENOMINATOR);
        shapes.put(SamePeriodJoiners.class, JOINERS);
        shapes.put(ChurnRecognition.class, RECOGNITION);
        shapes.put(MovementType.class, Scalars.enumeration(MovementType.class));
        shapes.put(ChurnPolicy.class, CHURN_POLICY);
        shapes.put(MrrTotal.class, MRR_TOTAL);
        shapes.put(MrrSnapshot.class, MRR_SNAPSHOT);
        shapes.put(Movement.class, MOVEMENT);
        shapes.put(MrrBridge.class, MRR_BRIDGE);
        shapes.put(LogoChurn.class, LOGO_CHURN);
        shapes.put(Renewals.class, RENEWALS);
        shapes.put(DealOutcomes.class, DEAL_OUTCOMES);
        shapes.put(CohortTable.Cell.class, COHORT_CELL);
        shapes.put(CohortTable.Cohort.class, COHORT);
        shapes.put(CohortTable.class, COHORT_TABLE);
        shapes.put(TrialCohort.class, TRIAL_COHORT);
        shapes.put(ConversionDeadline.class, DEADLINE);
        shapes.put(TrialPolicy.class, TRIAL_POLICY);
        shapes.put(TrialConversion.class, TRIAL_CONVERSION);
    }
}
