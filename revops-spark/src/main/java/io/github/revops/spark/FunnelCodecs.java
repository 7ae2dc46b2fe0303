package io.github.revops.spark;

import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageReach;
import io.github.revops.funnel.StageTransition;
import io.github.revops.result.DayHistogram;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The codecs of the buyer funnel's results: their counts and exact day histograms. */
final class FunnelCodecs {

    static final ExactCodec<PeriodConversion> PERIOD_CONVERSION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(PeriodConversion value, DataOutput out) throws IOException {
            writeReaches(value.stages(), out);
        }

        @Override
        public PeriodConversion read(DataInput in) throws IOException {
            return new PeriodConversion(readReaches(in));
        }
    };

    static final ExactCodec<CohortConversion> COHORT_CONVERSION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(CohortConversion value, DataOutput out) throws IOException {
            writeReaches(value.stages(), out);
            out.writeInt(value.transitions().size());
            for (StageTransition t : value.transitions()) {
                Parts.writeText(t.from(), out);
                Parts.writeText(t.to(), out);
                Parts.writeHistogram(t.timeToConvert(), out);
                Parts.writeHistogram(t.censored(), out);
            }
        }

        @Override
        public CohortConversion read(DataInput in) throws IOException {
            List<StageReach> stages = readReaches(in);
            int size = in.readInt();
            List<StageTransition> transitions = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String from = Parts.readText(in);
                String to = Parts.readText(in);
                DayHistogram time = Parts.readHistogram(in);
                transitions.add(new StageTransition(from, to, time, Parts.readHistogram(in)));
            }
            return new CohortConversion(stages, transitions);
        }
    };

    static final ExactCodec<LeadVelocityRate> LEAD_VELOCITY_RATE = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(LeadVelocityRate value, DataOutput out) throws IOException {
            Parts.writeText(value.stage(), out);
            out.writeLong(value.previous());
            out.writeLong(value.current());
        }

        @Override
        public LeadVelocityRate read(DataInput in) throws IOException {
            String stage = Parts.readText(in);
            long previous = in.readLong();
            return new LeadVelocityRate(stage, previous, in.readLong());
        }
    };

    private FunnelCodecs() {
    }

    private static void writeReaches(List<StageReach> reaches, DataOutput out) throws IOException {
        out.writeInt(reaches.size());
        for (StageReach r : reaches) {
            Parts.writeText(r.stage(), out);
            out.writeLong(r.reached());
            out.writeLong(r.skipped());
        }
    }

    private static List<StageReach> readReaches(DataInput in) throws IOException {
        int size = in.readInt();
        List<StageReach> reaches = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String stage = Parts.readText(in);
            long reached = in.readLong();
            reaches.add(new StageReach(stage, reached, in.readLong()));
        }
        return reaches;
    }
}
