package io.github.revops.clv;

import io.github.revops.money.Money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the CDNOW test resources (see src/test/resources/io/github/revops/clv/README.md).
 */
final class CdnowData {

    /** The end of the 39-week calibration period of Fader, Hardie and Lee (2005), inclusive. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CdnowData() {
    }

    /** One row of cdnow_customers_summary_with_transactions.csv, as published (2 dp). */
    record Row(String id, long x, BigDecimal tx, BigDecimal age, BigDecimal zbar) {
        RfmSummary summary() {
            return RfmSummary.ofAverage(id, x, tx.doubleValue(), age.doubleValue(), Money.of("USD", zbar));
        }
    }

    /** The 6,919 transactions of CDNOW_sample.txt, customer id = the sample id (1..2357) without leading zeros. */
    static List<Transaction> sampleTransactions() {
        List<Transaction> out = new ArrayList<>();
        lines("CDNOW_sample.txt", line -> {
            String[] f = line.trim().split("\\s+");
            out.add(new Transaction(String.valueOf(Integer.parseInt(f[1])), LocalDate.parse(f[2], YYYYMMDD),
                    Money.of("USD", new BigDecimal(f[4]))));
        });
        return out;
    }

    /** The 2,357 published summaries with mean repeat spend. */
    static List<Row> publishedSummary() {
        List<Row> out = new ArrayList<>();
        lines("cdnow_customers_summary_with_transactions.csv", line -> {
            if (!line.startsWith("ID")) {
                String[] f = line.trim().split(",");
                out.add(new Row(f[0], Long.parseLong(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]),
                        new BigDecimal(f[4])));
            }
        });
        return out;
    }

    static List<RfmSummary> publishedSummaries() {
        List<RfmSummary> out = new ArrayList<>();
        for (Row row : publishedSummary()) {
            out.add(row.summary());
        }
        return out;
    }

    static void lines(String resource, Consumer<String> consumer) {
        try (InputStream in = CdnowData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
