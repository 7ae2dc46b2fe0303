package io.github.revops.spark;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.time.Period;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/** The codecs of the forecast family: submissions and quotas, and the accuracy and attainment sums. */
final class ForecastCodecs {

    /** Every component of a {@link ForecastSubmission}. */
    static final ExactCodec<ForecastSubmission> SUBMISSION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(ForecastSubmission value, DataOutput out) throws IOException {
            Parts.writeText(value.id(), out);
            Parts.writeText(value.submitter(), out);
            Parts.writePeriod(value.period(), out);
            Parts.writeDate(value.submittedDate(), out);
            out.writeUTF(value.category().name());
            Parts.writeMoney(value.amount(), out);
        }

        @Override
        public ForecastSubmission read(DataInput in) throws IOException {
            String id = Parts.readText(in);
            String submitter = Parts.readText(in);
            Period period = Parts.readPeriod(in);
            LocalDate submitted = Parts.readDate(in);
            ForecastCategory category = ForecastCategory.valueOf(in.readUTF());
            return new ForecastSubmission(id, submitter, period, submitted, category, Parts.readMoney(in));
        }
    };

    /** Every component of a {@link Quota}. */
    static final ExactCodec<Quota> QUOTA = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Quota value, DataOutput out) throws IOException {
            Parts.writeText(value.owner(), out);
            Parts.writePeriod(value.period(), out);
            Parts.writeMoney(value.amount(), out);
        }

        @Override
        public Quota read(DataInput in) throws IOException {
            String owner = Parts.readText(in);
            Period period = Parts.readPeriod(in);
            return new Quota(owner, period, Parts.readMoney(in));
        }
    };

    /** A forecast accuracy: its count, zero-actual forecast ids and exact sums. */
    static final ExactCodec<ForecastAccuracy> ACCURACY = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(ForecastAccuracy value, DataOutput out) throws IOException {
            out.writeLong(value.count());
            writeIds(value.zeroActualForecasts(), out);
            Parts.writeRational(value.absolutePercentageErrors(), out);
            Parts.writeExactMoney(value.absoluteErrors(), out);
            Parts.writeExactMoney(value.errors(), out);
            Parts.writeExactMoney(value.actuals(), out);
            Parts.writeRational(value.symmetricErrors(), out);
            Parts.writeRational(value.squaredErrors(), out);
        }

        @Override
        public ForecastAccuracy read(DataInput in) throws IOException {
            long count = in.readLong();
            SortedSet<String> zeroActual = readIds(in);
            Rational percentage = Parts.readRational(in);
            ExactMoney absolute = Parts.readExactMoney(in);
            ExactMoney errors = Parts.readExactMoney(in);
            ExactMoney actuals = Parts.readExactMoney(in);
            Rational symmetric = Parts.readRational(in);
            return new ForecastAccuracy(count, zeroActual, percentage, absolute, errors, actuals, symmetric,
                    Parts.readRational(in));
        }
    };

    /** A quota attainment: the quotas' sum, the won bookings' sum and the won deals' ids. */
    static final ExactCodec<QuotaAttainment> ATTAINMENT = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(QuotaAttainment value, DataOutput out) throws IOException {
            Parts.writeExactMoney(value.quota(), out);
            Parts.writeExactMoney(value.wonBookings(), out);
            writeIds(value.wonDeals(), out);
        }

        @Override
        public QuotaAttainment read(DataInput in) throws IOException {
            ExactMoney quota = Parts.readExactMoney(in);
            ExactMoney won = Parts.readExactMoney(in);
            return new QuotaAttainment(quota, won, readIds(in));
        }
    };

    private ForecastCodecs() {
    }

    private static void writeIds(SortedSet<String> ids, DataOutput out) throws IOException {
        out.writeInt(ids.size());
        for (String id : ids) {
            Parts.writeText(id, out);
        }
    }

    private static SortedSet<String> readIds(DataInput in) throws IOException {
        int size = in.readInt();
        SortedSet<String> ids = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            ids.add(Parts.readText(in));
        }
        return ids;
    }
}
