package io.github.revops.spark;

import io.github.revops.domain.Contact;
import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Spark aggregators of the buyer funnel on a {@code Dataset<Contact>} ({@link RevopsEncoders#contact()}), each the
 * core metric's collector: period conversion, cohort conversion (exact days to convert, right-censored days) and
 * the lead velocity rate. They merge exactly on any split of the contacts, whole or per key.
 * <pre>{@code
 * PeriodConversion q1 = contacts.select(ContactAggregators.periodConversion(LifecycleStages.HUBSPOT,
 *         Period.quarter(2026, 1)).toColumn()).first();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContactAggregators {

    private ContactAggregators() {
    }

    /**
     * Returns the aggregator of {@link PeriodConversion#collector(LifecycleStages, Period)}.
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Contact, PeriodConversion> periodConversion(LifecycleStages stages,
                                                                               Period period) {
        List<String> names = stages.names();
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(PeriodConversion.class,
                () -> PeriodConversion.collector(LifecycleStages.of(names), Period.of(start, end)),
                FunnelCodecs.PERIOD_CONVERSION);
    }

    /**
     * Returns the aggregator of {@link CohortConversion#collector(LifecycleStages, Period, LocalDate)}.
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period in which a cohort reaches its stage, not null
     * @param asOf  the last day whose stage dates are seen, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Contact, CohortConversion> cohortConversion(LifecycleStages stages,
                                                                               Period period, LocalDate asOf) {
        List<String> names = stages.names();
        LocalDate start = period.start();
        LocalDate end = period.end();
        Objects.requireNonNull(asOf, "asOf");
        return RevopsAggregator.of(CohortConversion.class,
                () -> CohortConversion.collector(LifecycleStages.of(names), Period.of(start, end), asOf),
                FunnelCodecs.COHORT_CONVERSION);
    }

    /**
     * Returns the aggregator of {@link LeadVelocityRate#collector(LifecycleStages, Period, String)}.
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period, whole calendar months, not null
     * @param qualifiedStage  the stage that makes a contact a qualified lead, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the period is not whole months or the stage is not in the funnel
     */
    public static RevopsAggregator<Contact, LeadVelocityRate> leadVelocityRate(LifecycleStages stages,
                                                                               Period period,
                                                                               String qualifiedStage) {
        List<String> names = stages.names();
        LocalDate start = period.start();
        LocalDate end = period.end();
        LeadVelocityRate.collector(stages, period, qualifiedStage); // checks here, not on an executor
        return RevopsAggregator.of(LeadVelocityRate.class,
                () -> LeadVelocityRate.collector(LifecycleStages.of(names), Period.of(start, end), qualifiedStage),
                FunnelCodecs.LEAD_VELOCITY_RATE);
    }
}
