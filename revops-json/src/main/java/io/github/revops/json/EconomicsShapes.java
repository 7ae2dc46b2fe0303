package io.github.revops.json;

import io.github.revops.economics.Acquisition;
import io.github.revops.economics.Acquisitions;
import io.github.revops.economics.Cac;
import io.github.revops.economics.CacBasis;
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

import java.util.Map;

/** The shapes of unit economics: CAC, payback, LTV, magic number, their inputs, options and reports. */
final class EconomicsShapes {

    private static final Codec<NewCustomerSource> NEW_CUSTOMER_SOURCE =
            Scalars.enumeration(NewCustomerSource.class);
    private static final Codec<ExactMoney> MONEY = BasicShapes.EXACT_MONEY;

    static final Codec<Acquisition> ACQUISITION = ObjectCodec.of("Acquisition",
            (a, out) -> out.put("customerId", Scalars.STRING, a.customerId()).put("date", Scalars.DATE, a.date())
                    .put("channel", Containers.optional(Scalars.STRING), a.channel()),
            in -> new Acquisition(in.text("customerId"), in.get("date", Scalars.DATE),
                    in.get("channel", Containers.optional(Scalars.STRING))));

    /** The acquisitions as an array, in date order then customer id; left out, none. */
    static final Codec<Acquisitions> ACQUISITIONS = Containers.mapped("an array of Acquisition objects",
            Containers.list(ACQUISITION), Acquisitions::all, Acquisitions::of);

    static final Codec<Cac> CAC = ObjectCodec.of("Cac",
            (c, out) -> out.put("spend", MONEY, c.spend()).put("newCustomers", Scalars.LONG, c.newCustomers())
                    .derived("value", Containers.optional(MONEY), c.value()),
            in -> Cac.of(in.get("spend", MONEY), in.whole("newCustomers")))
            .combining(sample -> Cac.empty(sample.currency()));

    static final Codec<CacPayback> CAC_PAYBACK = ObjectCodec.of("CacPayback",
            (p, out) -> out.put("cac", CAC, p.cac())
                    .put("newMrrPerNewCustomer", BasicShapes.MONEY_AVERAGE, p.newMrrPerNewCustomer())
                    .put("grossMargin", Scalars.RATIONAL, p.grossMargin())
                    .derived("months", Containers.optional(Scalars.RATIONAL), p.months()),
            in -> CacPayback.of(in.get("cac", CAC), in.get("newMrrPerNewCustomer", BasicShapes.MONEY_AVERAGE),
                    in.get("grossMargin", Scalars.RATIONAL)))
            .combining(sample -> CacPayback.empty(sample.cac().currency(), sample.grossMargin()));

    static final Codec<SpendSummary> SPEND_SUMMARY = ObjectCodec.of("SpendSummary",
            (s, out) -> out.put("total", MONEY, s.total()).put("paid", MONEY, s.paid())
                    .put("byCategory", Containers.enumMap(SpendCategory.class, MONEY), s.byCategory())
                    .put("byChannel", Containers.stringMap(MONEY), s.byChannel()),
            in -> new SpendSummary(in.get("total", MONEY), in.get("paid", MONEY),
                    in.get("byCategory", Containers.<SpendCategory, ExactMoney>enumMap(SpendCategory.class, MONEY)),
                    in.get("byChannel", Containers.stringMap(MONEY))))
            .combining(sample -> SpendSummary.empty(sample.currency()));

    static final Codec<CacReport> CAC_REPORT = ObjectCodec.of("CacReport",
            (r, out) -> out.put("period", Scalars.PERIOD, r.period())
                    .put("spendPeriod", Scalars.PERIOD, r.spendPeriod())
                    .put("spend", SPEND_SUMMARY, r.spend())
                    .put("newCustomers", Containers.list(ACQUISITION), r.newCustomers())
                    .put("blended", CAC, r.blended())
                    .put("paid", CAC, r.paid())
                    .put("byChannel", GroupShapes.breakdown(Scalars.STRING, CAC), r.byChannel()),
            in -> new CacReport(in.get("period", Scalars.PERIOD), in.get("spendPeriod", Scalars.PERIOD),
                    in.get("spend", SPEND_SUMMARY), in.get("newCustomers", Containers.list(ACQUISITION)),
                    in.get("blended", CAC), in.get("paid", CAC),
                    in.get("byChannel", GroupShapes.breakdown(Scalars.STRING, CAC))));

    static final Codec<CohortLtv> COHORT_LTV = ObjectCodec.of("CohortLtv",
            (c, out) -> out.put("currency", Scalars.CURRENCY, c.currency())
                    .put("customers", Scalars.LONG, c.customers())
                    .put("revenue", Containers.list(MONEY), c.revenue())
                    .derived("cumulative", Containers.list(BasicShapes.MONEY_AVERAGE), c.cumulative()),
            in -> new CohortLtv(in.get("currency", Scalars.CURRENCY), in.whole("customers"),
                    in.get("revenue", Containers.list(MONEY))))
            .combining(sample -> CohortLtv.empty(sample.currency(), sample.revenue().size()));

    static final Codec<EconomicsOptions> ECONOMICS_OPTIONS = ObjectCodec.of("EconomicsOptions",
            (o, out) -> out.put("lagMonths", Scalars.INT, o.lagMonths())
                    .put("newCustomers", NEW_CUSTOMER_SOURCE, o.newCustomers())
                    .put("grossMargin", Scalars.RATIONAL, o.grossMargin())
                    .put("churnWindowMonths", Scalars.INT, o.churnWindowMonths()),
            in -> new EconomicsOptions(in.wholeInt("lagMonths"), in.get("newCustomers", NEW_CUSTOMER_SOURCE),
                    in.get("grossMargin", Scalars.RATIONAL), in.wholeInt("churnWindowMonths")));

