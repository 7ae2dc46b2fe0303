package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.money.Money;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CRM opportunities data set (src/test/resources/crm, see its README), read two ways: by Spark through a
 * {@link DealColumns} mapping, and by a plain loop over the file's lines for the core (the file has no quoting).
 */
final class CrmDeals {

    /** The mapping of the README: Won, Lost and Engaging labels; open deals worth 0; no lead source. */
    static final DealColumns COLUMNS = DealColumns.builder()
            .id("opportunity_id").customer("account").owner("sales_agent").source("source")
            .amount("close_value").currency("USD")
            .created("engage_date").closeDate("close_date")
            .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
            .statusLabel("Engaging", DealStatus.OPEN).statusLabel("Prospecting", DealStatus.OPEN)
            .segment("product", "product")
            .build();

    private CrmDeals() {
    }

    static Path file() {
        try {
            return Path.of(CrmDeals.class.getResource("/crm/sales_pipeline.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as Spark reads it, with the README's fills: no account is "(none)", no value is 0, source "crm". */
    static Dataset<Row> frame(SparkSession spark, Path file) {
        return spark.read().option("header", "true").csv(file.toString())
                .na().fill(Map.<String, Object>of("account", "(none)", "close_value", "0"))
                .withColumn("source", functions.lit("crm"));
    }

    /** The deals of every row with a created date (Won, Lost, Engaging), read with a plain loop. */
    static List<Deal> list() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Deal> deals = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[5].isEmpty()) {
                continue; // Prospecting: no created date
            }
            Deal.Builder b = Deal.builder(f[0]).owner(f[1]).customer(f[3].isEmpty() ? "(none)" : f[3])
                    .source("crm").segment("product", f[2]).created(LocalDate.parse(f[5]))
                    .amount(Money.of("USD", new BigDecimal(f[7].isEmpty() ? "0" : f[7])));
            switch (f[4]) {
                case "Won" -> b.won(LocalDate.parse(f[6]));
                case "Lost" -> b.lost(LocalDate.parse(f[6]));
                default -> b.open();
            }
            deals.add(b.build());
        }
        return deals;
    }
}
