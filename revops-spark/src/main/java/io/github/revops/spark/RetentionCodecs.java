package io.github.revops.spark;

import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.ConversionDeadline;
import io.github.revops.recurring.TrialCohort;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The codecs of the cohort table and the trial conversion: periods, counts, exact MRR and day histograms. */
final class RetentionCodecs {

    /** A cohort table: its range, then each cohort with its size, initial MRR and cells. */
    static final ExactCodec<CohortTable> COHORT_TABLE = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(CohortTable value, DataOutput out) throws IOException {
            Parts.writePeriod(value.range(), out);
            out.writeInt(value.cohorts().size());
            for (CohortTable.Cohort cohort : value.cohorts()) {
                Parts.writePeriod(cohort.acquired(), out);
                out.writeLong(cohort.customers());
                Parts.writeExactMoney(cohort.initialMrr(), out);
                out.writeInt(cohort.cells().size());
                for (CohortTable.Cell cell : cohort.cells()) {
                    Parts.writePeriod(cell.period(), out);
                    out.writeLong(cell.customers());
                    Parts.writeExactMoney(cell.mrr(), out);
                }
            }
        }

        @Override
        public CohortTable read(DataInput in) throws IOException {
            Period range = Parts.readPeriod(in);
            int size = in.readInt();
            List<CohortTable.Cohort> cohorts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Period acquired = Parts.readPeriod(in);
                long customers = in.readLong();
                ExactMoney initialMrr = Parts.readExactMoney(in);
                int columns = in.readInt();
                List<CohortTable.Cell> cells = new ArrayList<>(columns);
                for (int k = 0; k < columns; k++) {
                    Period period = Parts.readPeriod(in);
                    long paying = in.readLong();
                    cells.add(new CohortTable.Cell(period, paying, Parts.readExactMoney(in)));
                }
                cohorts.add(new CohortTable.Cohort(acquired, customers, initialMrr, cells));
            }
            return new CohortTable(range, cohorts);
        }
    };

    /** A trial conversion: period, policy, trials, the days to convert, the converted MRR. */
    static final ExactCodec<TrialConversion> TRIAL_CONVERSION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(TrialConversion value, DataOutput out) throws IOException {
            Parts.writePeriod(value.period(), out);
            out.writeUTF(value.policy().cohort().name());
            out.writeUTF(value.policy().deadline().name());
            out.writeLong(value.trials());
            Parts.writeHistogram(value.daysToConvert(), out);
            Parts.writeExactMoney(value.convertedMrr(), out);
        }

        @Override
        public TrialConversion read(DataInput in) throws IOException {
            Period period = Parts.readPeriod(in);
            TrialCohort cohort = TrialCohort.valueOf(in.readUTF());
            TrialPolicy policy = new TrialPolicy(cohort, ConversionDeadline.valueOf(in.readUTF()));
            long trials = in.readLong();
            DayHistogram days = Parts.readHistogram(in);
            return new TrialConversion(period, policy, trials, days, Parts.readExactMoney(in));
        }
    };

    private RetentionCodecs() {
    }
}
