package io.github.revops.json;

import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageReach;
import io.github.revops.funnel.StageTransition;
import io.github.revops.result.DayHistogram;

import java.util.Map;

/** The shapes of the buyer funnel: stage reach, stage-to-stage transitions, cohort and period funnels, LVR. */
final class FunnelShapes {

    static final Codec<StageReach> STAGE_REACH = ObjectCodec.of("StageReach",
            (r, out) -> out.put("stage", Scalars.STRING, r.stage()).put("reached", Scalars.LONG, r.reached())
                    .put("skipped", Scalars.LONG, r.skipped())
                    .derived("entered", Scalars.LONG, r.entered()),
            in -> new StageReach(in.text("stage"), in.whole("reached"), in.whole("skipped")))
            .combining(sample -> new StageReach(sample.stage(), 0, 0));

    static final Codec<StageTransition> STAGE_TRANSITION = ObjectCodec.of("StageTransition",
            (t, out) -> out.put("from", Scalars.STRING, t.from()).put("to", Scalars.STRING, t.to())
                    .put("timeToConvert", BasicShapes.DAY_HISTOGRAM, t.timeToConvert())
                    .put("censored", BasicShapes.DAY_HISTOGRAM, t.censored())
                    .derived("cohort", Scalars.LONG, t.cohort())
                    .derived("converted", Scalars.LONG, t.converted())
                    .derived("conversion", BasicShapes.RATIO, t.conversion()),
            in -> new StageTransition(in.text("from"), in.text("to"),
                    in.get("timeToConvert", BasicShapes.DAY_HISTOGRAM), in.get("censored", BasicShapes.DAY_HISTOGRAM)))
            .combining(sample -> new StageTransition(sample.from(), sample.to(), DayHistogram.EMPTY,
                    DayHistogram.EMPTY));

    static final Codec<CohortConversion> COHORT_CONVERSION = ObjectCodec.of("CohortConversion",
            (c, out) -> out.put("stages", Containers.list(STAGE_REACH), c.stages())
                    .put("transitions", Containers.list(STAGE_TRANSITION), c.transitions()),
            in -> new CohortConversion(in.get("stages", Containers.list(STAGE_REACH)),
                    in.get("transitions", Containers.list(STAGE_TRANSITION))))
            .combining(sample -> CohortConversion.EMPTY);

    static final Codec<PeriodConversion> PERIOD_CONVERSION = ObjectCodec.of("PeriodConversion",
            (c, out) -> out.put("stages", Containers.list(STAGE_REACH), c.stages()),
            in -> new PeriodConversion(in.get("stages", Containers.list(STAGE_REACH))))
            .combining(sample -> PeriodConversion.EMPTY);

    static final Codec<LeadVelocityRate> LEAD_VELOCITY_RATE = ObjectCodec.of("LeadVelocityRate",
            (r, out) -> out.put("stage", Scalars.STRING, r.stage()).put("previous", Scalars.LONG, r.previous())
                    .put("current", Scalars.LONG, r.current())
                    .derived("growth", Scalars.LONG, r.growth())
                    .derived("rate", BasicShapes.RATIO, r.rate()),
            in -> new LeadVelocityRate(in.text("stage"), in.whole("previous"), in.whole("current")))
            .combining(sample -> new LeadVelocityRate(sample.stage(), 0, 0));

    /** The stages as an array of their names, in funnel order. */
    static final Codec<LifecycleStages> LIFECYCLE_STAGES = Containers.mapped("an array of stage names",
            Containers.list(Scalars.STRING), LifecycleStages::names, LifecycleStages::of);

    private FunnelShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(StageReach.class, STAGE_REACH);
        shapes.put(StageTransition.class, STAGE_TRANSITION);
        shapes.put(CohortConversion.class, COHORT_CONVERSION);
        shapes.put(PeriodConversion.class, PERIOD_CONVERSION);
        shapes.put(LeadVelocityRate.class, LEAD_VELOCITY_RATE);
        shapes.put(LifecycleStages.class, LIFECYCLE_STAGES);
    }
}
