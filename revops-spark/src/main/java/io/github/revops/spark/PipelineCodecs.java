package io.github.revops.spark;

import io.github.revops.money.ExactMoney;
import io.github.revops.pipeline.DealTally;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.StageStats;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.DayHistogram;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The codecs of the pipeline results: tallies (count and exact amount), histograms and sums. */
final class PipelineCodecs {

    /** A win rate: its five tallies. */
    static final ExactCodec<WinRate> WIN_RATE = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(WinRate value, DataOutput out) throws IOException {
            writeTally(value.closedWon(), out);
            writeTally(value.closedLost(), out);
            writeTally(value.createdWon(), out);
            writeTally(value.createdLost(), out);
            writeTally(value.created(), out);
        }

        @Override
        public WinRate read(DataInput in) throws IOException {
            DealTally closedWon = readTally(in);
            DealTally closedLost = readTally(in);
            DealTally createdWon = readTally(in);
            DealTally createdLost = readTally(in);
            return new WinRate(closedWon, closedLost, createdWon, createdLost, readTally(in));
        }
    };

    /** A sales cycle: the won and lost day histograms. */
    static final ExactCodec<SalesCycle> SALES_CYCLE = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SalesCycle value, DataOutput out) throws IOException {
            Parts.writeHistogram(value.won(), out);
            Parts.writeHistogram(value.lost(), out);
        }

        @Override
        public SalesCycle read(DataInput in) throws IOException {
            DayHistogram won = Parts.readHistogram(in);
            return new SalesCycle(won, Parts.readHistogram(in));
        }
    };

    /** A pipeline velocity: open opportunities, won and lost tallies, won cycle days. */
    static final ExactCodec<PipelineVelocity> PIPELINE_VELOCITY = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(PipelineVelocity value, DataOutput out) throws IOException {
            out.writeLong(value.opportunities());
            writeTally(value.won(), out);
            writeTally(value.lost(), out);
            out.writeLong(value.wonCycleDays());
        }

        @Override
        public PipelineVelocity read(DataInput in) throws IOException {
            long opportunities = in.readLong();
            DealTally won = readTally(in);
            DealTally lost = readTally(in);
            return new PipelineVelocity(opportunities, won, lost, in.readLong());
        }
    };

    static final ExactCodec<StageConversion> STAGE_CONVERSION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(StageConversion value, DataOutput out) throws IOException {
            out.writeInt(value.stages().size());
            for (StageStats stage : value.stages()) {
                Parts.writeText(stage.stage(), out);
                Parts.writeOptional(stage.next(), out, Parts::writeText);
                out.writeLong(stage.reached());
                out.writeLong(stage.skipped());
                out.writeLong(stage.advanced());
                Parts.writeHistogram(stage.timeInStage(), out);
                out.writeLong(stage.censored());
            }
        }

        @Override
        public StageConversion read(DataInput in) throws IOException {
            int size = in.readInt();
            List<StageStats> stages = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String stage = Parts.readText(in);
                Optional<String> next = Parts.readOptional(in, Parts::readText);
                long reached = in.readLong();
                long skipped = in.readLong();
                long advanced = in.readLong();
                DayHistogram time = Parts.readHistogram(in);
                stages.add(new StageStats(stage, next, reached, skipped, advanced, time, in.readLong()));
            }
            return new StageConversion(stages);
        }
    };

    private PipelineCodecs() {
    }

    private static void writeTally(DealTally tally, DataOutput out) throws IOException {
        out.writeLong(tally.count());
        Parts.writeOptional(tally.amount(), out, Parts::writeExactMoney);
    }

    private static DealTally readTally(DataInput in) throws IOException {
        long count = in.readLong();
        Optional<ExactMoney> amount = Parts.readOptional(in, Parts::readExactMoney);
        return new DealTally(count, amount);
    }
}
