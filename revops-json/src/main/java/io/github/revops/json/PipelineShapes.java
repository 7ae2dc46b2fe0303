package io.github.revops.json;

import io.github.revops.pipeline.CycleOutcome;
import io.github.revops.pipeline.DealTally;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.StageStats;
import io.github.revops.pipeline.WinRate;
import io.github.revops.pipeline.WinRateBasis;
import io.github.revops.pipeline.WinRateDenominator;
import io.github.revops.pipeline.WinRatePolicy;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.DayHistogram;

import java.util.Map;

/**
 * The shapes of the sales pipeline: deal tallies, win rates, pipeline velocity, sales cycles and stage conversion.
 * Each result writes its parts, then its headline figures as derived properties; a figure whose accessor changes
 * type changes one codec here (and its schema's reference).
 */
final class PipelineShapes {

    private static final Codec<WinRateBasis> BASIS = Scalars.enumeration(WinRateBasis.class);
    private static final Codec<WinRateDenominator> DENOMINATOR = Scalars.enumeration(WinRateDenominator.class);

    static final Codec<DealTally> DEAL_TALLY = ObjectCodec.of("DealTally",
            (t, out) -> out.put("count", Scalars.LONG, t.count())
                    .put("amount", Containers.optional(BasicShapes.EXACT_MONEY), t.amount()),
            in -> new DealTally(in.whole("count"), in.get("amount",
                    Containers.<ExactMoney>optional(BasicShapes.EXACT_MONEY))))
            .combining(sample -> DealTally.EMPTY);

    static final Codec<WinRatePolicy> WIN_RATE_POLICY = ObjectCodec.of("WinRatePolicy",
            (p, out) -> out.put("basis", BASIS, p.basis()).put("denominator", DENOMINATOR, p.denominator()),
            in -> new WinRatePolicy(in.get("basis", BASIS), in.get("denominator", DENOMINATOR)));

    static final Codec<WinRate> WIN_RATE = ObjectCodec.of("WinRate",
            (w, out) -> out.put("closedWon", DEAL_TALLY, w.closedWon()).put("closedLost", DEAL_TALLY, w.closedLost())
                    .put("createdWon", DEAL_TALLY, w.createdWon()).put("createdLost", DEAL_TALLY, w.createdLost())
                    .put("created", DEAL_TALLY, w.created())
                    .derived("byCount", BasicShapes.RATIO, w.byCount())
                    .derived("byValue", BasicShapes.RATIO, w.byValue())
                    .derived("lossByCount", BasicShapes.RATIO, w.lossByCount())
                    .derived("lossByValue", BasicShapes.RATIO, w.lossByValue()),
            in -> new WinRate(in.get("closedWon", DEAL_TALLY), in.get("closedLost", DEAL_TALLY),
                    in.get("createdWon", DEAL_TALLY), in.get("createdLost", DEAL_TALLY),
                    in.get("created", DEAL_TALLY)))
            .combining(sample -> WinRate.EMPTY);

    static final Codec<PipelineVelocity> PIPELINE_VELOCITY = ObjectCodec.of("PipelineVelocity",
            (v, out) -> out.put("opportunities", Scalars.LONG, v.opportunities())
                    .put("won", DEAL_TALLY, v.won()).put("lost", DEAL_TALLY, v.lost())
                    .put("wonCycleDays", Scalars.LONG, v.wonCycleDays())
                    .derived("averageWonDealSize", Containers.optional(BasicShapes.MONEY_AVERAGE),
                            v.averageWonDealSize())
                    .derived("winRate", BasicShapes.RATIO, v.winRate())
                    .derived("meanCycleDays", BasicShapes.RATIO, v.meanCycleDays())
                    .derived("value", Containers.optional(BasicShapes.EXACT_MONEY), v.value())
                    .derived("perMonth", Containers.optional(BasicShapes.EXACT_MONEY), v.perMonth()),
            in -> new PipelineVelocity(in.whole("opportunities"), in.get("won", DEAL_TALLY),
                    in.get("lost", DEAL_TALLY), in.whole("wonCycleDays")))
            .combining(sample -> PipelineVelocity.EMPTY);

    static final Codec<SalesCycle> SALES_CYCLE = ObjectCodec.of("SalesCycle",
            (c, out) -> out.put("won", BasicShapes.DAY_HISTOGRAM, c.won())
                    .put("lost", BasicShapes.DAY_HISTOGRAM, c.lost()),
            in -> new SalesCycle(in.get("won", BasicShapes.DAY_HISTOGRAM), in.get("lost", BasicShapes.DAY_HISTOGRAM)))
            .combining(sample -> SalesCycle.EMPTY);

    static final Codec<StageStats> STAGE_STATS = ObjectCodec.of("StageStats",
            (s, out) -> out.put("stage", Scalars.STRING, s.stage())
                    .put("next", Containers.optional(Scalars.STRING), s.next())
                    .put("reached", Scalars.LONG, s.reached()).put("skipped", Scalars.LONG, s.skipped())
                    .put("advanced", Scalars.LONG, s.advanced())
                    .put("timeInStage", BasicShapes.DAY_HISTOGRAM, s.timeInStage())
                    .put("censored", Scalars.LONG, s.censored())
                    .derived("conversion", Containers.optional(BasicShapes.RATIO), s.conversion()),
            in -> new StageStats(in.text("stage"), in.get("next", Containers.optional(Scalars.STRING)),
                    in.whole("reached"), in.whole("skipped"), in.whole("advanced"),
                    in.get("timeInStage", BasicShapes.DAY_HISTOGRAM), in.whole("censored")))
            .combining(sample -> new StageStats(sample.stage(), sample.next(), 0, 0, 0,
                    DayHistogram.EMPTY, 0));

    static final Codec<StageConversion> STAGE_CONVERSION = ObjectCodec.of("StageConversion",
            (c, out) -> out.put("stages", Containers.list(STAGE_STATS), c.stages()),
            in -> new StageConversion(in.get("stages", Containers.list(STAGE_STATS))))
            .combining(sample -> StageConversion.EMPTY);

    private PipelineShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(CycleOutcome.class, Scalars.enumeration(CycleOutcome.class));
        shapes.put(WinRateBasis.class, BASIS);
        shapes.put(WinRateDenominator.class, DENOMINATOR);
        shapes.put(WinRatePolicy.class, WIN_RATE_POLICY);
        shapes.put(DealTally.class, DEAL_TALLY);
        shapes.put(WinRate.class, WIN_RATE);
        shapes.put(PipelineVelocity.class, PIPELINE_VELOCITY);
        shapes.put(SalesCycle.class, SALES_CYCLE);
        shapes.put(StageStats.class, STAGE_STATS);
        shapes.put(StageConversion.class, STAGE_CONVERSION);
    }
}
