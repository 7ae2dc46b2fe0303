package io.github.revops.json.contract;

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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.github.revops.json.contract.BasicValues.DATE;
import static io.github.revops.json.contract.BasicValues.TEXT;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.Generate.pick;

/** Random domain records, each valid: dates in order, optional fields present or not, segments and histories. */
public final class DomainValues {

    public static final Gen<BillingInterval> BILLING_INTERVAL = in -> booleans().all().generate(in)
            ? pick(List.of(BillingInterval.MONTH, BillingInterval.QUARTER, BillingInterval.YEAR, BillingInterval.WEEK,
                    BillingInterval.DAY)).generate(in)
            : BillingInterval.everyMonths(integers().between(1, 60).generate(in));

    public static final Gen<StageEntry> STAGE_ENTRY = in -> StageEntry.of(TEXT.generate(in), DATE.generate(in));

    public static final Gen<Deal> DEAL = in -> deal(in, BasicValues.CURRENCY.generate(in), TEXT.generate(in));

    public static final Gen<Subscription> SUBSCRIPTION = in -> subscription(in, BasicValues.CURRENCY.generate(in),
            TEXT.generate(in));

    public static final Gen<Contact> CONTACT = in -> {
        Map<String, LocalDate> stages = new TreeMap<>();
        for (String stage : BasicValues.some(in, TEXT, 5)) {
            stages.put(stage, DATE.generate(in));
        }
        return new Contact(TEXT.generate(in), TEXT.generate(in), TEXT.generate(in), stages,
                BasicValues.attributes(in, 3));
    };

    public static final Gen<Customer> CUSTOMER = in -> Customer.of(TEXT.generate(in), BasicValues.attributes(in, 3));

    public static final Gen<Spend> SPEND = in -> spend(in, BasicValues.CURRENCY.generate(in), TEXT.generate(in));

    public static final Gen<ForecastSubmission> FORECAST_SUBMISSION = in -> submission(in,
            BasicValues.CURRENCY.generate(in), TEXT.generate(in));

    private DomainValues() {
    }

    public static Deal deal(RandomnessSource in, Currency currency, String id) {
        LocalDate created = DATE.generate(in);
        DealStatus status = enumValues(DealStatus.class).generate(in);
        Optional<LocalDate> closed = status == DealStatus.OPEN ? Optional.empty()
                : Optional.of(created.plusDays(integers().between(0, 900).generate(in)));
        List<StageEntry> history = new ArrayList<>();
        LocalDate entered = created;
        for (String stage : BasicValues.some(in, TEXT, 4)) {
            entered = entered.plusDays(integers().between(0, 60).generate(in));
            history.add(StageEntry.of(stage, entered));
        }
        Optional<ForecastCategory> category = booleans().all().generate(in) ? Optional.empty()
                : Optional.of(enumValues(ForecastCategory.class).generate(in));
        return new Deal(id, TEXT.generate(in), TEXT.generate(in), TEXT.generate(in),
                enumValues(DealType.class).generate(in), BasicValues.money(in, currency), created, status, closed,
                history, category, BasicValues.attributes(in, 3));
    }

    public static Subscription subscription(RandomnessSource in, Currency currency, String id) {
        LocalDate start = DATE.generate(in);
        Optional<LocalDate> end = booleans().all().generate(in) ? Optional.empty()
                : Optional.of(start.plusDays(integers().between(1, 2000).generate(in)));
        Optional<LocalDate> cancelled = end.isPresent() && booleans().all().generate(in)
                ? Optional.of(end.get().minusDays(integers().between(0, 90).generate(in))) : Optional.empty();
        return new Subscription(id, TEXT.generate(in), BasicValues.money(in, currency),
                BILLING_INTERVAL.generate(in), start, end, booleans().all().generate(in), cancelled);
    }

    public static Spend spend(RandomnessSource in, Currency currency, String id) {
        return new Spend(id, BasicValues.PERIOD.generate(in), BasicValues.money(in, currency),
                enumValues(SpendCategory.class).generate(in), TEXT.generate(in), booleans().all().generate(in));
    }

    public static ForecastSubmission submission(RandomnessSource in, Currency currency, String id) {
        return new ForecastSubmission(id, TEXT.generate(in), BasicValues.PERIOD.generate(in), DATE.generate(in),
                enumValues(ForecastCategory.class).generate(in), BasicValues.money(in, currency));
    }

    /** Records with distinct ids: "id-0", "id-1", ... after a random prefix. */
    public static <T> List<T> unique(RandomnessSource in, int most, Record<T> record) {
        String prefix = TEXT.generate(in);
        int size = integers().between(0, most).generate(in);
        List<T> records = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            records.add(record.of(in, prefix + "-" + i));
        }
        return records;
    }

    /** Makes one record with a given id. */
    @FunctionalInterface
    public interface Record<T> {
        T of(RandomnessSource in, String id);
    }
}
