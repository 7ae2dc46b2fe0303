package io.github.revops.json.contract;

import io.github.revops.domain.DealType;
import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.ChurnDenominator;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.ChurnRecognition;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.ConversionDeadline;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.Movement;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.SamePeriodJoiners;
import io.github.revops.recurring.TrialCohort;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.github.revops.json.contract.BasicValues.CURRENCY;
import static io.github.revops.json.contract.BasicValues.DATE;
import static io.github.revops.json.contract.BasicValues.PERIOD;
import static io.github.revops.json.contract.BasicValues.TEXT;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Random recurring-revenue results, each valid: bridges that add up, sorted customer ids, cohorts in time order. */
public final class RecurringValues {

    public static final Gen<ChurnPolicy> CHURN_POLICY = in -> new ChurnPolicy(
            enumValues(ChurnDenominator.class).generate(in), enumValues(SamePeriodJoiners.class).generate(in),
            enumValues(ChurnRecognition.class).generate(in));

    public static final Gen<MrrTotal> MRR_TOTAL = in -> new MrrTotal(DATE.generate(in),
            BasicValues.exactMoney(in, CURRENCY.generate(in), true));

    public static final Gen<MrrSnapshot> MRR_SNAPSHOT = in -> {
        Currency currency = CURRENCY.generate(in);
        TreeMap<String, ExactMoney> byCustomer = new TreeMap<>();
        for (String customer : ids(in, 6)) {
            byCustomer.put(customer, booleans().all().generate(in) ? ExactMoney.zero(currency)
                    : BasicValues.exactMoney(in, currency, true));
        }
        return new MrrSnapshot(DATE.generate(in), currency, byCustomer);
    };

    public static final Gen<Movement> MOVEMENT = in -> movement(in, CURRENCY.generate(in));

    public static final Gen<MrrBridge> MRR_BRIDGE = in -> {
        Currency currency = CURRENCY.generate(in);
        ExactMoney start = BasicValues.exactMoney(in, currency, true);
        ExactMoney fx = BasicValues.exactMoney(in, currency, false);
        Movement added = movement(in, currency);
        Movement expansion = movement(in, currency);
        Movement reactivation = movement(in, currency);
        Movement contraction = movement(in, currency);
        Movement churn = movement(in, currency);
        ExactMoney end = start.plus(fx).plus(added.mrr()).plus(expansion.mrr()).plus(reactivation.mrr())
                .minus(contraction.mrr()).minus(churn.mrr());
        return new MrrBridge(PERIOD.generate(in), currency, start, end, longs().between(0, 10_000).generate(in),
                longs().between(0, 10_000).generate(in), added, expansion, reactivation, contraction, churn, fx);
    };

    public static final Gen<LogoChurn> LOGO_CHURN = in -> {
        List<String> churned = ids(in, 5);
        return new LogoChurn(PERIOD.generate(in), CHURN_POLICY.generate(in),
                churned.size() + longs().between(0, 10_000).generate(in), churned,
                longs().between(0, 10_000).generate(in), ids(in, 5));
    };

    public static final Gen<TrialPolicy> TRIAL_POLICY = in -> new TrialPolicy(
            enumValues(TrialCohort.class).generate(in), enumValues(ConversionDeadline.class).generate(in));

    public static final Gen<TrialConversion> TRIAL_CONVERSION = in -> {
        Currency currency = CURRENCY.generate(in);
        DayHistogram days = BasicValues.DAY_HISTOGRAM.generate(in);
        ExactMoney mrr = days.count() == 0 ? ExactMoney.zero(currency) : BasicValues.exactMoney(in, currency, true);
        return new TrialConversion(PERIOD.generate(in), TRIAL_POLICY.generate(in),
                days.count() + longs().between(0, 10_000).generate(in), days, mrr);
    };

    public static final Gen<Renewals> RENEWALS = in -> {
        Currency currency = CURRENCY.generate(in);
        List<String> up = ids(in, 6);
        List<String> renewed = up.stream().filter(id -> booleans().all().generate(in)).toList();
        return new Renewals(PERIOD.generate(in), integers().between(0, 90).generate(in), currency, up, renewed,
                BasicValues.exactMoney(in, currency, true), BasicValues.exactMoney(in, currency, true));
    };

    public static final Gen<DealOutcomes> DEAL_OUTCOMES = in -> {
        Currency currency = CURRENCY.generate(in);
        return new DealOutcomes(PERIOD.generate(in), enumValues(DealType.class).generate(in), currency,
                longs().between(0, 10_000).generate(in), longs().between(0, 10_000).generate(in),
                BasicValues.exactMoney(in, currency, true), BasicValues.exactMoney(in, currency, true));
    };

    public static final Gen<CohortTable.Cell> COHORT_CELL = in -> cell(in, PERIOD.generate(in),
            CURRENCY.generate(in), 10_000);

    public static final Gen<CohortTable.Cohort> COHORT = in -> cohort(in, Period.month(2026, 1),
            CURRENCY.generate(in));

    public static final Gen<CohortTable> COHORT_TABLE = in -> {
        Currency currency = CURRENCY.generate(in);
        int months = integers().between(0, 4).generate(in);
        Period first = Period.month(DATE.generate(in).getYear(), 1);
        List<CohortTable.Cohort> cohorts = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            cohorts.add(cohort(in, Period.month(first.start().getYear(), m + 1), currency));
        }
        return new CohortTable(Period.of(first.start(), first.start().plusMonths(Math.max(months, 1))), cohorts);
    };

    private RecurringValues() {
    }

    /** Up to {@code most} customer ids, sorted, each once. */
    static List<String> ids(RandomnessSource in, int most) {
        SortedSet<String> ids = new TreeSet<>(BasicValues.some(in, TEXT, most));
        return List.copyOf(ids);
    }

    static Movement movement(RandomnessSource in, Currency currency) {
        return new Movement(BasicValues.exactMoney(in, currency, true), ids(in, 4));
    }

    private static CohortTable.Cell cell(RandomnessSource in, Period period, Currency currency, long most) {
        return new CohortTable.Cell(period, longs().between(0, most).generate(in),
                BasicValues.exactMoney(in, currency, true));
    }

    /** A cohort acquired in a month, with a column per following month (up to four). */
    private static CohortTable.Cohort cohort(RandomnessSource in, Period acquired, Currency currency) {
        long customers = longs().between(0, 10_000).generate(in);
        List<CohortTable.Cell> cells = new ArrayList<>();
        LocalDate start = acquired.start();
        int columns = integers().between(0, 4).generate(in);
        for (int k = 0; k < columns; k++) {
            cells.add(cell(in, Period.of(start.plusMonths(k), start.plusMonths(k + 1)), currency, customers));
        }
        return new CohortTable.Cohort(acquired, customers, BasicValues.exactMoney(in, currency, true), cells);
    }
}
