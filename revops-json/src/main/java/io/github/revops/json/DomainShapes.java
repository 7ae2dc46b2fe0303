package io.github.revops.json;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Contact;
import io.github.revops.domain.Customer;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.StageEntry;
import io.github.revops.domain.Subscription;

import java.util.Map;

/**
 * The shapes of the domain records: each an object of its components, under their names. An optional date or
 * category is null when absent; segments and stage dates are objects; a stage history is an array.
 */
final class DomainShapes {

    static final Codec<DealType> DEAL_TYPE = Scalars.enumeration(DealType.class);
    static final Codec<DealStatus> DEAL_STATUS = Scalars.enumeration(DealStatus.class);
    static final Codec<ForecastCategory> FORECAST_CATEGORY = Scalars.enumeration(ForecastCategory.class);
    static final Codec<SpendCategory> SPEND_CATEGORY = Scalars.enumeration(SpendCategory.class);

    private static final Codec<Map<String, String>> SEGMENTS = Containers.textMap(Scalars.STRING);

    static final Codec<StageEntry> STAGE_ENTRY = ObjectCodec.of("StageEntry",
            (e, out) -> out.put("stage", Scalars.STRING, e.stage()).put("entered", Scalars.DATE, e.entered()),
            in -> StageEntry.of(in.text("stage"), in.get("entered", Scalars.DATE)));

    static final Codec<Deal> DEAL = ObjectCodec.of("Deal",
            (d, out) -> out.put("id", Scalars.STRING, d.id())
                    .put("customerId", Scalars.STRING, d.customerId())
                    .put("owner", Scalars.STRING, d.owner())
                    .put("source", Scalars.STRING, d.source())
                    .put("type", DEAL_TYPE, d.type())
                    .put("amount", BasicShapes.MONEY, d.amount())
                    .put("createdDate", Scalars.DATE, d.createdDate())
                    .put("status", DEAL_STATUS, d.status())
                    .put("closeDate", Containers.optional(Scalars.DATE), d.closeDate())
                    .put("stageHistory", Containers.list(STAGE_ENTRY), d.stageHistory())
                    .put("forecastCategory", Containers.optional(FORECAST_CATEGORY), d.forecastCategory())
                    .put("segments", SEGMENTS, d.segments()),
            in -> new Deal(in.text("id"), in.text("customerId"), in.text("owner"), in.text("source"),
                    in.get("type", DEAL_TYPE), in.get("amount", BasicShapes.MONEY), in.get("createdDate", Scalars.DATE),
                    in.get("status", DEAL_STATUS), in.get("closeDate", Containers.optional(Scalars.DATE)),
                    in.get("stageHistory", Containers.list(STAGE_ENTRY)),
                    in.get("forecastCategory", Containers.optional(FORECAST_CATEGORY)), in.get("segments", SEGMENTS)));

    static final Codec<Subscription> SUBSCRIPTION = ObjectCodec.of("Subscription",
            (s, out) -> out.put("id", Scalars.STRING, s.id())
                    .put("customerId", Scalars.STRING, s.customerId())
                    .put("amount", BasicShapes.MONEY, s.amount())
                    .put("interval", Scalars.BILLING_INTERVAL, s.interval())
                    .put("startDate", Scalars.DATE, s.startDate())
                    .put("endDate", Containers.optional(Scalars.DATE), s.endDate())
                    .put("trial", Scalars.BOOLEAN, s.trial())
                    .put("cancellationDate", Containers.optional(Scalars.DATE), s.cancellationDate()),
            in -> new Subscription(in.text("id"), in.text("customerId"), in.get("amount", BasicShapes.MONEY),
                    in.get("interval", Scalars.BILLING_INTERVAL), in.get("startDate", Scalars.DATE),
                    in.get("endDate", Containers.optional(Scalars.DATE)), in.get("trial", Scalars.BOOLEAN),
                    in.get("cancellationDate", Containers.optional(Scalars.DATE))));

    static final Codec<Contact> CONTACT = ObjectCodec.of("Contact",
            (c, out) -> out.put("id", Scalars.STRING, c.id())
                    .put("owner", Scalars.STRING, c.owner())
                    .put("source", Scalars.STRING, c.source())
                    .put("stageDates", Containers.textMap(Scalars.DATE), c.stageDates())
                    .put("segments", SEGMENTS, c.segments()),
            in -> new Contact(in.text("id"), in.text("owner"), in.text("source"),
                    in.get("stageDates", Containers.textMap(Scalars.DATE)), in.get("segments", SEGMENTS)));

    static final Codec<Customer> CUSTOMER = ObjectCodec.of("Customer",
            (c, out) -> out.put("id", Scalars.STRING, c.id()).put("segments", SEGMENTS, c.segments()),
            in -> Customer.of(in.text("id"), in.get("segments", SEGMENTS)));

    static final Codec<Spend> SPEND = ObjectCodec.of("Spend",
            (s, out) -> out.put("id", Scalars.STRING, s.id())
                    .put("incurred", Scalars.PERIOD, s.incurred())
                    .put("amount", BasicShapes.MONEY, s.amount())
                    .put("category", SPEND_CATEGORY, s.category())
                    .put("channel", Scalars.STRING, s.channel())
                    .put("paid", Scalars.BOOLEAN, s.paid()),
            in -> new Spend(in.text("id"), in.get("incurred", Scalars.PERIOD), in.get("amount", BasicShapes.MONEY),
                    in.get("category", SPEND_CATEGORY), in.text("channel"), in.get("paid", Scalars.BOOLEAN)));

    static final Codec<ForecastSubmission> FORECAST_SUBMISSION = ObjectCodec.of("ForecastSubmission",
            (f, out) -> out.put("id", Scalars.STRING, f.id())
                    .put("submitter", Scalars.STRING, f.submitter())
                    .put("period", Scalars.PERIOD, f.period())
                    .put("submittedDate", Scalars.DATE, f.submittedDate())
                    .put("category", FORECAST_CATEGORY, f.category())
                    .put("amount", BasicShapes.MONEY, f.amount()),
            in -> new ForecastSubmission(in.text("id"), in.text("submitter"), in.get("period", Scalars.PERIOD),
                    in.get("submittedDate", Scalars.DATE), in.get("category", FORECAST_CATEGORY),
                    in.get("amount", BasicShapes.MONEY)));

    private DomainShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(BillingInterval.class, Scalars.BILLING_INTERVAL);
        shapes.put(DealType.class, DEAL_TYPE);
        shapes.put(DealStatus.class, DEAL_STATUS);
        shapes.put(ForecastCategory.class, FORECAST_CATEGORY);
        shapes.put(SpendCategory.class, SPEND_CATEGORY);
        shapes.put(StageEntry.class, STAGE_ENTRY);
        shapes.put(Deal.class, DEAL);
        shapes.put(Subscription.class, SUBSCRIPTION);
        shapes.put(Contact.class, CONTACT);
        shapes.put(Customer.class, CUSTOMER);
        shapes.put(Spend.class, SPEND);
        shapes.put(ForecastSubmission.class, FORECAST_SUBMISSION);
    }
}
