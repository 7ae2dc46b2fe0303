package io.github.revops.spark;

import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** The codecs of the core's results: their exact parts, rebuilt through their public constructors. */
final class ResultCodecs {

    /** A ratio: numerator and denominator. */
    static final ExactCodec<Ratio> RATIO = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Ratio value, DataOutput out) throws IOException {
            Parts.writeRatio(value, out);
        }

        @Override
        public Ratio read(DataInput in) throws IOException {
            return Parts.readRatio(in);
        }
    };

    /** A day histogram: each distinct day with its frequency. */
    static final ExactCodec<DayHistogram> DAY_HISTOGRAM = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(DayHistogram value, DataOutput out) throws IOException {
            Parts.writeHistogram(value, out);
        }

        @Override
        public DayHistogram read(DataInput in) throws IOException {
            return Parts.readHistogram(in);
        }
    };

    private ResultCodecs() {
    }
}
