package io.github.revops.spark;

import io.github.revops.domain.Deal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Deals as a DataFrame of the five columns the pipeline metrics read: owner, created, closed (null when open),
 * status (OPEN, WON or LOST) and amount in cents, all USD.
 */
final class DealFrames {

    static final StructType SCHEMA = new StructType()
            .add("owner", DataTypes.StringType, false)
            .add("created", DataTypes.DateType, false)
            .add("closed", DataTypes.DateType, true)
            .add("status", DataTypes.StringType, false)
            .add("amount", DataTypes.LongType, false);

    static final PipelineColumns COLUMNS = PipelineColumns.builder()
            .created("created").closeDate("closed").status("status")
            .amount("amount", AmountUnit.MINOR).currency("USD")
            .build();

    private DealFrames() {
    }

    static Row row(Deal deal) {
        return RowFactory.create(deal.owner(), deal.createdDate(), deal.closeDate().orElse(null),
                deal.status().name(), deal.amount().minorUnits());
    }

    static Dataset<Row> frame(SparkSession spark, List<Deal> deals) {
        return spark.createDataFrame(deals.stream().map(DealFrames::row).toList(), SCHEMA);
    }
}
