package io.github.revops.spark;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every encoder gives back a value equal to the one it was given, through Spark and through the bytes alone. */
class RevopsEncodersTest {

    private final SparkSession spark = SparkTestSession.get();

    private <T> List<T> throughSpark(List<T> values, Encoder<T> encoder) {
        return spark.createDataset(values, encoder).repartition(2).collectAsList();
    }

    @Test
    void recordsKeepEveryComponent() {
        Deal full = Deal.builder("D-\u00e9\u4e2d").customer("ACME").owner("Ana").source("Inbound")
                .type(DealType.EXPANSION).amount(Money.parse("JPY 1200"))
                .created(LocalDate.of(2017, 7, 3)).won(LocalDate.of(2017, 8, 14))
                .stage("Qualify", LocalDate.of(2017, 7, 3)).stage("Propose", LocalDate.of(2017, 7, 20))
                .forecastCategory(ForecastCategory.COMMIT).segment("region", "EMEA").segment("tenant", "t-1")
                .build();
        Deal longText = Deal.builder("D-2").customer("x".repeat(70_000)).owner("Bo").source("S")
                .amount(Money.parse("USD 0.01")).created(LocalDate.of(2017, 1, 1)).open().build();
        Subscription subscription = Subscription.of("S-1", "ACME", Money.parse("EUR 99.90"),
                BillingInterval.everyMonths(6), LocalDate.of(2025, 1, 31))
                .endingOn(LocalDate.of(2026, 1, 31)).cancelledOn(LocalDate.of(2025, 11, 2)).asTrial();

        assertThat(throughSpark(List.of(full, longText), RevopsEncoders.deal()))
                .containsExactlyInAnyOrder(full, longText);
        assertThat(throughSpark(List.of(subscription), RevopsEncoders.subscription()))
                .containsExactly(subscription);
    }

    @Test
    void resultsKeepTheirExactParts() {
        BigInteger huge = BigInteger.TEN.pow(40).add(BigInteger.ONE);
        Ratio ratio = Ratio.of(Rational.of(huge, BigInteger.valueOf(3)), Rational.of(-7, 2));
        DayHistogram histogram = DayHistogram.of(0, 0, 3, 3650, 41, 41, 41);
        List<Deal> deals = GeneratedDeals.list(3, 2_000);
        WinRate winRate = WinRate.of(deals, Period.year(2017));
        SalesCycle cycle = SalesCycle.of(deals, Period.year(2017));

        assertThat(throughSpark(List.of(ratio, Ratio.EMPTY), RevopsEncoders.ratio()))
                .containsExactlyInAnyOrder(ratio, Ratio.EMPTY);
        assertThat(throughSpark(List.of(histogram, DayHistogram.EMPTY), RevopsEncoders.dayHistogram()))
                .containsExactlyInAnyOrder(histogram, DayHistogram.EMPTY);
        assertThat(throughSpark(List.of(winRate, WinRate.EMPTY), RevopsEncoders.winRate()))
                .containsExactlyInAnyOrder(winRate, WinRate.EMPTY);
        assertThat(throughSpark(List.of(cycle), RevopsEncoders.salesCycle())).containsExactly(cycle);
    }

    @Test
    void bytesRoundTripManyDealsAndRefuseAnUnknownForm() {
        RecordCodecs.DealCodec codec = new RecordCodecs.DealCodec();
        for (Deal deal : GeneratedDeals.list(11, 5_000)) {
            assertThat(BinaryEncoding.fromBytes(codec, BinaryEncoding.toBytes(codec, deal))).isEqualTo(deal);
        }
        byte[] bytes = BinaryEncoding.toBytes(codec, GeneratedDeals.deal(11, 0));
        bytes[0] = 9;

        assertThatThrownBy(() -> BinaryEncoding.fromBytes(codec, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("encoded revops value has form 9; this version reads 1");
    }
}
