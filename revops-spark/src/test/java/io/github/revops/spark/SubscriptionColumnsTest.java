package io.github.revops.spark;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SubscriptionColumnsTest {

    private static final StructType SCHEMA = new StructType()
            .add("sub", DataTypes.StringType)
            .add("customer", DataTypes.StringType)
            .add("cents", DataTypes.LongType)
            .add("ccy", DataTypes.StringType)
            .add("every", DataTypes.StringType)
            .add("starts", DataTypes.DateType)
            .add("ends", DataTypes.DateType)
            .add("trial", DataTypes.BooleanType)
            .add("cancelled", DataTypes.StringType);

    private static final SubscriptionColumns COLUMNS = SubscriptionColumns.builder()
            .id("sub").customer("customer").amount("cents").amountUnit(AmountUnit.MINOR).currencyColumn("ccy")
            .interval("every").start("starts").end("ends").trial("trial").cancellation("cancelled")
            .datePattern("dd/MM/yyyy")
            .build();

    @Test
    void mapsMinorUnitsCurrencyColumnsAndDatesOrCollectsTheCoresMessage() {
        Dataset<Row> frame = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("S-1", "ACME", 9990L, "EUR", "YEAR", date("2025-01-31"), date("2026-01-31"),
                        false, "02/11/2025"),
                RowFactory.create("S-2", "Initech", 1500L, "JPY", "WEEK", date("2025-03-01"), null, true, null),
                RowFactory.create("S-3", "ACME", 100L, "USD", "MONTH", date("2025-03-01"), date("2025-03-01"),
                        false, null),
                RowFactory.create("S-4", "ACME", 100L, "USD", "FORTNIGHT", date("2025-03-01"), null, false, null),
                RowFactory.create("S-5", "ACME", 100L, "XYZ", "MONTH", date("2025-03-01"), null, false, null)),
                SCHEMA);

        MappedRecords<Subscription> mapped = COLUMNS.map(frame, InvalidRowPolicy.COLLECT);

        assertThat(mapped.records().collectAsList()).containsExactlyInAnyOrder(
                Subscription.of("S-1", "ACME", Money.parse("EUR 99.90"), BillingInterval.YEAR,
                        LocalDate.of(2025, 1, 31)).endingOn(LocalDate.of(2026, 1, 31))
                        .cancelledOn(LocalDate.of(2025, 11, 2)),
                Subscription.of("S-2", "Initech", Money.of("JPY", BigDecimal.valueOf(1500)), BillingInterval.WEEK,
                        LocalDate.of(2025, 3, 1)).asTrial());
        Map<String, String> rejections = mapped.rejected().collectAsList().stream().collect(Collectors.toMap(
                r -> r.getString(0), r -> r.getString(r.fieldIndex(MappedRecords.REJECTION))));
        assertThat(rejections).containsExactlyInAnyOrderEntriesOf(Map.of(
                "S-3", catchThrowable(() -> Subscription.of("S-3", "ACME", Money.parse("USD 1.00"),
                        BillingInterval.MONTH, LocalDate.of(2025, 3, 1)).endingOn(LocalDate.of(2025, 3, 1)))
                        .getMessage(),
                "S-4", "subscription 'S-4': interval ('FORTNIGHT') is not a billing interval (MONTH, QUARTER, YEAR,"
                        + " WEEK, DAY or EVERY_N_MONTHS)",
                "S-5", rejections.get("S-5")));
        assertThat(rejections.get("S-3"))
                .isEqualTo("subscription 'S-3': endDate (2025-03-01) must be after startDate (2025-03-01)");
        assertThat(rejections.get("S-5")).startsWith("subscription 'S-5': amount (XYZ) has no known currency");
    }

    private static Date date(String iso) {
        return Date.valueOf(iso);
    }
}
