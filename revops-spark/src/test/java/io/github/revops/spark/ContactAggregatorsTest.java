package io.github.revops.spark;

import io.github.revops.domain.Contact;
import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple3;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The buyer funnel on Spark: period conversion, cohort conversion and the lead velocity rate of seeded contacts,
 * each equal to the core's result on the same contacts, whole on any partitioning and per owner.
 */
class ContactAggregatorsTest {

    private static final LifecycleStages STAGES = LifecycleStages.HUBSPOT;
    private static final Period MONTH = Period.month(2025, 3);
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);
    private static final String MQL = STAGES.names().get(2);

    private static List<Contact> contacts;
    private static Dataset<Contact> dataset;

    @BeforeAll
    static void generate() {
        contacts = IntStream.range(0, 4_000).mapToObj(ContactAggregatorsTest::contact).toList();
        dataset = SparkTestSession.get().createDataset(contacts, RevopsEncoders.contact()).cache();
    }

    /** A contact entering the first stage in 2025-01 to 2025-06 and advancing 0 to 5 stages, some skipped. */
    private static Contact contact(int index) {
        SplittableRandom random = new SplittableRandom(31L * index + 7);
        Contact.Builder builder = Contact.builder("K-" + index).owner("rep-" + random.nextInt(6)).source("web");
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(181));
        int last = random.nextInt(STAGES.names().size());
        for (int s = 0; s <= last; s++) {
            if (s == 0 || s == last || random.nextInt(4) != 0) {
                builder.entered(STAGES.names().get(s), date);
            }
            date = date.plusDays(random.nextInt(45));
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void everyFunnelMetricEqualsTheCore(int partitions, boolean shuffled) {
        Dataset<Contact> laid = (shuffled ? dataset.orderBy(functions.rand(5)) : dataset).repartition(partitions);

        Tuple3<PeriodConversion, CohortConversion, LeadVelocityRate> spark = laid.select(
                ContactAggregators.periodConversion(STAGES, MONTH).toColumn(),
                ContactAggregators.cohortConversion(STAGES, MONTH, AS_OF).toColumn(),
                ContactAggregators.leadVelocityRate(STAGES, MONTH, MQL).toColumn()).first();

        assertThat(spark._1()).isEqualTo(PeriodConversion.of(contacts, STAGES, MONTH));
        CohortConversion cohort = CohortConversion.of(contacts, STAGES, MONTH, AS_OF);
        assertThat(spark._2()).isEqualTo(cohort);
        assertThat(spark._3()).isEqualTo(LeadVelocityRate.of(contacts, STAGES, MONTH, MQL));
        assertThat(cohort.stages().get(0).reached()).isBetween(500L, 800L); // not vacuous: a sixth start in March
        assertThat(cohort.transitions().get(0).timeToConvert().count()).isPositive();
    }

    @Test
    void perOwnerEqualsTheCore() {
        Map<String, CohortConversion> spark = dataset.repartition(4)
                .groupByKey((MapFunction<Contact, String>) Contact::owner, Encoders.STRING())
                .agg(ContactAggregators.cohortConversion(STAGES, MONTH, AS_OF).toColumn())
                .collectAsList().stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));

        assertThat(spark).hasSize(6)
                .isEqualTo(CohortConversion.by(contacts, STAGES, MONTH, AS_OF, Contact::owner).groups());
    }

    @Test
    void aStageOutsideTheFunnelFailsOnTheDriver() {
        assertThatThrownBy(() -> ContactAggregators.leadVelocityRate(STAGES, MONTH, "Prospect"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Prospect");
    }

    @Test
    void contactsSurviveTheEncoder() {
        assertThat(dataset.limit(50).collectAsList()).isEqualTo(contacts.subList(0, 50));
    }
}
