package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class DealColumnsTest {

    private static final StructType SCHEMA = new StructType()
            .add("opportunity_id", DataTypes.StringType)
            .add("sales_agent", DataTypes.StringType)
            .add("account", DataTypes.StringType)
            .add("deal_stage", DataTypes.StringType)
            .add("engage_date", DataTypes.StringType)
            .add("close_date", DataTypes.StringType)
            .add("close_value", DataTypes.IntegerType)
            .add("region", DataTypes.StringType);

    private static final DealColumns COLUMNS = DealColumns.builder()
            .id("opportunity_id").customer("account").owner("sales_agent").source("sales_agent")
            .amount("close_value").currency("USD")
            .created("engage_date").closeDate("close_date")
            .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
            .statusLabel("Engaging", DealStatus.OPEN)
            .segment("region", "region")
            .build();

    private final SparkSession spark = SparkTestSession.get();

    private Dataset<Row> frame(Object[]... rows) {
        return spark.createDataFrame(List.of(rows).stream().map(RowFactory::create).toList(), SCHEMA);
    }

    @Test
    void mapsEachFieldFromItsColumn() {
        Dataset<Row> frame = frame(
                new Object[] {"D-1", "Ana", "Acme", "Won", "2017-01-02", "2017-02-01", 1054, "West"},
                new Object[] {"D-2", "Bo", "Initech", "Lost", "2017-01-05", "2017-03-01", 0, null},
                new Object[] {"D-3", "Ana", "Acme", "Engaging", "2017-04-01", null, 0, "East"});

        List<Deal> deals = COLUMNS.map(frame).collectAsList();

        assertThat(deals).containsExactly(
                Deal.builder("D-1").customer("Acme").owner("Ana").source("Ana").amount(Money.parse("USD 1054.00"))
                        .created(LocalDate.of(2017, 1, 2)).won(LocalDate.of(2017, 2, 1)).segment("region", "West")
                        .build(),
                Deal.builder("D-2").customer("Initech").owner("Bo").source("Bo").amount(Money.parse("USD 0.00"))
                        .created(LocalDate.of(2017, 1, 5)).lost(LocalDate.of(2017, 3, 1)).build(),
                Deal.builder("D-3").customer("Acme").owner("Ana").source("Ana").amount(Money.parse("USD 0.00"))
                        .created(LocalDate.of(2017, 4, 1)).open().segment("region", "East").build());
    }

    @Test
    void collectsInvalidRowsWithTheCoresMessage() {
        Dataset<Row> frame = frame(
                new Object[] {"D-1", "Ana", "Acme", "Won", "2017-01-02", "2017-02-01", 1054, "West"},
                new Object[] {"D-2", "Bo", "Initech", "Won", "2017-03-05", "2017-03-01", 10, "West"},
                new Object[] {"D-3", "Ana", null, "Lost", "2017-01-02", "2017-02-01", 0, "West"},
                new Object[] {"D-4", "Ana", "Acme", "Pending", "2017-01-02", null, 0, "West"},
                new Object[] {"D-5", "Ana", "Acme", "Won", "2017-02-30", "2017-03-01", 5, "West"},
                new Object[] {"D-6", "Ana", "Acme", "Won", "2017-01-02", null, 5, "West"},
                new Object[] {"D-7", "Ana", "Acme", "Lost", "2017-01-02", "2017-02-01", -5, "West"});

        MappedRecords<Deal> mapped = COLUMNS.map(frame, InvalidRowPolicy.COLLECT);

        assertThat(mapped.records().collectAsList()).extracting(Deal::id).containsExactly("D-1");
        Map<String, String> rejections = mapped.rejected().collectAsList().stream().collect(Collectors.toMap(
                r -> r.getString(0), r -> r.getString(r.fieldIndex(MappedRecords.REJECTION))));
        // The core's own messages, from the same invalid records built in this JVM.
        assertThat(rejections).containsExactlyInAnyOrderEntriesOf(Map.of(
                "D-2", coreMessage(() -> Deal.builder("D-2").customer("Initech").owner("Bo").source("Bo")
                        .amount(Money.parse("USD 10.00")).created(LocalDate.of(2017, 3, 5))
                        .won(LocalDate.of(2017, 3, 1)).build()),
                "D-3", coreMessage(() -> Deal.builder("D-3").owner("Ana").source("Ana")
                        .amount(Money.parse("USD 0.00")).created(LocalDate.of(2017, 1, 2))
                        .lost(LocalDate.of(2017, 2, 1)).build()),
                "D-4", "deal 'D-4': status ('Pending') is not a mapped status label [Won, Lost, Engaging]",
                "D-5", "deal 'D-5': createdDate ('2017-02-30') is not a date in the pattern yyyy-MM-dd",
                "D-6", coreMessage(() -> Deal.builder("D-6").customer("Acme").owner("Ana").source("Ana")
                        .amount(Money.parse("USD 5.00")).created(LocalDate.of(2017, 1, 2))
                        .status(DealStatus.WON, null).build()),
                "D-7", coreMessage(() -> Deal.builder("D-7").customer("Acme").owner("Ana").source("Ana")
                        .amount(Money.parse("USD -5.00")).created(LocalDate.of(2017, 1, 2))
                        .lost(LocalDate.of(2017, 2, 1)).build())));
        assertThat(rejections.get("D-2"))
                .isEqualTo("deal 'D-2': closeDate (2017-03-01) must not be before createdDate (2017-03-05)");
        Row rejected = mapped.rejected().filter("opportunity_id = 'D-4'").first();
        assertThat(rejected.getString(rejected.fieldIndex("deal_stage"))).isEqualTo("Pending");
    }

    @Test
    void failsTheJobWithTheCoresMessageByDefault() {
        Dataset<Row> frame = frame(
                new Object[] {"D-1", "Ana", "Acme", "Won", "2017-01-02", "2017-02-01", 1054, "West"},
                new Object[] {"D-2", "Bo", "Initech", "Won", "2017-03-05", "2017-03-01", 10, "West"});

        Throwable thrown = catchThrowable(() -> COLUMNS.map(frame).collectAsList());

        assertThat(thrown).hasMessageContaining(
                "deal 'D-2': closeDate (2017-03-01) must not be before createdDate (2017-03-05)");
        assertThat(rootCause(thrown)).isInstanceOf(InvalidRecordException.class);
        assertThat(COLUMNS.map(frame, InvalidRowPolicy.FAIL).rejected().count()).isZero();
    }

    @Test
    void refusesMissingColumnsAndFloatingPointMoney() {
        Dataset<Row> frame = frame(new Object[] {"D-1", "Ana", "Acme", "Won", "2017-01-02", "2017-02-01", 1, "W"});
        DealColumns noSuchColumn = DealColumns.builder().id("id").customer("account").owner("sales_agent")
                .source("sales_agent").amount("close_value").currency("USD").created("engage_date")
                .status("deal_stage").build();

        assertThatThrownBy(() -> noSuchColumn.map(frame))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("deal field id maps to column 'id', which the frame does not have");
        Dataset<Row> doubles = frame.withColumn("close_value", frame.col("close_value").cast("double"));
        assertThatThrownBy(() -> COLUMNS.map(doubles))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'close_value' of type double, which cannot hold amount values"
                        + " (money is never read from a binary floating point: cast the column to a decimal)");
    }

    private static String coreMessage(Runnable build) {
        return catchThrowable(build::run).getMessage();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