    static final Codec<EconomicsInput> ECONOMICS_INPUT = ObjectCodec.of("EconomicsInput",
            (i, out) -> out.put("spend", Containers.list(DomainShapes.SPEND), i.spend())
                    .put("subscriptions", Containers.list(DomainShapes.SUBSCRIPTION), i.subscriptions())
                    .put("deals", Containers.list(DomainShapes.DEAL), i.deals())
                    .put("customerChannels", Containers.textMap(Scalars.STRING), i.customerChannels())
                    .put("acquisitions", ACQUISITIONS, i.acquisitions()),
            in -> new EconomicsInput(in.get("spend", Containers.list(DomainShapes.SPEND)),
                    in.get("subscriptions", Containers.list(DomainShapes.SUBSCRIPTION)),
                    in.get("deals", Containers.list(DomainShapes.DEAL)),
                    in.get("customerChannels", Containers.textMap(Scalars.STRING)),
                    in.get("acquisitions", ACQUISITIONS)));

    static final Codec<FormulaLtv> FORMULA_LTV = ObjectCodec.of("FormulaLtv",
            (l, out) -> out.put("arpa", BasicShapes.MONEY_AVERAGE, l.arpa())
                    .put("grossMargin", Scalars.RATIONAL, l.grossMargin())
                    .put("churn", BasicShapes.RATIO, l.churn())
                    .derived("value", Containers.optional(MONEY), l.value()),
            in -> FormulaLtv.of(in.get("arpa", BasicShapes.MONEY_AVERAGE), in.get("grossMargin", Scalars.RATIONAL),
                    in.get("churn", BasicShapes.RATIO)));

    static final Codec<LtvToCac> LTV_TO_CAC = ObjectCodec.of("LtvToCac",
            (r, out) -> out.put("ltv", FORMULA_LTV, r.ltv()).put("cac", CAC, r.cac())
                    .derived("value", Containers.optional(Scalars.RATIONAL), r.value()),
            in -> new LtvToCac(in.get("ltv", FORMULA_LTV), in.get("cac", CAC)));

    static final Codec<MagicNumber> MAGIC_NUMBER = ObjectCodec.of("MagicNumber",
            (m, out) -> out.put("netNewArr", MONEY, m.netNewArr())
                    .put("previousPeriodSpend", MONEY, m.previousPeriodSpend())
                    .derived("ratio", BasicShapes.RATIO, m.ratio()),
            in -> MagicNumber.of(in.get("netNewArr", MONEY), in.get("previousPeriodSpend", MONEY)))
            .combining(sample -> MagicNumber.empty(sample.netNewArr().currency()));

    static final Codec<TrailingChurn> TRAILING_CHURN = ObjectCodec.of("TrailingChurn",
            (t, out) -> out.put("months", Containers.list(BasicShapes.RATIO), t.months())
                    .derived("mean", BasicShapes.RATIO, t.mean()),
            in -> new TrailingChurn(in.get("months", Containers.list(BasicShapes.RATIO))));

    static final Codec<UnitEconomics> UNIT_ECONOMICS = ObjectCodec.of("UnitEconomics",
            (u, out) -> out.put("period", Scalars.PERIOD, u.period())
                    .put("options", ECONOMICS_OPTIONS, u.options())
                    .put("cac", CAC_REPORT, u.cac())
                    .put("payback", CAC_PAYBACK, u.payback())
                    .put("previousPeriod", Scalars.PERIOD, u.previousPeriod())
                    .put("magicNumber", MAGIC_NUMBER, u.magicNumber())
                    .put("monthlyLogoChurn", GroupShapes.timeSeries(BasicShapes.RATIO), u.monthlyLogoChurn())
                    .put("ltv", FORMULA_LTV, u.ltv())
                    .derived("ltvToCac", Containers.optional(Scalars.RATIONAL), u.ltvToCac().value()),
            in -> new UnitEconomics(in.get("period", Scalars.PERIOD), in.get("options", ECONOMICS_OPTIONS),
                    in.get("cac", CAC_REPORT), in.get("payback", CAC_PAYBACK),
                    in.get("previousPeriod", Scalars.PERIOD), in.get("magicNumber", MAGIC_NUMBER),
                    in.get("monthlyLogoChurn", GroupShapes.timeSeries(BasicShapes.RATIO)),
                    in.get("ltv", FORMULA_LTV)));

    private EconomicsShapes() {
    }

    static void register(Map<Class<?>, Codec<?>> shapes) {
        shapes.put(CacBasis.class, Scalars.enumeration(CacBasis.class));
        shapes.put(NewCustomerSource.class, NEW_CUSTOMER_SOURCE);
        shapes.put(Acquisition.class, ACQUISITION);
        shapes.put(Acquisitions.class, ACQUISITIONS);
        shapes.put(Cac.class, CAC);
        shapes.put(CacPayback.class, CAC_PAYBACK);
        shapes.put(SpendSummary.class, SPEND_SUMMARY);
        shapes.put(CacReport.class, CAC_REPORT);
        shapes.put(CohortLtv.class, COHORT_LTV);
        shapes.put(EconomicsOptions.class, ECONOMICS_OPTIONS);
        shapes.put(EconomicsInput.class, ECONOMICS_INPUT);
        shapes.put(FormulaLtv.class, FORMULA_LTV);
        shapes.put(LtvToCac.class, LTV_TO_CAC);
        shapes.put(MagicNumber.class, MAGIC_NUMBER);
        shapes.put(TrailingChurn.class, TRAILING_CHURN);
        shapes.put(UnitEconomics.class, UNIT_ECONOMICS);
    }
}
