package io.github.revops.spark;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.economics.Acquisition;
import io.github.revops.economics.Cac;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.SpendSummary;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The codecs of unit economics: spend and its summary, acquisitions, CAC payback, magic number, cohort LTV. */
final class EconomicsCodecs {

    /** Every component of a {@link Spend}. */
    static final ExactCodec<Spend> SPEND = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Spend value, DataOutput out) throws IOException {
            Parts.writeText(value.id(), out);
            Parts.writePeriod(value.incurred(), out);
            Parts.writeMoney(value.amount(), out);
            out.writeUTF(value.category().name());
            Parts.writeText(value.channel(), out);
            out.writeBoolean(value.paid());
        }

        @Override
        public Spend read(DataInput in) throws IOException {
            String id = Parts.readText(in);
            Period incurred = Parts.readPeriod(in);
            Money amount = Parts.readMoney(in);
            SpendCategory category = SpendCategory.valueOf(in.readUTF());
            String channel = Parts.readText(in);
            return new Spend(id, incurred, amount, category, channel, in.readBoolean());
        }
    };

    /** An acquisition: customer, date, channel if any. */
    static final ExactCodec<Acquisition> ACQUISITION = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Acquisition value, DataOutput out) throws IOException {
            Parts.writeText(value.customerId(), out);
            Parts.writeDate(value.date(), out);
            Parts.writeOptional(value.channel(), out, Parts::writeText);
        }

        @Override
        public Acquisition read(DataInput in) throws IOException {
            String customer = Parts.readText(in);
            LocalDate date = Parts.readDate(in);
            Optional<String> channel = Parts.readOptional(in, Parts::readText);
            return new Acquisition(customer, date, channel);
        }
    };

    /** A CAC payback: the CAC's spend and new customers, the new MRR and its customers, the gross margin. */
    static final ExactCodec<CacPayback> CAC_PAYBACK = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(CacPayback value, DataOutput out) throws IOException {
            Parts.writeExactMoney(value.cac().spend(), out);
            out.writeLong(value.cac().newCustomers());
            Parts.writeExactMoney(value.newMrrPerNewCustomer().total(), out);
            out.writeLong(value.newMrrPerNewCustomer().count());
            Parts.writeRational(value.grossMargin(), out);
        }

        @Override
        public CacPayback read(DataInput in) throws IOException {
            ExactMoney spend = Parts.readExactMoney(in);
            Cac cac = new Cac(spend, in.readLong());
            ExactMoney newMrr = Parts.readExactMoney(in);
            MoneyAverage perCustomer = new MoneyAverage(newMrr, in.readLong());
            Rational margin = Parts.readRational(in);
            return new CacPayback(cac, perCustomer, margin);
        }
    };

    /** A magic number: net new ARR and the previous period's spend. */
    static final ExactCodec<MagicNumber> MAGIC_NUMBER = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(MagicNumber value, DataOutput out) throws IOException {
            Parts.writeExactMoney(value.netNewArr(), out);
            Parts.writeExactMoney(value.previousPeriodSpend(), out);
        }

        @Override
        public MagicNumber read(DataInput in) throws IOException {
            ExactMoney arr = Parts.readExactMoney(in);
            return new MagicNumber(arr, Parts.readExactMoney(in));
        }
    };

    /** A cohort LTV: currency, customers, the MRR of each month since acquisition. */
    static final ExactCodec<CohortLtv> COHORT_LTV = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(CohortLtv value, DataOutput out) throws IOException {
            out.writeUTF(value.currency().getCurrencyCode());
            out.writeLong(value.customers());
            out.writeInt(value.revenue().size());
            for (ExactMoney month : value.revenue()) {
                Parts.writeRational(month.minorUnits(), out);
            }
        }

        @Override
        public CohortLtv read(DataInput in) throws IOException {
            Currency currency = Money.currency(in.readUTF());
            long customers = in.readLong();
            int months = in.readInt();
            List<ExactMoney> revenue = new ArrayList<>(months);
            for (int k = 0; k < months; k++) {
                revenue.add(ExactMoney.ofMinor(currency, Parts.readRational(in)));
            }
            return new CohortLtv(currency, customers, revenue);
        }
    };

    /** A spend summary: total, paid, and the sums per category and per channel. */
    static final ExactCodec<SpendSummary> SPEND_SUMMARY = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SpendSummary value, DataOutput out) throws IOException {
            Parts.writeExactMoney(value.total(), out);
            Parts.writeExactMoney(value.paid(), out);
            out.writeInt(value.byCategory().size());
            for (Map.Entry<SpendCategory, ExactMoney> e : value.byCategory().entrySet()) {
                out.writeUTF(e.getKey().name());
                Parts.writeExactMoney(e.getValue(), out);
            }
            out.writeInt(value.byChannel().size());
            for (Map.Entry<String, ExactMoney> e : value.byChannel().entrySet()) {
                Parts.writeText(e.getKey(), out);
                Parts.writeExactMoney(e.getValue(), out);
            }
        }

        @Override
        public SpendSummary read(DataInput in) throws IOException {
            ExactMoney total = Parts.readExactMoney(in);
            ExactMoney paid = Parts.readExactMoney(in);
            int categories = in.readInt();
            SortedMap<SpendCategory, ExactMoney> byCategory = new TreeMap<>();
            for (int i = 0; i < categories; i++) {
                SpendCategory category = SpendCategory.valueOf(in.readUTF());
                byCategory.put(category, Parts.readExactMoney(in));
            }
            int channels = in.readInt();
            SortedMap<String, ExactMoney> byChannel = new TreeMap<>();
            for (int i = 0; i < channels; i++) {
                String channel = Parts.readText(in);
                byChannel.put(channel, Parts.readExactMoney(in));
            }
            return new SpendSummary(total, paid, byCategory, byChannel);
        }
    };

    /** The summable parts of unit economics: payback, magic number, ARPA, each month's churn ratio. */
    static final ExactCodec<EconomicsParts> PARTS = new ExactCodec<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(EconomicsParts value, DataOutput out) throws IOException {
            CAC_PAYBACK.write(value.payback(), out);
            MAGIC_NUMBER.write(value.magicNumber(), out);
            Parts.writeExactMoney(value.arpa().total(), out);
            out.writeLong(value.arpa().count());
            out.writeInt(value.churn().size());
            for (Ratio month : value.churn()) {
                Parts.writeRatio(month, out);
            }
        }

        @Override
        public EconomicsParts read(DataInput in) throws IOException {
            CacPayback payback = CAC_PAYBACK.read(in);
            MagicNumber magic = MAGIC_NUMBER.read(in);
            ExactMoney mrr = Parts.readExactMoney(in);
            MoneyAverage arpa = new MoneyAverage(mrr, in.readLong());
            int months = in.readInt();
            List<Ratio> churn = new ArrayList<>(months);
            for (int i = 0; i < months; i++) {
                churn.add(Parts.readRatio(in));
            }
            return new EconomicsParts(payback, magic, arpa, churn);
        }
    };

    private EconomicsCodecs() {
    }
}
