package io.github.revops.json.contract;

import io.github.revops.economics.Acquisition;
import io.github.revops.economics.Acquisitions;
import io.github.revops.economics.Cac;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CacReport;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.FormulaLtv;
import io.github.revops.economics.LtvToCac;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.NewCustomerSource;
import io.github.revops.economics.SpendSummary;
import io.github.revops.economics.TrailingChurn;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.github.revops.json.contract.BasicValues.CURRENCY;
import static io.github.revops.json.contract.BasicValues.TEXT;
import static io.github.revops.json.contract.BasicValues.exactMoney;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Random unit-economics values, each in one currency: CAC, payback, LTV, magic number, reports and inputs. */
public final class EconomicsValues {

    public static final Gen<Acquisition> ACQUISITION = in -> acquisition(in, TEXT.generate(in));

    public static final Gen<Acquisitions> ACQUISITIONS = in -> Acquisitions.of(
            DomainValues.unique(in, 5, EconomicsValues::acquisition));

    public static final Gen<Cac> CAC = in -> cac(in, CURRENCY.generate(in));

    public static final Gen<CacPayback> CAC_PAYBACK = in -> payback(in, CURRENCY.generate(in));

    public static final Gen<SpendSummary> SPEND_SUMMARY = in -> spendSummary(in, CURRENCY.generate(in));

    public static final Gen<CacReport> CAC_REPORT = in -> cacReport(in, CURRENCY.generate(in));

    public static final Gen<CohortLtv> COHORT_LTV = in -> {
        Currency currency = CURRENCY.generate(in);
        long customers = longs().between(0, 500).generate(in);
        List<ExactMoney> revenue = new ArrayList<>();
        int months = integers().between(1, 13).generate(in);
        for (int i = 0; i < months; i++) {
            revenue.add(customers == 0 ? ExactMoney.zero(currency) : exactMoney(in, currency, true));
        }
        return new CohortLtv(currency, customers, revenue);
    };

    public static final Gen<EconomicsOptions> ECONOMICS_OPTIONS = in -> new EconomicsOptions(
            integers().between(0, 12).generate(in), enumValues(NewCustomerSource.class).generate(in),
            BasicValues.FRACTION.generate(in), integers().between(1, 24).generate(in));

    public static final Gen<EconomicsInput> ECONOMICS_INPUT = in -> {
        Currency currency = CURRENCY.generate(in);
        Map<String, String> channels = BasicValues.attributes(in, 3);
        return new EconomicsInput(DomainValues.unique(in, 3, (r, id) -> DomainValues.spend(r, currency, id)),
                DomainValues.unique(in, 3, (r, id) -> DomainValues.subscription(r, currency, id)),
                DomainValues.unique(in, 3, (r, id) -> DomainValues.deal(r, currency, id)), channels,
                ACQUISITIONS.generate(in));
    };

    public static final Gen<FormulaLtv> FORMULA_LTV = in -> formulaLtv(in, CURRENCY.generate(in));

    public static final Gen<LtvToCac> LTV_TO_CAC = in -> {
        Currency currency = CURRENCY.generate(in);
        return new LtvToCac(formulaLtv(in, currency), cac(in, currency));
    };

    public static final Gen<MagicNumber> MAGIC_NUMBER = in -> magicNumber(in, CURRENCY.generate(in));

    public static final Gen<TrailingChurn> TRAILING_CHURN = in -> new TrailingChurn(
            BasicValues.some(in, BasicValues.RATIO, 12));

    public static final Gen<UnitEconomics> UNIT_ECONOMICS = in -> {
        Currency currency = CURRENCY.generate(in);
        Period period = BasicValues.PERIOD.generate(in);
        List<TimeSeries.Point<Ratio>> churn = new ArrayList<>();
        for (Period month : period.split(Granularity.MONTH)) {
            churn.add(new TimeSeries.Point<>(month, BasicValues.RATIO.generate(in)));
        }
        return new UnitEconomics(period, ECONOMICS_OPTIONS.generate(in), cacReport(in, currency),
                payback(in, currency), BasicValues.PERIOD.generate(in), magicNumber(in, currency),
                new TimeSeries<>(churn), formulaLtv(in, currency));
    };

    private EconomicsValues() {
    }

    static Acquisition acquisition(RandomnessSource in, String customerId) {
        Optional<String> channel = booleans().all().generate(in) ? Optional.empty() : Optional.of(TEXT.generate(in));
        return new Acquisition(customerId, BasicValues.DATE.generate(in), channel);
    }

    public static Cac cac(RandomnessSource in, Currency currency) {
        return Cac.of(exactMoney(in, currency, true), longs().between(0, 1000).generate(in));
    }

    static CacPayback payback(RandomnessSource in, Currency currency) {
        return CacPayback.of(cac(in, currency), BasicValues.moneyAverage(in, currency),
                BasicValues.FRACTION.generate(in));
    }

    static SpendSummary spendSummary(RandomnessSource in, Currency currency) {
        SortedMap<SpendCategory, ExactMoney> categories = new TreeMap<>();
        for (SpendCategory category : SpendCategory.values()) {
            if (booleans().all().generate(in)) {
                categories.put(category, exactMoney(in, currency, true));
            }
        }
        SortedMap<String, ExactMoney> channels = new TreeMap<>();
        for (String channel : BasicValues.some(in, TEXT, 3)) {
            channels.put(channel, exactMoney(in, currency, true));
        }
        return new SpendSummary(exactMoney(in, currency, true), exactMoney(in, currency, true), categories,
                channels);
    }

    static CacReport cacReport(RandomnessSource in, Currency currency) {
        Map<String, Cac> channels = new TreeMap<>();
        for (String channel : BasicValues.some(in, TEXT, 3)) {
            channels.put(channel, cac(in, currency));
        }
        Breakdown<String, Cac> byChannel = Breakdown.of(channels, Comparator.naturalOrder(), Cac.empty(currency));
        return new CacReport(BasicValues.PERIOD.generate(in), BasicValues.PERIOD.generate(in),
                spendSummary(in, currency), BasicValues.some(in, ACQUISITION, 4), cac(in, currency),
                cac(in, currency), byChannel);
    }

    static FormulaLtv formulaLtv(RandomnessSource in, Currency currency) {
        return FormulaLtv.of(BasicValues.moneyAverage(in, currency), BasicValues.FRACTION.generate(in),
                BasicValues.RATIO.generate(in));
    }

    static MagicNumber magicNumber(RandomnessSource in, Currency currency) {
        return MagicNumber.of(exactMoney(in, currency, false), exactMoney(in, currency, true));
    }
}
