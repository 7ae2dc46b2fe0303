package io.github.revops.json.contract;

import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageReach;
import io.github.revops.funnel.StageTransition;
import io.github.revops.result.DayHistogram;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static io.github.revops.json.contract.BasicValues.TEXT;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Random buyer-funnel values: stage reach, transitions whose cohorts match their stages, funnels, LVR. */
public final class FunnelValues {

    public static final Gen<StageReach> STAGE_REACH = in -> reach(in, TEXT.generate(in));

    public static final Gen<StageTransition> STAGE_TRANSITION = in -> transition(in, "from " + TEXT.generate(in),
            "to " + TEXT.generate(in), longs().between(0, 200).generate(in));

    public static final Gen<CohortConversion> COHORT_CONVERSION = in -> {
        List<StageReach> stages = stages(in);
        List<StageTransition> transitions = new ArrayList<>();
        for (int a = 0; a < stages.size(); a++) {
            for (int b = a + 1; b < stages.size(); b++) {
                transitions.add(transition(in, stages.get(a).stage(), stages.get(b).stage(),
                        stages.get(a).reached()));
            }
        }
        return new CohortConversion(stages, transitions);
    };

    public static final Gen<PeriodConversion> PERIOD_CONVERSION = in -> new PeriodConversion(stages(in));

    public static final Gen<LeadVelocityRate> LEAD_VELOCITY_RATE = in -> new LeadVelocityRate(TEXT.generate(in),
            longs().between(0, 10_000).generate(in), longs().between(0, 10_000).generate(in));

    public static final Gen<LifecycleStages> LIFECYCLE_STAGES = in -> LifecycleStages.of(
            names(in, integers().between(1, 6).generate(in)));

    private FunnelValues() {
    }

    static StageReach reach(RandomnessSource in, String stage) {
        long reached = longs().between(0, 10_000).generate(in);
        return new StageReach(stage, reached, longs().between(0, reached).generate(in));
    }

    /** A transition of a cohort of a given size: some converted (with their days), the others censored. */
    static StageTransition transition(RandomnessSource in, String from, String to, long cohort) {
        long converted = longs().between(0, cohort).generate(in);
        return new StageTransition(from, to, histogram(in, converted), histogram(in, cohort - converted));
    }

    /** A histogram of {@code count} days between 0 and 365. */
    static DayHistogram histogram(RandomnessSource in, long count) {
        DayHistogram.Builder builder = DayHistogram.builder();
        long left = count;
        while (left > 0) {
            long times = longs().between(1, left).generate(in);
            builder.add(integers().between(0, 365).generate(in), times);
            left -= times;
        }
        return builder.build();
    }

    private static List<StageReach> stages(RandomnessSource in) {
        List<StageReach> stages = new ArrayList<>();
        for (String name : names(in, integers().between(0, 5).generate(in))) {
            stages.add(reach(in, name));
        }
        return stages;
    }

    private static List<String> names(RandomnessSource in, int count) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(TEXT.generate(in) + " " + names.size());
        }
        return List.copyOf(names);
    }
}
