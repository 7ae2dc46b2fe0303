package io.github.revops.spark;

import io.github.revops.domain.DealType;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.recurring.ChurnDenominator;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.ChurnRecognition;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.Movement;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.SamePeriodJoiners;
import io.github.revops.time.Period;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The codecs of the recurring-revenue results: dates, periods, exact amounts, customer ids and counts. */
final class RecurringCodecs {

    /** An MRR snapshot: its date, currency and each customer's exact MRR. */
    static final ExactCodec<MrrSnapshot> MRR_SNAPSHOT = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(MrrSnapshot value, DataOutput out) throws IOException {
            Parts.writeDate(value.date(), out);
            out.writeUTF(value.currency().getCurrencyCode());
            out.writeInt(value.byCustomer().size());
            for (Map.Entry<String, ExactMoney> e : value.byCustomer().entrySet()) {
                Parts.writeText(e.getKey(), out);
                Parts.writeRational(e.getValue().minorUnits(), out);
            }
        }

        @Override
        public MrrSnapshot read(DataInput in) throws IOException {
            LocalDate date = Parts.readDate(in);
            Currency currency = Money.currency(in.readUTF());
            int size = in.readInt();
            SortedMap<String, ExactMoney> byCustomer = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                String customer = Parts.readText(in);
                byCustomer.put(customer, ExactMoney.ofMinor(currency, Parts.readRational(in)));
            }
            return new MrrSnapshot(date, currency, byCustomer);
        }
    };

    /** An MRR bridge: period, currency, start and end MRR and counts, each movement, the FX line. */
    static final ExactCodec<MrrBridge> MRR_BRIDGE = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(MrrBridge value, DataOutput out) throws IOException {
            Parts.writePeriod(value.period(), out);
            out.writeUTF(value.currency().getCurrencyCode());
            Parts.writeExactMoney(value.startMrr(), out);
            Parts.writeExactMoney(value.endMrr(), out);
            out.writeLong(value.customersAtStart());
            out.writeLong(value.customersAtEnd());
            for (Movement movement : List.of(value.newBusiness(), value.expansion(), value.reactivation(),
                    value.contraction(), value.churn())) {
                Parts.writeExactMoney(movement.mrr(), out);
                writeIds(movement.customers(), out);
            }
            Parts.writeExactMoney(value.fxImpact(), out);
        }

        @Override
        public MrrBridge read(DataInput in) throws IOException {
            Period period = Parts.readPeriod(in);
            Currency currency = Money.currency(in.readUTF());
            ExactMoney start = Parts.readExactMoney(in);
            ExactMoney end = Parts.readExactMoney(in);
            long atStart = in.readLong();
            long atEnd = in.readLong();
            Movement[] movements = new Movement[5];
            for (int i = 0; i < movements.length; i++) {
                ExactMoney mrr = Parts.readExactMoney(in);
                movements[i] = new Movement(mrr, readIds(in));
            }
            return new MrrBridge(period, currency, start, end, atStart, atEnd, movements[0], movements[1],
                    movements[2], movements[3], movements[4], Parts.readExactMoney(in));
        }
    };

    /** A logo churn: period, policy, customers at start, the churned, the same-period joiners. */
    static final ExactCodec<LogoChurn> LOGO_CHURN = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(LogoChurn value, DataOutput out) throws IOException {
            Parts.writePeriod(value.period(), out);
            out.writeUTF(value.policy().denominator().name());
            out.writeUTF(value.policy().joiners().name());
            out.writeUTF(value.policy().recognition().name());
            out.writeLong(value.customersAtStart());
            writeIds(value.churned(), out);
            out.writeLong(value.joinersStayed());
            writeIds(value.joinersLeft(), out);
        }

        @Override
        public LogoChurn read(DataInput in) throws IOException {
            Period period = Parts.readPeriod(in);
            ChurnDenominator denominator = ChurnDenominator.valueOf(in.readUTF());
            SamePeriodJoiners joiners = SamePeriodJoiners.valueOf(in.readUTF());
            ChurnPolicy policy = new ChurnPolicy(denominator, joiners, ChurnRecognition.valueOf(in.readUTF()));
            long atStart = in.readLong();
            List<String> churned = readIds(in);
            long joinersStayed = in.readLong();
            return new LogoChurn(period, policy, atStart, churned, joinersStayed, readIds(in));
        }
    };

    static final ExactCodec<Renewals> RENEWALS = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Renewals value, DataOutput out) throws IOException {
            Parts.writePeriod(value.period(), out);
            out.writeInt(value.graceDays());
            out.writeUTF(value.currency().getCurrencyCode());
            writeIds(value.upForRenewal(), out);
            writeIds(value.renewed(), out);
            Parts.writeExactMoney(value.arrUpForRenewal(), out);
            Parts.writeExactMoney(value.arrRenewed(), out);
        }

        @Override
        public Renewals read(DataInput in) throws IOException {
            Period period = Parts.readPeriod(in);
            int graceDays = in.readInt();
            Currency currency = Money.currency(in.readUTF());
            List<String> upForRenewal = readIds(in);
            List<String> renewed = readIds(in);
            ExactMoney arrUp = Parts.readExactMoney(in);
            return new Renewals(period, graceDays, currency, upForRenewal, renewed, arrUp, Parts.readExactMoney(in));
        }
    };

    /** A total MRR: its date and exact amount. */
    static final ExactCodec<MrrTotal> MRR_TOTAL = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(MrrTotal value, DataOutput out) throws IOException {
            Parts.writeDate(value.date(), out);
            Parts.writeExactMoney(value.mrr(), out);
        }

        @Override
        public MrrTotal read(DataInput in) throws IOException {
            LocalDate date = Parts.readDate(in);
            return new MrrTotal(date, Parts.readExactMoney(in));
        }
    };

    /** The outcomes of one deal type: period, type, currency, counts and values won and lost. */
    static final ExactCodec<DealOutcomes> DEAL_OUTCOMES = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(DealOutcomes value, DataOutput out) throws IOException {
            Parts.writePeriod(value.period(), out);
            out.writeUTF(value.type().name());
            out.writeUTF(value.currency().getCurrencyCode());
            out.writeLong(value.won());
            out.writeLong(value.lost());
            Parts.writeExactMoney(value.wonValue(), out);
            Parts.writeExactMoney(value.lostValue(), out);
        }

        @Override
        public DealOutcomes read(DataInput in) throws IOException {
            Period period = Parts.readPeriod(in);
            DealType type = DealType.valueOf(in.readUTF());
            Currency currency = Money.currency(in.readUTF());
            long won = in.readLong();
            long lost = in.readLong();
            ExactMoney wonValue = Parts.readExactMoney(in);
            return new DealOutcomes(period, type, currency, won, lost, wonValue, Parts.readExactMoney(in));
        }
    };

    private RecurringCodecs() {
    }

    private static void writeIds(List<String> ids, DataOutput out) throws IOException {
        out.writeInt(ids.size());
        for (String id : ids) {
            Parts.writeText(id, out);
        }
    }

    private static List<String> readIds(DataInput in) throws IOException {
        int size = in.readInt();
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(Parts.readText(in));
        }
        return ids;
    }
}
