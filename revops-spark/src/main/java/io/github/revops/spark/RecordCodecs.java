package io.github.revops.spark;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Contact;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.StageEntry;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The codecs of the core records: every component, decoded through the record's validating constructor. */
final class RecordCodecs {

    private RecordCodecs() {
    }

    /** Every component of a {@link Contact}: its stage dates in stage-name order. */
    static final class ContactCodec implements ExactCodec<Contact> {

        private static final long serialVersionUID = 1L;

        @Override
        public void write(Contact contact, DataOutput out) throws IOException {
            Parts.writeText(contact.id(), out);
            Parts.writeText(contact.owner(), out);
            Parts.writeText(contact.source(), out);
            out.writeInt(contact.stageDates().size());
            for (Map.Entry<String, LocalDate> entry : new TreeMap<>(contact.stageDates()).entrySet()) {
                Parts.writeText(entry.getKey(), out);
                Parts.writeDate(entry.getValue(), out);
            }
            writeAttributes(contact.segments(), out);
        }

        @Override
        public Contact read(DataInput in) throws IOException {
            String id = Parts.readText(in);
            String owner = Parts.readText(in);
            String source = Parts.readText(in);
            int size = in.readInt();
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String stage = Parts.readText(in);
                dates.put(stage, Parts.readDate(in));
            }
            return new Contact(id, owner, source, dates, readAttributes(in));
        }
    }

    /** Every component of a {@link Deal}. */
    static final class DealCodec implements ExactCodec<Deal> {

        private static final long serialVersionUID = 1L;

        @Override
        public void write(Deal deal, DataOutput out) throws IOException {
            Parts.writeText(deal.id(), out);
            Parts.writeText(deal.customerId(), out);
            Parts.writeText(deal.owner(), out);
            Parts.writeText(deal.source(), out);
            Parts.writeText(deal.type().name(), out);
            Parts.writeMoney(deal.amount(), out);
            Parts.writeDate(deal.createdDate(), out);
            Parts.writeText(deal.status().name(), out);
            Parts.writeOptional(deal.closeDate(), out, Parts::writeDate);
            out.writeInt(deal.stageHistory().size());
            for (StageEntry entry : deal.stageHistory()) {
                Parts.writeText(entry.stage(), out);
                Parts.writeDate(entry.entered(), out);
            }
            Parts.writeOptional(deal.forecastCategory(), out, (category, o) -> Parts.writeText(category.name(), o));
            writeAttributes(deal.segments(), out);
        }

        @Override
        public Deal read(DataInput in) throws IOException {
            String id = Parts.readText(in);
            String customerId = Parts.readText(in);
            String owner = Parts.readText(in);
            String source = Parts.readText(in);
            DealType type = DealType.valueOf(Parts.readText(in));
            Money amount = Parts.readMoney(in);
            LocalDate created = Parts.readDate(in);
            DealStatus status = DealStatus.valueOf(Parts.readText(in));
            Optional<LocalDate> closeDate = Parts.readOptional(in, Parts::readDate);
            int stages = in.readInt();
            List<StageEntry> history = new ArrayList<>(stages);
            for (int i = 0; i < stages; i++) {
                String stage = Parts.readText(in);
                history.add(StageEntry.of(stage, Parts.readDate(in)));
            }
            Optional<ForecastCategory> category =
                    Parts.readOptional(in, i -> ForecastCategory.valueOf(Parts.readText(i)));
            Map<String, String> segments = readAttributes(in);
            return new Deal(id, customerId, owner, source, type, amount, created, status, closeDate, history,
                    category, segments);
        }
    }

    /** Every component of a {@link Subscription}. */
    static final class SubscriptionCodec implements ExactCodec<Subscription> {

        private static final long serialVersionUID = 1L;

        @Override
        public void write(Subscription subscription, DataOutput out) throws IOException {
            Parts.writeText(subscription.id(), out);
            Parts.writeText(subscription.customerId(), out);
            Parts.writeMoney(subscription.amount(), out);
            Parts.writeText(subscription.interval().toString(), out);
            Parts.writeDate(subscription.startDate(), out);
            Parts.writeOptional(subscription.endDate(), out, Parts::writeDate);
            out.writeBoolean(subscription.trial());
            Parts.writeOptional(subscription.cancellationDate(), out, Parts::writeDate);
        }

        @Override
        public Subscription read(DataInput in) throws IOException {
            String id = Parts.readText(in);
            String customerId = Parts.readText(in);
            Money amount = Parts.readMoney(in);
            BillingInterval interval = BillingInterval.parse(Parts.readText(in));
            LocalDate start = Parts.readDate(in);
            Optional<LocalDate> end = Parts.readOptional(in, Parts::readDate);
            boolean trial = in.readBoolean();
            Optional<LocalDate> cancelled = Parts.readOptional(in, Parts::readDate);
            return new Subscription(id, customerId, amount, interval, start, end, trial, cancelled);
        }
    }

    private static void writeAttributes(Map<String, String> attributes, DataOutput out) throws IOException {
        out.writeInt(attributes.size());
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            Parts.writeText(e.getKey(), out);
            Parts.writeText(e.getValue(), out);
        }
    }

    private static Map<String, String> readAttributes(DataInput in) throws IOException {
        int size = in.readInt();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String key = Parts.readText(in);
            attributes.put(key, Parts.readText(in));
        }
        return attributes;
    }
}
