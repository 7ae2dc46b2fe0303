package io.github.revops.spark;

import io.github.revops.domain.Contact;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.MagicNumber;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import org.apache.spark.sql.Encoder;

/**
 * Spark encoders for the revops records and results: each value is one binary column holding its exact parts
 * (ids and text, minor units, numerators and denominators, epoch days, day frequencies), and is rebuilt through the
 * core's validating constructors when Spark reads it back.
 *
 * <p>The core's values are not {@code Serializable} (docs/decisions/0006), and Kryo would copy their private fields
 * past validation; these encoders ship only public parts (docs/decisions/0071). The binary form is for moving values
 * within a job, not a storage format.
 * <pre>{@code
 * Dataset<Deal> deals = spark.createDataset(List.of(deal), RevopsEncoders.deal());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RevopsEncoders {

    private RevopsEncoders() {
    }

    /**
     * Returns the encoder of deals.
     *
     * @return the encoder, never null
     */
    public static Encoder<Deal> deal() {
        return BinaryEncoding.encoder(Deal.class, new RecordCodecs.DealCodec());
    }

    /**
     * Returns the encoder of contacts (the buyer funnel's records).
     *
     * @return the encoder, never null
     */
    public static Encoder<Contact> contact() {
        return BinaryEncoding.encoder(Contact.class, new RecordCodecs.ContactCodec());
    }

    /**
     * Returns the encoder of subscriptions.
     *
     * @return the encoder, never null
     */
    public static Encoder<Subscription> subscription() {
        return BinaryEncoding.encoder(Subscription.class, new RecordCodecs.SubscriptionCodec());
    }

    /**
     * Returns the encoder of ratios (numerator and denominator as exact fractions).
     *
     * @return the encoder, never null
     */
    public static Encoder<Ratio> ratio() {
        return BinaryEncoding.encoder(Ratio.class, ResultCodecs.RATIO);
    }

    /**
     * Returns the encoder of day histograms (each distinct day with its frequency).
     *
     * @return the encoder, never null
     */
    public static Encoder<DayHistogram> dayHistogram() {
        return BinaryEncoding.encoder(DayHistogram.class, ResultCodecs.DAY_HISTOGRAM);
    }
    /**
     * Returns the encoder of win rates (five tallies of count and exact amount).
     *
     * @return the encoder, never null
     */
    public static Encoder<WinRate> winRate() {
        return BinaryEncoding.encoder(WinRate.class, PipelineCodecs.WIN_RATE);
    }

    /**
     * Returns the encoder of sales cycles (the won and lost day histograms).
     *
     * @return the encoder, never null
     */
    public static Encoder<SalesCycle> salesCycle() {
        return BinaryEncoding.encoder(SalesCycle.class, PipelineCodecs.SALES_CYCLE);
    }

    /**
     * Returns the encoder of pipeline velocities (its four factors' parts).
     *
     * @return the encoder, never null
     */
    public static Encoder<PipelineVelocity> pipelineVelocity() {
        return BinaryEncoding.encoder(PipelineVelocity.class, PipelineCodecs.PIPELINE_VELOCITY);
    }

    /**
     * Returns the encoder of MRR snapshots (date, currency, each customer's exact MRR).
     *
     * @return the encoder, never null
     */
    public static Encoder<MrrSnapshot> mrrSnapshot() {
        return BinaryEncoding.encoder(MrrSnapshot.class, RecurringCodecs.MRR_SNAPSHOT);
    }

    /**
     * Returns the encoder of MRR bridges (every line with its customers).
     *
     * @return the encoder, never null
     */
    public static Encoder<MrrBridge> mrrBridge() {
        return BinaryEncoding.encoder(MrrBridge.class, RecurringCodecs.MRR_BRIDGE);
    }

    /**
     * Returns the encoder of logo churn results (counts and churned customers).
     *
     * @return the encoder, never null
     */
    public static Encoder<LogoChurn> logoChurn() {
        return BinaryEncoding.encoder(LogoChurn.class, RecurringCodecs.LOGO_CHURN);
    }

    /**
     * Returns the encoder of cohort tables (each cohort's size, initial MRR and cells).
     *
     * @return the encoder, never null
     */
    public static Encoder<CohortTable> cohortTable() {
        return BinaryEncoding.encoder(CohortTable.class, RetentionCodecs.COHORT_TABLE);
    }

    /**
     * Returns the encoder of trial conversions (trials, days to convert, converted MRR).
     *
     * @return the encoder, never null
     */
    public static Encoder<TrialConversion> trialConversion() {
        return BinaryEncoding.encoder(TrialConversion.class, RetentionCodecs.TRIAL_CONVERSION);
    }

    /**
     * Returns the encoder of forecast submissions.
     *
     * @return the encoder, never null
     */
    public static Encoder<ForecastSubmission> forecastSubmission() {
        return BinaryEncoding.encoder(ForecastSubmission.class, ForecastCodecs.SUBMISSION);
    }

    /**
     * Returns the encoder of quotas.
     *
     * @return the encoder, never null
     */
    public static Encoder<Quota> quota() {
        return BinaryEncoding.encoder(Quota.class, ForecastCodecs.QUOTA);
    }

    /**
     * Returns the encoder of forecast accuracies (the count, zero-actual ids and exact sums).
     *
     * @return the encoder, never null
     */
    public static Encoder<ForecastAccuracy> forecastAccuracy() {
        return BinaryEncoding.encoder(ForecastAccuracy.class, ForecastCodecs.ACCURACY);
    }

    /**
     * Returns the encoder of quota attainments (quotas, won bookings and won deal ids).
     *
     * @return the encoder, never null
     */
    public static Encoder<QuotaAttainment> quotaAttainment() {
        return BinaryEncoding.encoder(QuotaAttainment.class, ForecastCodecs.ATTAINMENT);
    }

    /**
     * Returns the encoder of sales and marketing spend.
     *
     * @return the encoder, never null
     */
    public static Encoder<Spend> spend() {
        return BinaryEncoding.encoder(Spend.class, EconomicsCodecs.SPEND);
    }

    /**
     * Returns the encoder of CAC paybacks (the CAC's parts, new MRR and customers, gross margin).
     *
     * @return the encoder, never null
     */
    public static Encoder<CacPayback> cacPayback() {
        return BinaryEncoding.encoder(CacPayback.class, EconomicsCodecs.CAC_PAYBACK);
    }

    /**
     * Returns the encoder of magic numbers (net new ARR and the previous period's spend).
     *
     * @return the encoder, never null
     */
    public static Encoder<MagicNumber> magicNumber() {
        return BinaryEncoding.encoder(MagicNumber.class, EconomicsCodecs.MAGIC_NUMBER);
    }

    /**
     * Returns the encoder of cohort LTVs (customers and the MRR of each month since acquisition).
     *
     * @return the encoder, never null
     */
    public static Encoder<CohortLtv> cohortLtv() {
        return BinaryEncoding.encoder(CohortLtv.class, EconomicsCodecs.COHORT_LTV);
    }
}
